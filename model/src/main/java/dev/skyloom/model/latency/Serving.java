package dev.skyloom.model.latency;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one population is served from under some failure (or none): the pipeline and pool that answer
 * it, the region ({@code provider/code} or {@code custom:ID}), the round trip, and how that compares
 * with its budget. Pipeline, pool and region are empty when nothing serves it.
 */
public record Serving(
        String population,
        String pipeline,
        String pool,
        String region,
        Optional<RoundTrip> rtt,
        BigDecimal budgetMs,
        Status status) {
    /** How a population fares. */
    public enum Status {
        WITHIN_BUDGET,
        OVER_BUDGET,
        /** No pipeline serves it, or none that serves it is up. */
        UNSERVED,
        /** It is served, but its place or every serving pool's region has no coordinates. */
        UNKNOWN
    }

    public Serving {
        Objects.requireNonNull(population, "population");
        pipeline = pipeline == null ? "" : pipeline;
        pool = pool == null ? "" : pool;
        region = region == null ? "" : region;
        rtt = Objects.requireNonNull(rtt, "rtt");
        Objects.requireNonNull(budgetMs, "budgetMs");
        Objects.requireNonNull(status, "status");
    }

    public boolean withinBudget() {
        return status == Status.WITHIN_BUDGET;
    }
}
