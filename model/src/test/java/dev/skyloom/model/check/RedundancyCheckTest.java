package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundancyCheckTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    private static List<Finding> check(Design d) {
        return new RedundancyCheck().check(DesignContext.of(d, CATALOG));
    }

    private static DesignBuilder twoRegions() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("dub", "aws", "eu-west-1");
    }

    @Test
    void pipelineWithPoolsAndReplicasInTwoRegionsSurvivesEveryRegionOutage() {
        Design d = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pool("p2", "dub", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "1")
                .storage("copy", "dub", "object", "1")
                .replicates("lake", "copy")
                .pipeline("etl", null, Survives.REGION)
                .runsOn("etl", "p1")
                .runsOn("etl", "p2")
                .reads("etl", "lake")
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void reportsRegionWhoseOutageTakesAllPoolsOfCriticalPipeline() {
        Design d = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pipeline("etl", null, Survives.REGION)
                .runsOn("etl", "p1")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "redundancy",
                        "redundancy.region-outage",
                        List.of("etl", "fra"),
                        "Pipeline etl must survive a region outage but goes down when aws/eu-central-1 fails:"
                                + " all its GPU pools are there")),
                check(d));
    }

    @Test
    void reportsUnreplicatedStorageAndTheRegionItTakesDown() {
        Design d = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pool("p2", "dub", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "1")
                .pipeline("etl", null, Survives.REGION)
                .runsOn("etl", "p1")
                .runsOn("etl", "p2")
                .reads("etl", "lake")
                .build();

        assertEquals(
                List.of(
                        new Finding(
                                Severity.ERROR,
                                "redundancy",
                                "redundancy.region-outage",
                                List.of("etl", "fra"),
                                "Pipeline etl must survive a region outage but goes down when aws/eu-central-1"
                                        + " fails: storage lake has no copy elsewhere"),
                        new Finding(
                                Severity.WARNING,
                                "redundancy",
                                "redundancy.unreplicated-storage",
                                List.of("lake", "etl"),
                                "Storage lake has no replica but etl needs it to survive outages; add a"
                                        + " replicates-to connection to another region")),
                check(d));
    }

    @Test
    void providerSurvivalNeedsASecondProvider() {
        Design d = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pool("p2", "dub", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.PROVIDER)
                .runsOn("serve", "p1")
                .runsOn("serve", "p2")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "redundancy",
                        "redundancy.provider-outage",
                        List.of("serve", "aws"),
                        "Pipeline serve must survive a provider outage but goes down when aws fails: all its GPU"
                                + " pools are there")),
                check(d));
    }

    @Test
    void replicaChainInOneRegionIsNotACopyElsewhere() {
        Design d = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pool("p2", "dub", "p5.48xlarge", 1)
                .storage("a", "fra", "object", "1")
                .storage("b", "fra", "object", "1")
                .storage("c", "dub", "object", "1")
                .replicates("a", "b")
                .pipeline("etl", null, Survives.REGION)
                .runsOn("etl", "p1")
                .runsOn("etl", "p2")
                .writes("etl", "a")
                .build();

        assertEquals(
                List.of("redundancy.region-outage"),
                check(d).stream().map(Finding::code).toList());
        Design fixed = twoRegions()
                .pool("p1", "fra", "p5.48xlarge", 1)
                .pool("p2", "dub", "p5.48xlarge", 1)
                .storage("a", "fra", "object", "1")
                .storage("b", "fra", "object", "1")
                .storage("c", "dub", "object", "1")
                .replicates("a", "b")
                .replicates("b", "c")
                .pipeline("etl", null, Survives.REGION)
                .runsOn("etl", "p1")
                .runsOn("etl", "p2")
                .writes("etl", "a")
                .build();
        assertEquals(List.of(), check(fixed));
    }

    @Test
    void criticalPipelineWithoutPoolIsAnError() {
        Design d = twoRegions().pipeline("idle", null, Survives.REGION).build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "redundancy",
                        "redundancy.no-pool",
                        List.of("idle"),
                        "Pipeline idle must survive a region outage but runs on no GPU pool")),
                check(d));
    }

    @Test
    void reportsCutPointAsSinglePointOfFailure() {
        Design d = twoRegions()
                .pool("shared", "fra", "p5.48xlarge", 1)
                .pipeline("a")
                .pipeline("b")
                .runsOn("a", "shared")
                .runsOn("b", "shared")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.WARNING,
                        "redundancy",
                        "redundancy.single-point",
                        List.of("shared", "a", "b"),
                        "Single point of failure: gpu-pool shared is the only link between pipelines a, b; if it"
                                + " fails they all lose it")),
                check(d));
    }

    @Test
    void sharedPoolWithAnotherLinkIsNotACutPoint() {
        Design d = twoRegions()
                .pool("shared", "fra", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "1")
                .pipeline("a")
                .pipeline("b")
                .runsOn("a", "shared")
                .runsOn("b", "shared")
                .reads("a", "lake")
                .reads("b", "lake")
                .build();

        assertEquals(List.of(), check(d));
    }
}
