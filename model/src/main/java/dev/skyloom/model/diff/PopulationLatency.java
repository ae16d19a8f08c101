package dev.skyloom.model.diff;

import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import java.util.Objects;
import java.util.Optional;

/**
 * One population (matched by id) whose serving region, round trip or budget status differs between the
 * sides, with nothing failed: where it is served from before and after (empty on a side without it).
 */
public record PopulationLatency(String id, Optional<Serving> before, Optional<Serving> after) {
    public PopulationLatency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Whether two servings of the same population differ in region, whole-ms round trip or status. */
    static boolean differ(Serving a, Serving b) {
        return !a.region().equals(b.region())
                || !a.rtt().map(RoundTrip::text).equals(b.rtt().map(RoundTrip::text))
                || a.status() != b.status();
    }
}
