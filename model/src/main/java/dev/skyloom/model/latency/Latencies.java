package dev.skyloom.model.latency;

import java.util.Objects;
import java.util.Optional;

/**
 * The latency model the checks use: the user's imported measurements first, then the bundled published
 * measurements, then the great-circle estimate. So a pair is measured wherever a dataset covers it and
 * estimated ({@code ~}) elsewhere; it is unknown only when an endpoint has no coordinates.
 */
public final class Latencies implements LatencyModel {
    private static final Latencies STANDARD = new Latencies(MeasuredLatencies.empty(), null, new GreatCircleEstimate());

    private final MeasuredLatencies imported;
    private volatile MeasuredLatencies published;
    private final GreatCircleEstimate estimate;

    private Latencies(MeasuredLatencies imported, MeasuredLatencies published, GreatCircleEstimate estimate) {
        this.imported = Objects.requireNonNull(imported, "imported");
        this.published = published;
        this.estimate = estimate;
    }

    /** Published measurements and the estimate. */
    public static Latencies standard() {
        return STANDARD;
    }

    /** These latencies with the user's own measurements laid over them. */
    public Latencies withImported(MeasuredLatencies measurements) {
        return new Latencies(measurements, published, estimate);
    }

    public MeasuredLatencies imported() {
        return imported;
    }

    @Override
    public Optional<RoundTrip> roundTrip(Endpoint from, Endpoint to) {
        Optional<RoundTrip> own = imported.roundTrip(from, to);
        if (own.isPresent()) {
            return own;
        }
        Optional<RoundTrip> measured = published().roundTrip(from, to);
        if (measured.isPresent()) {
            return measured;
        }
        return estimate.roundTrip(from, to);
    }

    private MeasuredLatencies published() {
        MeasuredLatencies p = published;
        if (p == null) {
            p = MeasuredLatencies.azure();
            published = p;
        }
        return p;
    }
}
