package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortabilityCheckTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    private static List<Finding> check(Design d) {
        return Checks.run(DesignContext.of(d, CATALOG), List.of(new PortabilityCheck()));
    }

    @Test
    void singleProviderAcceleratorIsALockInWarningWithAlternatives() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("iad", "aws", "us-east-1")
                .pool("trn", "iad", "trn1.32xlarge", 1)
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .storage("lake", "ams", "object", "1")
                .build();

        assertEquals(
                new Finding(
                        Severity.WARNING,
                        "portability",
                        "portability.single-provider-accelerator",
                        List.of("trn"),
                        "Trainium is sold only by aws; alternatives sold by several providers: A100 (gcp, lambda);"
                                + " H100 (aws, gcp, lambda)"),
                check(d).get(0));
    }

    @Test
    void reportsWhoElseSellsAMultiProviderAccelerator() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("train", "fra", "p5.48xlarge", 1)
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("g", "ams", "a3-highgpu-8g", 1)
                .build();

        assertEquals(
                List.of(
                        new Finding(
                                Severity.INFO,
                                "portability",
                                "portability.accelerator-alternatives",
                                List.of("g", "train"),
                                "H100 is also sold by gcp, lambda"),
                        new Finding(
                                Severity.INFO,
                                "portability",
                                "portability.score",
                                List.of(),
                                "Portability score 100 %: share of priced GPU spend on accelerators sold by two or"
                                        + " more providers")),
                check(d));
    }

    @Test
    void designOnOneProviderIsReportedWithItsPipelines() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("train", "fra", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "100")
                .pipeline("etl")
                .runsOn("etl", "train")
                .reads("etl", "lake")
                .build();

        List<String> codes = check(d).stream().map(Finding::code).toList();
        assertEquals(
                List.of(
                        "portability.single-provider-design",
                        "portability.accelerator-alternatives",
                        "portability.exit-cost",
                        "portability.score",
                        "portability.single-provider-pipeline"),
                codes);
    }

    @Test
    void exitCostIsStoredDataTimesInternetEgressAndScoreIsPortableSpendShare() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .storage("lake", "fra", "object", "12")
                .pool("train", "fra", "p5.48xlarge", 1)
                .pool("trn", "iad", "trn1.32xlarge", 1)
                .build();

        PortabilityReport report = PortabilityCheck.report(DesignContext.of(d, CATALOG));

        // 12,000 GB: 10,000 × 0.09 + 2,000 × 0.085
        assertEquals(Map.of("aws", Optional.of(new BigDecimal("1070.00"))), report.exitCost());
        // H100 51,100.00 of 51,100.00 + Trainium 15,695.00
        assertEquals(Optional.of(new BigDecimal("0.7650")), report.score());
        // the message groups the amount as the cost panel does
        assertEquals(
                List.of("Moving the 12 TB stored in aws out costs about $1,070.00 at its internet egress price"),
                check(d).stream()
                        .filter(f -> f.code().equals("portability.exit-cost"))
                        .map(Finding::message)
                        .toList());
    }
}
