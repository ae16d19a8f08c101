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
