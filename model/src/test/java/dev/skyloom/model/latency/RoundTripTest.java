package dev.skyloom.model.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one round-trip formatter every view uses (CLI, latency panel, map, comparison). */
class RoundTripTest {
    @Test
    void aPopulationServedInItsOwnMetroReadsLessThanOneMillisecondNotZero() {
        assertEquals("<1 ms", new RoundTrip(0, RoundTrip.Basis.ESTIMATED, "estimate", "").text());
        assertEquals("<1 ms", new RoundTrip(0.4, RoundTrip.Basis.ESTIMATED, "estimate", "").text());
        assertEquals("<1 ms", new RoundTrip(0.9, RoundTrip.Basis.IMPORTED, "mine", "2026-01-01").text());
    }

    @Test
    void longerRoundTripsAreWholeMillisecondsWithATildeForEstimates() {
        assertEquals("~1 ms", new RoundTrip(1.2, RoundTrip.Basis.ESTIMATED, "estimate", "").text());
        assertEquals("~135 ms", new RoundTrip(134.6, RoundTrip.Basis.ESTIMATED, "estimate", "").text());
        assertEquals("97 ms", new RoundTrip(97, RoundTrip.Basis.MEASURED, "Azure P95", "2026-07-30").text());
    }
}
