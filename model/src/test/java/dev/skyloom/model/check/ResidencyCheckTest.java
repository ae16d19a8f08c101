package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidencyCheckTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    private static List<Finding> check(Design d) {
        return new ResidencyCheck().check(DesignContext.of(d, CATALOG));
    }

    private static DesignBuilder euAndUs() {
        return new DesignBuilder()
                .dataClass("pii", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("dub", "aws", "eu-west-1")
                .region("iad", "aws", "us-east-1");
    }

    @Test
    void reportsWholePathOriginFirstWhenDataReachesPoolOutsideJurisdiction() {
        Design d = euAndUs()
                .storage("lake", "fra", "object", "10", "pii")
                .storage("replica", "dub", "object", "10")
                .pool("us-pool", "iad", "p5.48xlarge", 1)
                .pipeline("etl")
                .replicates("lake", "replica")
                .reads("etl", "replica")
                .runsOn("etl", "us-pool")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "residency",
                        "residency.violation",
                        List.of("lake", "replica", "etl", "us-pool"),
                        "data class pii reaches gpu-pool us-pool in us-east-1 (US), outside EU:"
                                + " lake → replica → etl → us-pool")),
                check(d));
    }

    @Test
    void staysSilentWhenEveryReachedComponentIsInAllowedBloc() {
        Design d = euAndUs()
                .storage("lake", "fra", "object", "10", "pii")
                .storage("replica", "dub", "object", "10")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pipeline("etl")
                .replicates("lake", "replica")
                .reads("etl", "lake")
                .runsOn("etl", "eu-pool")
                .writes("etl", "replica")
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void declassifyingPipelineStopsFlowThroughItsWritesButNotItsPools() {
        Design d = euAndUs()
                .storage("lake", "fra", "object", "10", "pii")
                .storage("us-out", "iad", "object", "10")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pipeline("anon", "fra", Survives.NONE, "pii")
                .reads("anon", "lake")
                .runsOn("anon", "eu-pool")
                .writes("anon", "us-out")
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void writtenStorageCarriesDataOnToItsReadersAndReplicas() {
        Design d = euAndUs()
                .storage("lake", "fra", "object", "10", "pii")
                .storage("features", "dub", "object", "10")
                .storage("us-copy", "iad", "object", "10")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pipeline("etl", "fra", Survives.NONE)
                .reads("etl", "lake")
                .runsOn("etl", "eu-pool")
                .writes("etl", "features")
                .replicates("features", "us-copy")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "residency",
                        "residency.violation",
                        List.of("lake", "etl", "features", "us-copy"),
                        "data class pii reaches storage us-copy in us-east-1 (US), outside EU:"
                                + " lake → etl → features → us-copy")),
                check(d));
    }

    @Test
    void pipelineWithRegionIsItselfALandingPlace() {
        Design d = euAndUs()
                .storage("lake", "fra", "object", "10", "pii")
                .pipeline("etl", "iad", Survives.NONE)
                .reads("etl", "lake")
                .build();

        assertEquals(
                List.of(List.of("lake", "etl")),
                check(d).stream().map(Finding::subjects).toList());
    }

    @Test
    void customSiteCountsByItsCountry() {
        Design d = new DesignBuilder()
                .dataClass("pii", "DE")
                .provider("dc", "acme-dc")
                .customSite("onprem", "dc", "CH")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .storage("lake", "fra", "object", "10", "pii")
                .storage("vault", "onprem", "object", "10")
                .replicates("lake", "vault")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "residency",
                        "residency.violation",
                        List.of("lake", "vault"),
                        "data class pii reaches storage vault in onprem (CH), outside DE: lake → vault")),
                check(d));
    }

    @Test
    void warnsWhenDataReachesRegionWithUnknownCountry() {
        Design d = new DesignBuilder()
                .dataClass("pii", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("mars", "aws", "mars-north-1")
                .storage("lake", "fra", "object", "10", "pii")
                .storage("copy", "mars", "object", "10")
                .replicates("lake", "copy")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.WARNING,
                        "residency",
                        "residency.unknown-location",
                        List.of("lake", "copy"),
                        "data class pii reaches storage copy in mars-north-1 whose country is unknown, so residency"
                                + " cannot be checked: lake → copy")),
                check(d));
    }
}
