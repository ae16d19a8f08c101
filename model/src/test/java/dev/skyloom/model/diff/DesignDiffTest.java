package dev.skyloom.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignContext;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.LatencyCheck;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.fixtures.DesignBuilder;
import dev.skyloom.model.latency.Serving;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignDiffTest {
    private final Catalog catalog = TinyCatalog.create();

    /** Training in Frankfurt (p5, 70.00 $/h in the tiny catalog) and Amsterdam; the lake only in Frankfurt. */
    private static Design base() {
        return new DesignBuilder()
                .dataClass("eu-personal", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("p-fra", "fra", "p5.48xlarge", 2)
                .pool("p-ams", "ams", "a3-highgpu-8g", 1)
                .storage("lake", "fra", "object", "1", "eu-personal")
                .pipeline("train", null, Survives.REGION)
                .runsOn("train", "p-fra")
                .runsOn("train", "p-ams")
                .reads("train", "lake")
                .build();
    }

    private static Design replace(Design d, Component c) {
        List<Component> list = new ArrayList<>();
        for (Component x : d.components()) {
            list.add(x.id().equals(c.id()) ? c : x);
        }
        return d.withComponents(list);
    }

    @Test
    void aDesignComparedWithItselfHasNoChange() {
        DesignComparison c = DesignDiff.compare(base(), base(), catalog);

        assertTrue(c.unchanged());
        assertEquals(Optional.of(BigDecimal.ZERO.setScale(2)), c.cost().monthlyDelta());
        assertTrue(c.cost().lines().isEmpty());
        assertTrue(c.findings().added().isEmpty());
        assertTrue(c.findings().resolved().isEmpty());
        assertEquals(c.findings().after().size(), c.findings().unchanged());
        assertTrue(c.resilience().changed().isEmpty());
        assertFalse(c.portability().changed());
    }

    @Test
    void aChangedCountIsOneFieldChangeAndItsLineDelta() {
        Design base = base();
        Component.GpuPool pool = (Component.GpuPool) base.component("p-fra").orElseThrow();
        Design head = replace(base, pool.withCount(3));

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        assertEquals(
                List.of(new ElementChange(
                        "p-fra",
                        "gpu-pool",
                        ChangeKind.CHANGED,
                        "p-fra",
                        "p-fra",
                        List.of(new FieldChange("count", "2", "3")))),
                c.components());
        // one more p5.48xlarge at 70.00 $/h × 730 h = 51,100.00 a month: 102,200.00 → 153,300.00
        CostLineDelta line = c.cost().lines().get(0);
        assertEquals("p-fra", line.id());
        assertEquals(0, new BigDecimal("102200.00").compareTo(line.before().orElseThrow()));
        assertEquals(0, new BigDecimal("153300.00").compareTo(line.after().orElseThrow()));
        assertEquals(0, new BigDecimal("51100.00").compareTo(line.delta().orElseThrow()));
        assertEquals(
                0, new BigDecimal("51100.00").compareTo(c.cost().monthlyDelta().orElseThrow()));
        assertEquals(
                0, new BigDecimal("613200.00").compareTo(c.cost().annualDelta().orElseThrow()));
        CostGroupDelta aws = c.cost().byProvider().stream()
                .filter(g -> g.key().equals("aws"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("51100.00").compareTo(aws.delta()));
        assertEquals(2, c.cost().unchangedLines(), "the GCP pool and the lake keep their amounts");
    }

    @Test
    void aReplicaOutsideTheRegionMakesThePipelineSurviveItsOutage() {
        Design base = base();
        List<Component> components = new ArrayList<>(base.components());
        components.add(new Component.Storage(
                "lake-copy",
                "Lake copy",
                Optional.of("ams"),
                "object",
                BigDecimal.ONE,
                List.of("eu-personal"),
                Optional.empty(),
                Map.of()));
        List<Connection> connections = new ArrayList<>(base.connections());
        connections.add(
                new Connection("rep", ConnectionType.REPLICATES_TO, "lake", "lake-copy", BigDecimal.ZERO, Map.of()));
        Design head = base.withTopology(components, connections);

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        OutageDelta fra = c.resilience().outages().stream()
                .filter(o -> o.key().equals("aws/eu-central-1"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("train"), fra.downBefore());
        assertEquals(List.of(), fra.downAfter());
        assertEquals(List.of("train"), fra.nowSurvive());
        OutageDelta awsDown = c.resilience().outages().stream()
                .filter(o -> o.kind() == OutageDelta.Kind.PROVIDER && o.key().equals("aws"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("train"), awsDown.nowSurvive(), "the copy is on GCP, so an AWS outage is survived too");
        assertEquals(2, c.resilience().harmfulBefore());
        assertEquals(0, c.resilience().harmfulAfter());
        assertEquals(
                List.of("lake-copy"),
                c.components().stream().map(ElementChange::id).toList());
        assertEquals(ChangeKind.ADDED, c.connections().get(0).change());
        assertEquals("lake replicates to Lake copy", c.connections().get(0).afterLabel());
        // train must survive a region outage (not a provider one): that one error is resolved
        assertEquals(
                List.of("redundancy.region-outage"),
                c.findings().resolved(Severity.ERROR).stream()
                        .map(f -> f.code())
                        .sorted()
                        .toList());
    }

    @Test
    void aMovedPoolChangesItsParentAndItsLineMovesProvider() {
        Design base = base();
        Component.GpuPool pool = (Component.GpuPool) base.component("p-ams").orElseThrow();
        // moved from GCP Amsterdam to AWS Frankfurt with an instance type AWS sells there
        Design head = replace(base, pool.withParent(Optional.of("fra")).withInstanceType("p5.48xlarge"));

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        assertEquals(
                List.of(
                        new FieldChange("parent", "ams", "fra"),
                        new FieldChange("instanceType", "a3-highgpu-8g", "p5.48xlarge")),
                c.components().get(0).fields());
        // 88.00 × 730 = 64,240.00 on GCP before, 70.00 × 730 = 51,100.00 on AWS after
        CostGroupDelta gcp = c.cost().byProvider().stream()
                .filter(g -> g.key().equals("gcp"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("-64240.00").compareTo(gcp.delta()));
        CostGroupDelta aws = c.cost().byProvider().stream()
                .filter(g -> g.key().equals("aws"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("51100.00").compareTo(aws.delta()));
        assertEquals("aws", c.cost().lines().get(0).provider());
        // both pools are now in Frankfurt: its outage takes training down
        OutageDelta fra = c.resilience().outages().stream()
                .filter(o -> o.key().equals("aws/eu-central-1"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("train"), fra.downAfter());
    }

    @Test
    void anUnpricedLineIsCountedNotAddedAsZero() {
        Design base = base();
        List<Component> components = new ArrayList<>(base.components());
        components.add(new Component.GpuPool(
                "mystery",
                "",
                Optional.of("fra"),
                "x9.unknown",
                4,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of()));
        Design head = base.withComponents(components);

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        assertEquals(0, c.cost().unpricedBefore());
        assertEquals(1, c.cost().unpricedAfter());
        assertEquals(0, BigDecimal.ZERO.compareTo(c.cost().monthlyDelta().orElseThrow()));
        CostLineDelta line = c.cost().lines().get(0);
        assertEquals(ChangeKind.ADDED, line.change());
        assertTrue(line.unpricedAfter());
        assertEquals(Optional.empty(), line.delta());
        CostGroupDelta gpu = c.cost().byCategory().stream()
                .filter(g -> g.key().equals("gpu"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, gpu.unpricedAfter());
    }

    @Test
    void aNarrowedDataClassIsAChangeAndItsResidencyErrorIsNew() {
        Design base = base();
        Design head = base.withDataClasses(List.of(new DataClass("eu-personal", "", List.of("NL"), Map.of())));

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        assertEquals(
                List.of(new FieldChange("allowedJurisdictions", "EU", "NL")),
                c.dataClasses().get(0).fields());
        assertTrue(c.components().isEmpty());
        assertFalse(c.findings().added(Severity.ERROR).isEmpty());
        assertTrue(c.findings().added(Severity.ERROR).stream()
                .allMatch(f -> f.code().equals("residency.violation")));
    }

    @Test
    void removedElementsListEveryFieldAgainstAnEmptySide() {
        Design base = base();
        Design head = new DesignBuilder()
                .dataClass("eu-personal", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("p-fra", "fra", "p5.48xlarge", 2)
                .storage("lake", "fra", "object", "1", "eu-personal")
                .pipeline("train", null, Survives.REGION)
                .runsOn("train", "p-fra")
                .build();

        DesignComparison c = DesignDiff.compare(base, head, catalog);

        ElementChange removed = c.components().get(0);
        assertEquals("p-ams", removed.id());
        assertEquals(ChangeKind.REMOVED, removed.change());
        assertTrue(removed.fields().contains(new FieldChange("instanceType", "a3-highgpu-8g", "")));
        assertTrue(removed.fields().contains(new FieldChange("count", "1", "")));
        // c2 (train runs on p-ams) and c3 (train reads lake) are gone: ids c2, c3 no longer exist
        assertEquals(
                List.of("c2", "c3"),
                c.connections().stream().map(ElementChange::id).toList());
        assertEquals("train runs on p-ams", c.connections().get(0).beforeLabel());
    }

    /** Berlin users (50 ms budget) served by one pipeline with pools in Frankfurt and Virginia. */
    private static DesignBuilder berlinServedFromFrankfurtAndVirginia() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pool("us-pool", "iad", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.REGION)
                .runsOn("serve", "us-pool")
                .users("berlin", "berlin-de", "1", "50")
                .serves("serve", "berlin");
    }

    @Test
    void removingTheNearRegionMovesThePopulationAndDropsCoverage() {
        Design base = berlinServedFromFrankfurtAndVirginia()
                .runsOn("serve", "eu-pool")
                .build();
        Design head = berlinServedFromFrankfurtAndVirginia().build();

        // the bundled catalog: the tiny one puts every region at one point
        Catalog bundled = CatalogLoader.bundled();
        LatencyComparison l = DesignDiff.compare(base, head, bundled).latency();

        // before: within budget from Frankfurt; losing it (the worst failure) sends Berlin to Virginia
        assertEquals(1.0, l.before().orElseThrow().now());
        assertEquals(0.0, l.before().orElseThrow().worst());
        assertEquals(Optional.of("aws/eu-central-1"), l.before().orElseThrow().worstFailure());
        // after: served from Virginia now, over budget, so nothing is covered
        assertEquals(0.0, l.after().orElseThrow().now());
        assertEquals(1, l.populations().size());
        PopulationLatency berlin = l.populations().get(0);
        assertEquals("berlin", berlin.id());
        assertEquals("aws/eu-central-1", berlin.before().orElseThrow().region());
        assertEquals("aws/us-east-1", berlin.after().orElseThrow().region());
        assertEquals(Serving.Status.OVER_BUDGET, berlin.after().orElseThrow().status());
        // the new round trip is the one the latency check reports for the head design
        String rtt = berlin.after().orElseThrow().rtt().orElseThrow().text();
        Finding exceeded = Checks.run(DesignContext.of(head, bundled), List.of(new LatencyCheck())).stream()
                .filter(f -> f.code().equals("latency.budget-exceeded"))
                .findFirst()
                .orElseThrow();
        assertTrue(exceeded.message().contains("from us-pool in aws/us-east-1 at " + rtt + ","), exceeded.message());
        assertTrue(berlin.after().orElseThrow().rtt().orElseThrow().ms() > 50);
        assertTrue(berlin.before().orElseThrow().rtt().orElseThrow().ms() < 50);
    }

    @Test
    void designsWithoutPopulationsHaveNoCoverage() {
        LatencyComparison l = DesignDiff.compare(base(), base(), catalog).latency();

        assertTrue(l.before().isEmpty());
        assertTrue(l.after().isEmpty());
        assertTrue(l.populations().isEmpty());
        assertFalse(l.changed());
    }
}
