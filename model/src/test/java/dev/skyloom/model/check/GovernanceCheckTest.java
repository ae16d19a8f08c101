package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceCheckTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    private static List<Finding> check(Design d) {
        List<Finding> findings = new java.util.ArrayList<>(new GovernanceCheck().check(DesignContext.of(d, CATALOG)));
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code() + " " + f.subjects()).toList();
    }

    /** AWS Frankfurt and GCP Netherlands, a pool in each, one pipeline on AWS. */
    private static DesignBuilder twoClouds() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("aws-pool", "fra", "p5.48xlarge", 1)
                .pool("gcp-pool", "ams", "a3-highgpu-8g", 1)
                .pipeline("train", "fra", dev.skyloom.model.Survives.NONE)
                .runsOn("train", "aws-pool");
    }

    @Test
    void singleCloudDesignWithoutGovernanceComponentsGivesNoFinding() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("pool", "fra", "p5.48xlarge", 1)
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void twoCloudsWithNeitherIdentityNorTelemetryWarnForEachProvider() {
        List<Finding> findings = check(twoClouds().build());

        assertEquals(
                List.of(
                        "governance.no-telemetry [aws-pool, train]",
                        "governance.no-telemetry [gcp-pool]",
                        "governance.unfederated-provider [aws]",
                        "governance.unfederated-provider [gcp]",
                        "governance.coverage []"),
                codes(findings));
        assertEquals(
                "No identity provider federates aws: its people and workloads sign in to a separate identity"
                        + " silo; connect an identity provider to it (federates)",
                findings.get(2).message());
    }

    @Test
    void federatingAProviderRemovesItsWarningAndCountsInCoverage() {
        Design d = twoClouds()
                .identity("entra", "fra", IdentityKind.ENTRA_ID)
                .federates("entra", "aws")
                .build();

        List<Finding> findings = check(d);

        assertEquals(
                List.of(
                        "governance.no-telemetry [aws-pool, train]",
                        "governance.no-telemetry [gcp-pool]",
                        "governance.unfederated-provider [gcp]",
                        "governance.coverage []"),
                codes(findings));
        String coverage = findings.get(3).message();
        assertTrue(
                coverage.matches(
                        "Providers federated: 1/2 \\(50 %\\); GPU spend observed: 0\\.00/\\d{1,3}(,\\d{3})*\\.\\d\\d"
                                + " USD a month \\(0 %\\)"),
                coverage);
    }

    private static String grouped(java.math.BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    @Test
    void telemetryFromARegionObservesEverythingInsideIt() {
        Design d = twoClouds()
                .identity("okta", "fra", IdentityKind.OKTA)
                .federates("okta", "aws")
                .federates("okta", "gcp")
                .sink("logs", "fra", TelemetryHosting.CLOUD, Optional.empty())
                .ships("fra", "logs", "0")
                .build();

        assertEquals(List.of("governance.no-telemetry [gcp-pool]", "governance.coverage []"), codes(check(d)));
    }

    @Test
    void telemetryLandingInTwoSinksIsSplit() {
        Design d = twoClouds()
                .identity("okta", "fra", IdentityKind.OKTA)
                .federates("okta", "aws")
                .federates("okta", "gcp")
                .sink("cloudwatch", "fra", TelemetryHosting.CLOUD, Optional.empty())
                .sink("gcp-logging", "ams", TelemetryHosting.CLOUD, Optional.empty())
                .ships("aws", "cloudwatch", "0")
                .ships("gcp", "gcp-logging", "0")
                .build();

        List<Finding> findings = check(d);

        assertEquals(
                List.of("governance.coverage []", "governance.split-telemetry [cloudwatch, gcp-logging]"),
                codes(findings));
        assertEquals(Severity.INFO, findings.get(1).severity());
    }

    /**
     * The check prices the pools itself (not the whole cost report): its GPU spend must be the cost report's,
     * line for line, with unpriced pools left out — here a negotiated unit price, a reserved pool, a pool in
     * a custom site and an instance type the catalog does not know.
     */
    @Test
    void gpuSpendInCoverageIsTheCostReportsPricedGpuLines() {
        Design d = twoClouds()
                .pricedPool("negotiated", "ams", "a3-highgpu-8g", 3, "11.25", "500")
                .pool("reserved", "fra", "p5.48xlarge", 2, dev.skyloom.model.Pricing.RESERVED_1Y)
                .pool("mystery", "fra", "no-such-type", 4)
                .customSite("basement", "aws", "DE")
                .pool("own", "basement", "p5.48xlarge", 1)
                .identity("okta", "fra", IdentityKind.OKTA)
                .federates("okta", "aws")
                .federates("okta", "gcp")
                .sink("logs", "fra", TelemetryHosting.CLOUD, Optional.empty())
                .ships("fra", "logs", "0")
                .build();
        dev.skyloom.model.cost.CostReport report = new dev.skyloom.model.cost.CostEngine(CATALOG).price(d);
        java.math.BigDecimal all = java.math.BigDecimal.ZERO;
        java.math.BigDecimal observed = java.math.BigDecimal.ZERO;
        int unpriced = 0;
        for (dev.skyloom.model.cost.CostLine line : report.lines()) {
            if (line.category() != dev.skyloom.model.cost.CostCategory.GPU) {
                continue;
            }
            if (line.monthly().isEmpty()) {
                unpriced++;
                continue;
            }
            all = all.add(line.monthly().get());
            if (List.of("aws-pool", "reserved").contains(line.id())) { // in fra, which ships telemetry
                observed = observed.add(line.monthly().get());
            }
        }
        assertEquals(2, unpriced, "the unknown type and the custom site are unpriced");

        List<Finding> findings = check(d);

        String percent = observed.multiply(java.math.BigDecimal.valueOf(100))
                .divide(all, 0, java.math.RoundingMode.HALF_UP)
                .toPlainString();
        assertEquals(
                "Providers federated: 2/2 (100 %); GPU spend observed: " + grouped(observed) + "/" + grouped(all)
                        + " USD a month (" + percent + " %)",
                findings.get(findings.size() - 1).message());
    }

    @Test
    void theUnfederatedWarningNamesTheContainersOnlyWhenTheirIdsDifferFromTheProvider() {
        Design d = new DesignBuilder()
                .provider("amazon", "aws")
                .region("fra", "amazon", "eu-central-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("aws-pool", "fra", "p5.48xlarge", 1)
                .pool("gcp-pool", "ams", "a3-highgpu-8g", 1)
                .build();

        List<String> messages = check(d).stream()
                .filter(f -> f.code().equals("governance.unfederated-provider"))
                .map(Finding::message)
                .toList();

        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("No identity provider federates aws (amazon): "), messages.get(0));
        assertTrue(messages.get(1).startsWith("No identity provider federates gcp: "), messages.get(1));
    }
}
