package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog check against the bundled snapshot: offerings sold without a list price and true availability. */
class BundledCatalogCheckTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static List<Finding> check(Design d) {
        return Checks.run(DesignContext.of(d, CATALOG), List.of(new CatalogCheck()));
    }

    @Test
    void aCapacityBlockOnlyPoolWhereItIsSoldChecksWithoutACatalogError() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("use1", "aws", "us-east-1")
                .pool("gb", "use1", "p6e-gb200.36xlarge", 18)
                .build();

        assertEquals(List.of(), check(d));
    }

    @Test
    void aPoolOfAnOfferingWhoseSourcesNameNoRegionChecksWithOnlyAWarningToConfirmTheRegion() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("use1", "aws", "us-east-1")
                .pool("gb300", "use1", "P6e-GB300 UltraServer (NVL72)", 1)
                .provider("gcp", "gcp")
                .region("usc1", "gcp", "us-central1")
                .pool("a4x", "usc1", "a4x-highgpu-4g", 18)
                .provider("azure", "azure")
                .region("wus3", "azure", "westus3")
                .pool("nd", "wus3", "Standard_ND128isr_GB300_v6", 18)
                .provider("nebius", "nebius")
                .region("fi", "nebius", "eu-north1")
                .pool("nvl", "fi", "GB200 NVL72 (preset name not in source)", 1)
                .build();

        assertEquals(
                List.of(
                        notStated("a4x", "a4x-highgpu-4g is sold by Google Cloud", "us-central1"),
                        notStated("gb300", "P6e-GB300 UltraServer (NVL72) is sold by Amazon Web Services", "us-east-1"),
                        notStated("nd", "Standard_ND128isr_GB300_v6 is sold by Microsoft Azure", "westus3"),
                        notStated("nvl", "GB200 NVL72 (preset name not in source) is sold by Nebius", "eu-north1")),
                check(d));
    }

    private static Finding notStated(String pool, String soldBy, String region) {
        return new Finding(
                Severity.WARNING,
                "catalog",
                "catalog.region-not-stated",
                List.of(pool),
                soldBy + " but no source names its regions; confirm " + region + " with the provider");
    }

    @Test
    void aGcpMachineTypeInARegionTheZoneSourceDoesNotListIsNotOffered() {
        Design d = new DesignBuilder()
                .provider("gcp", "gcp")
                .region("tlv", "gcp", "me-west1")
                .pool("h100", "tlv", "a3-highgpu-8g", 1)
                .build();

        assertEquals(
                List.of(new Finding(
                        Severity.ERROR,
                        "catalog",
                        "catalog.not-offered-in-region",
                        List.of("h100"),
                        "a3-highgpu-8g is not offered in gcp me-west1 according to the catalog")),
                check(d));
    }
}
