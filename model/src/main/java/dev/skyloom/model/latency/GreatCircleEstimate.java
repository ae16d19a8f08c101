package dev.skyloom.model.latency;

import dev.skyloom.catalog.GeoPoint;
import java.util.Optional;

/**
 * The estimate used where no measurement covers a pair: great-circle (haversine) distance × a route
 * factor ÷ the speed of light in fibre, there and back.
 *
 * <ul>
 *   <li>Route factor 2.1: fibre paths are about 2.1 × the line-of-sight distance (Bozkurt et al.,
 *       "Dissecting Latency in the Internet's Fiber Infrastructure", arXiv 1811.10737; Singla et al.,
 *       "Why is the Internet so slow?!", PAM 2017). For comparison, the bundled Azure table (P95) gives
 *       a median factor of 1.8 (quartiles 1.6–2.2) over its 2,630 region pairs more than 1,000 km apart,
 *       with the catalog's city coordinates; so between regions the estimate is close to a P95 and
 *       errs on the slow side of the median.
 *   <li>Speed of light in fibre: c / 1.467 (refractive index of silica fibre) ≈ 204,357 km/s.
 * </ul>
 *
 * Distances are between city-level coordinates, not data centres; the figure carries no queueing or
 * last-mile time and is marked {@code ~}.
 */
public final class GreatCircleEstimate implements LatencyModel {
    public static final double ROUTE_FACTOR = 2.1;
    public static final double FIBRE_KM_PER_MS = 299_792.458 / 1.467 / 1000;
    public static final String SOURCE = "great-circle estimate (× 2.1 ÷ c/1.467)";

    @Override
    public Optional<RoundTrip> roundTrip(Endpoint from, Endpoint to) {
        if (from.location().isEmpty() || to.location().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(between(from.location().get(), to.location().get()));
    }

    public RoundTrip between(GeoPoint a, GeoPoint b) {
        return new RoundTrip(ms(a.distanceKm(b)), RoundTrip.Basis.ESTIMATED, SOURCE, "");
    }

    /** Round-trip milliseconds for a great-circle distance. */
    public static double ms(double distanceKm) {
        return 2 * distanceKm * ROUTE_FACTOR / FIBRE_KM_PER_MS;
    }
}
