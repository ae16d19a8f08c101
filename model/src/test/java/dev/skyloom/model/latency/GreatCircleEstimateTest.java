package dev.skyloom.model.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.GeoPoint;
import org.junit.jupiter.api.Test;

class GreatCircleEstimateTest {
    // GeoNames coordinates of the cities (the bundled list); Ashburn, VA is GeoNames 4744870.
    private static final GeoPoint FRANKFURT = new GeoPoint(50.11552, 8.68417);
    private static final GeoPoint ASHBURN = new GeoPoint(39.04372, -77.48749);
    private static final GeoPoint TOKYO = new GeoPoint(35.6895, 139.69171);
    private static final GeoPoint SYDNEY = new GeoPoint(-33.86785, 151.20732);

    /*
     * Hand computation with the spherical law of cosines, R = 6371.0088 km:
     * d = R · acos(sin φ1 sin φ2 + cos φ1 cos φ2 cos Δλ)
     * Frankfurt–Ashburn: 6,548.8 km; Tokyo–Sydney: 7,826.5 km.
     * RTT = 2 · d · 2.1 / (299,792.458 / 1.467 km/s): 134.60 ms and 160.85 ms.
     */
    @Test
    void frankfurtToAshburnMatchesTheHandComputedDistanceAndRoundTrip() {
        assertEquals(6548.8, FRANKFURT.distanceKm(ASHBURN), 0.1);
        RoundTrip rtt = new GreatCircleEstimate().between(FRANKFURT, ASHBURN);
        assertEquals(134.60, rtt.ms(), 0.01);
        assertEquals("~135 ms", rtt.text());
        assertEquals(RoundTrip.Basis.ESTIMATED, rtt.basis());
    }

    @Test
    void tokyoToSydneyMatchesTheHandComputedDistanceAndRoundTrip() {
        assertEquals(7826.5, TOKYO.distanceKm(SYDNEY), 0.1);
        assertEquals(160.85, new GreatCircleEstimate().between(TOKYO, SYDNEY).ms(), 0.01);
    }

    @Test
    void theSamePlaceIsZeroAndAnEndpointWithoutCoordinatesIsUnknownNotZero() {
        assertEquals(0, new GreatCircleEstimate().between(TOKYO, TOKYO).ms(), 1e-9);
        Endpoint nowhere = new Endpoint("custom:own-dc", java.util.Optional.empty(), java.util.Optional.empty());
        assertTrue(new GreatCircleEstimate()
                .roundTrip(Endpoint.at("tokyo", TOKYO), nowhere)
                .isEmpty());
    }
}
