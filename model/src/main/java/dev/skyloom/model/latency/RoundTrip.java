package dev.skyloom.model.latency;

import java.util.Objects;

/**
 * A round-trip time in milliseconds with where it comes from: a published measurement, the user's own
 * imported measurement, or an estimate from distance (shown with {@code ~}, as estimated prices are).
 * {@code source} names the dataset or the estimator; {@code date} is when the data was taken (empty for
 * an estimate).
 */
public record RoundTrip(double ms, Basis basis, String source, String date) {
    /** How a round-trip time was obtained. */
    public enum Basis {
        /** From a bundled published dataset (Azure's round-trip statistics). */
        MEASURED,
        /** From the user's own measurements (an imported CSV). */
        IMPORTED,
        /** Great-circle distance × route factor ÷ speed of light in fibre. */
        ESTIMATED
    }

    public RoundTrip {
        if (!(ms >= 0) || Double.isInfinite(ms)) {
            throw new IllegalArgumentException("a round-trip time must be a finite, non-negative number: " + ms);
        }
        Objects.requireNonNull(basis, "basis");
        source = source == null ? "" : source;
        date = date == null ? "" : date;
    }

    public boolean estimate() {
        return basis == Basis.ESTIMATED;
    }

    /** Whole milliseconds, half up: what tables show and budgets are compared with. */
    public long roundedMs() {
        return Math.round(ms);
    }

    /**
     * {@code 97 ms}, or {@code ~134 ms} for an estimate; {@code <1 ms} under a millisecond (a population in
     * its region's own metro), which "0 ms" would misstate and needs no tilde.
     */
    public String text() {
        if (ms < 1) {
            return "<1 ms";
        }
        return (estimate() ? "~" : "") + roundedMs() + " ms";
    }

    /** The source and date in one phrase, e.g. {@code Azure P95 2026-07-30}. */
    public String provenance() {
        return date.isEmpty() ? source : source + " " + date;
    }
}
