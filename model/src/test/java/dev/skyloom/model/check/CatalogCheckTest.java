package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCheckTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    private static List<Finding> check(Design d) {
        return Checks.run(DesignContext.of(d, CATALOG), List.of(new CatalogCheck()));
    }

    private static Finding error(String code, String subject, String message) {
        return new Finding(Severity.ERROR, "catalog", code, List.of(subject), message);
    }

    @Test
    void reportsUnknownInstanceTypeStorageClassAndRegion() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("atl", "aws", "atlantis-1")
                .pool("x", "fra", "p9.huge", 1)
                .storage("s", "fra", "tape", "1")
                .build();

        assertEquals(
                List.of(
                        error(
                                "catalog.unknown-instance-type",
                                "x",
                                "Instance type p9.huge is not sold by aws in the catalog"),
                        error("catalog.unknown-region", "atl", "Region atlantis-1 is not a aws region in the catalog"),
                        error(
                                "catalog.unknown-storage-class",
                                "s",
                                "Storage class tape is not a aws storage class or family (object, block, file,"
                                        + " archive) in the catalog")),
                check(d));
    }

    @Test
    void reportsOfferingNotSoldInItsRegion() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("dub", "aws", "eu-west-1")
                .pool("x", "dub", "p5.48xlarge", 1)
                .build();

        assertEquals(
                List.of(error(
                        "catalog.not-offered-in-region",
                        "x",
                        "p5.48xlarge is not offered in aws eu-west-1 according to the catalog")),
                check(d));
    }

    @Test
    void reportsPoolAndStorageOutsideAnyRegion() {
        Design d = new DesignBuilder()
                .pool("x", null, "p5.48xlarge", 1)
                .storage("s", null, "object", "1")
                .build();

        assertEquals(
                List.of(
                        error("catalog.no-region", "s", "storage s is in no region; place it inside a region"),
                        error("catalog.no-region", "x", "gpu-pool x is in no region; place it inside a region")),
                check(d));
    }

    @Test
    void customSiteOfUnlistedProviderNeedsACountryAndUnitPrices() {
        Design d = new DesignBuilder()
                .provider("dc", "acme-dc")
                .customSite("site", "dc", null)
                .pool("own", "site", "dgx-h100", 4)
                .build();

        assertEquals(
                List.of(
                        error(
                                "catalog.custom-region-without-country",
                                "site",
                                "Custom site site has no country; set one so residency can be checked"),
                        new Finding(
                                Severity.WARNING,
                                "catalog",
                                "catalog.unpriced-custom",
                                List.of("own"),
                                "gpu-pool own is at a custom site or unlisted provider; set a unitPrice to price it"),
                        new Finding(
                                Severity.INFO,
                                "catalog",
                                "catalog.unlisted-provider",
                                List.of("dc"),
                                "Provider acme-dc is not in the catalog: its sites must be custom and its prices set"
                                        + " as unitPrice")),
                check(d));
    }

    @Test
    void knownNamesInTheirRegionsGiveNoFindings() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("x", "fra", "p5.48xlarge", 1)
                .storage("s", "fra", "S3 Standard", "1")
                .build();

        assertEquals(List.of(), check(d));
    }
}
