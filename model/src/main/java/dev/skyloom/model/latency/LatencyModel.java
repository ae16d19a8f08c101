package dev.skyloom.model.latency;

import java.util.Optional;

/**
 * Round-trip times between two endpoints. Empty when this source cannot say (a pair its dataset does
 * not cover, an endpoint without coordinates): never a made-up 0. Sources are combined by {@link
 * Latencies}: the user's measurements first, then published ones, then the estimate.
 */
public interface LatencyModel {
    Optional<RoundTrip> roundTrip(Endpoint from, Endpoint to);
}
