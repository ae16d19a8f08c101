package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyCheckTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static List<Finding> check(Design d) {
        List<Finding> list = new java.util.ArrayList<>(new LatencyCheck().check(DesignContext.of(d, CATALOG)));
        list.sort(Finding.ORDER);
        return list;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    /** Serving pools in Frankfurt and Virginia; the pipeline survives a region outage. */
    private static DesignBuilder frankfurtAndVirginia() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pool("us-pool", "iad", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.REGION)
                .runsOn("serve", "eu-pool")
                .runsOn("serve", "us-pool");
    }

    @Test
    void aRegionFailureThatPushesAPopulationOverBudgetIsAWarningNamingTheFailureAndTheNewRoundTrip() {
        // Berlin–Frankfurt ~424 km (~9 ms); Berlin–Ashburn ~6,700 km (~138 ms) against a 50 ms budget
        Design d = frankfurtAndVirginia()
                .users("berlin", "berlin-de", "1", "50")
                .serves("serve", "berlin")
                .build();

        List<Finding> findings = check(d);

        assertEquals(List.of("latency.failover-exceeds-budget", "reach.coverage"), codes(findings));
        Finding failover = findings.get(0);
        assertEquals(Severity.WARNING, failover.severity());
        assertEquals(List.of("berlin", "serve", "us-pool", "fra"), failover.subjects());
        assertTrue(
                failover.message()
                        .startsWith("When aws/eu-central-1 fails, users berlin are served by serve"
                                + " from us-pool in aws/us-east-1 at ~13"),
                failover.message());
        assertTrue(failover.message().contains("over their 50 ms budget (now ~9 ms from eu-pool)"), failover.message());
        assertEquals(
                "100% of users (by share of traffic) are within their latency budget now; 0% when aws/eu-central-1"
                        + " fails (the worst single region or provider failure)",
                findings.get(1).message());
    }

    @Test
    void theNearestUpPoolServesAndOverBudgetIsAnErrorWithTheWholePath() {
        // Tokyo: Frankfurt (~9,350 km) is nearer than Ashburn (~10,900 km), both far over 100 ms
        Design d = frankfurtAndVirginia()
                .users("tokyo", "tokyo-jp", "1", "100")
                .serves("serve", "tokyo")
                .build();

        Finding error = check(d).get(0);

        assertEquals("latency.budget-exceeded", error.code());
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(List.of("tokyo", "serve", "eu-pool"), error.subjects());
        assertTrue(error.message().contains("from eu-pool in aws/eu-central-1 at ~"), error.message());
        assertTrue(error.message().endsWith("over their 100 ms budget"), error.message());
    }

    @Test
    void withinBudgetEverywhereGivesOnlyCoverage() {
        Design d = frankfurtAndVirginia()
                .users("berlin", "berlin-de", "1", "200")
                .serves("serve", "berlin")
                .build();

        assertEquals(List.of("reach.coverage"), codes(check(d)));
        assertTrue(check(d).get(0).message().startsWith("100% of users"));
    }

    @Test
    void coverageIsWeightedAndAnUnservedPopulationIsAWarning() {
        Design d = frankfurtAndVirginia()
                .users("berlin", "berlin-de", "3", "200")
                .users("tokyo", "tokyo-jp", "1", "100")
                .users("lonely", "sydney-au", "1", "100")
                .serves("serve", "berlin")
                .serves("serve", "tokyo")
                .build();

        List<Finding> findings = check(d);

        assertEquals(List.of("latency.budget-exceeded", "latency.unserved", "reach.coverage"), codes(findings));
        assertEquals(List.of("lonely"), findings.get(1).subjects());
        assertTrue(
                findings.get(2).message().startsWith("60% of users (by share of traffic)"),
                findings.get(2).message());
    }

    @Test
    void aPoolFarFromTheStorageItReadsIsInfoAboveTheDesignsAssumption() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("gpu", "iad", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "10")
                .pipeline("train")
                .runsOn("train", "gpu")
                .reads("train", "lake")
                .build();

        List<Finding> findings = check(d);
        assertEquals(List.of("latency.remote-data"), codes(findings));
        assertEquals(List.of("train", "gpu", "lake"), findings.get(0).subjects());
        assertTrue(findings.get(0).message().contains("more than the design's 50 ms assumption"));

        Design tolerant = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("gpu", "iad", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "10")
                .pipeline("train")
                .runsOn("train", "gpu")
                .reads("train", "lake")
                .assumptions(Assumptions.DEFAULT.withRemoteDataMs(BigDecimal.valueOf(200)))
                .build();
        assertEquals(List.of(), check(tolerant));
    }

    @Test
    void anUnknownCityIsAnError() {
        Design d = frankfurtAndVirginia()
                .users("atlantis", "atlantis-xx", "1", "50")
                .serves("serve", "atlantis")
                .build();

        assertEquals("latency.unknown-place", check(d).get(0).code());
        assertEquals(Severity.ERROR, check(d).get(0).severity());
    }
}
