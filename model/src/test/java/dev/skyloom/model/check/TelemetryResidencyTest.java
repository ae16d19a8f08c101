package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.Operators;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telemetry as data (residency) and who operates where the data sits (operator jurisdiction). */
class TelemetryResidencyTest {
    private static final Catalog CATALOG = TinyCatalog.create();
    private static final Operators OPERATORS = Operators.of(List.of(
            new Operators.Headquarters("aws", "US", "test source", "2026-01-01"),
            new Operators.Headquarters("gcp", "US", "test source", "2026-01-01")));

    private static List<Finding> check(Design d) {
        List<Finding> findings =
                new java.util.ArrayList<>(new ResidencyCheck(OPERATORS).check(DesignContext.of(d, CATALOG)));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** EU personal data processed in Frankfurt by a pipeline whose logs may go elsewhere. */
    private static DesignBuilder euPipeline() {
        return new DesignBuilder()
                .dataClass("pii", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .storage("lake", "fra", "object", "10", "pii")
                .pipeline("etl", "fra", Survives.NONE)
                .reads("etl", "lake");
    }

    @Test
    void euPersonalDataInLogsShippedToAUsSinkIsAViolationWithItsPathFromTheStoredOrigin() {
        Design d = euPipeline()
                .sink("us-logs", "iad", TelemetryHosting.CLOUD, Optional.empty())
                .ships("etl", "us-logs", "2", "pii")
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "residency",
                        "residency.violation",
                        List.of("lake", "etl", "us-logs"),
                        "data class pii reaches telemetry us-logs in us-east-1 (US), outside EU: lake → etl →"
                                + " us-logs")),
                check(d));
    }

    @Test
    void aTelemetrySourceNoStoredDataReachesIsAnOriginOfItsOwn() {
        Design d = new DesignBuilder()
                .dataClass("pii", "EU")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("pool", "fra", "p5.48xlarge", 1)
                .sink("us-logs", "iad", TelemetryHosting.CLOUD, Optional.empty())
                .ships("pool", "us-logs", "1", "pii")
                .build();

        assertEquals(
                List.of(List.of("pool", "us-logs")),
                check(d).stream().map(Finding::subjects).toList());
    }

    @Test
    void logsThatDoNotCarryTheClassMayGoAnywhere() {
        Design d = euPipeline()
                .sink("us-logs", "iad", TelemetryHosting.CLOUD, Optional.empty())
                .ships("etl", "us-logs", "2")
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void euOnlyOperatorClassOnAUsHeadquarteredCloudIsAnErrorPerProvider() {
        Design d = euPipeline().operators("pii", "EU").build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "residency",
                        "residency.foreign-operator",
                        List.of("lake"),
                        "data class pii must be operated from EU, but provider aws is headquartered in US (test"
                                + " source, 2026-01-01): lake")),
                check(d));
    }

    @Test
    void aProviderWithoutSourcedHeadquartersIsUnknownNotGuessed() {
        Design d = new DesignBuilder()
                .dataClass("pii", "US")
                .provider("lam", "lambda")
                .region("lam-va", "lam", "us-east-1")
                .storage("lake", "lam-va", "object", "1", "pii")
                .operators("pii", "US")
                .build();

        List<Finding> findings = check(d);

        assertEquals(1, findings.size());
        assertEquals("residency.unknown-operator", findings.get(0).code());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of("lake"), findings.get(0).subjects());
    }

    @Test
    void aSaasSinkIsOperatedByItsStatedCountryAndAnOwnSiteByNobodyForeign() {
        Design d = euPipeline()
                .provider("own", "own")
                .customSite("munich", "own", "DE")
                .sink("saas", "fra", TelemetryHosting.SAAS, Optional.of("US"))
                .sink("own-logs", "munich", TelemetryHosting.SELF_HOSTED, Optional.empty())
                .ships("etl", "saas", "1", "pii")
                .ships("etl", "own-logs", "1", "pii")
                .build();
        Design euOnly = DesignBuilder.from(d).operators("pii", "EU").build();

        List<String> codes =
                check(euOnly).stream().map(f -> f.code() + " " + f.subjects()).toList();

        assertEquals(
                List.of("residency.foreign-operator [lake]", "residency.foreign-operator [lake, etl, saas]"), codes);
    }

    @Test
    void withoutAnyOperatorRequirementTheFactIsNotStated() {
        // keeps designs that never ask about operators exactly as they were
        assertEquals(List.of(), check(euPipeline().build()));
    }

    @Test
    void askingForOneClassStatesTheFactOnceForTheOthersPerProvider() {
        Design d = euPipeline()
                .dataClass("hr", "EU")
                .dataClass("public")
                .storage("hr-files", "fra", "object", "1", "hr")
                .operators("public", "US")
                .build();

        List<Finding> findings = check(d);

        assertEquals(1, findings.size());
        assertEquals(
                new Finding(
                        Severity.INFO,
                        "residency",
                        "residency.foreign-operator",
                        List.of("lake"),
                        "Data classes hr, pii reach components run by provider aws (first storage lake in"
                                + " eu-central-1 (DE)), headquartered in US (test source, 2026-01-01), outside EU,"
                                + " where that data may be; they set no allowedOperators, so this is stated, not"
                                + " judged"),
                findings.get(0));
    }

    @Test
    void theStatedFactForOneClassNamesItTheComponentItReachesAndTheSourceOfTheHeadquarters() {
        Design d = euPipeline().dataClass("public").operators("public", "US").build();

        List<Finding> findings = check(d);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(
                "Data class pii reaches storage lake in eu-central-1 (DE), run by provider aws, headquartered in US"
                        + " (test source, 2026-01-01), outside EU, where that data may be; it sets no"
                        + " allowedOperators, so this is stated, not judged",
                findings.get(0).message());
    }
}
