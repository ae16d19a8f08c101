package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.catalog.ProviderPriceFiles;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A reserved pool priced from a provider's reservation row says "reservation price"; without one it is
 * on-demand less the design's assumed discount. The row is Microsoft's documented example (catalog test
 * resources, pricefiles/README.md).
 */
class ReservationPriceTest {
    private static final Path PRICE_FILES = Path.of("../catalog/src/test/resources/dev/skyloom/catalog/pricefiles");
    private static final Path AZURE = PRICE_FILES.resolve("azure-retail-prices-example-reservation.json");
    private static final Path AZURE_PAGE = PRICE_FILES.resolve("azure-retail-prices-2022-06-06-page1002-excerpt.json");

    private static CostLine line(Catalog catalog, Design d, String id) {
        return new CostEngine(catalog)
                .price(d).lines().stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void reserved1yFromAnAzureReservationRowSaysReservationPrice() throws IOException {
        Catalog base = TinyCatalog.withAzureSize(CatalogLoader.bundled(), "Standard_E64_v4");
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(base, AZURE, LocalDate.of(2026, 12, 2));
        Catalog catalog = new CatalogOverlay(read.prices()).applyTo(base);
        Design d = new DesignBuilder()
                .provider("azure", "azure")
                .region("scus", "azure", "southcentralus")
                .pool("mem", "scus", "Standard_E64_v4", 2, Pricing.RESERVED_1Y)
                .build();

        CostLine mem = line(catalog, d, "mem");
        assertTrue(CostEngine.isReservationPrice(mem), mem.note());
        assertEquals(
                "reservation price from overlay azure-retail-prices-example-reservation.json, effective 2020-08-01",
                mem.note());
        assertEquals(0, new BigDecimal("2.8546803653").compareTo(mem.unitPrice().orElseThrow()));
        assertEquals("2020-08-01", mem.asOf());
        assertTrue(Files.exists(AZURE));
    }

    @Test
    void reserved3yFromARealApiPageSaysReservationPrice() throws IOException {
        Catalog base = TinyCatalog.withAzureSize(CatalogLoader.bundled(), "Standard_E2_v5");
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(base, AZURE_PAGE, LocalDate.of(2026, 12, 2));
        Catalog catalog = new CatalogOverlay(read.prices()).applyTo(base);
        Design d = new DesignBuilder()
                .provider("azure", "azure")
                .region("neu", "azure", "northeurope")
                .pool("small", "neu", "Standard_E2_v5", 3, Pricing.RESERVED_3Y)
                .build();

        CostLine small = line(catalog, d, "small");
        assertTrue(CostEngine.isReservationPrice(small), small.note());
        assertEquals(
                "reservation price from overlay azure-retail-prices-2022-06-06-page1002-excerpt.json,"
                        + " effective 2021-11-01",
                small.note());
        // 1,408 USD for three years ÷ 26,280 hours, not 0.141 on-demand less the assumed 50 %
        assertEquals(
                0, new BigDecimal("0.0535768645").compareTo(small.unitPrice().orElseThrow()));
    }

    @Test
    void withoutAReservationPriceTheLineSaysAssumedDiscount() {
        Design d = new DesignBuilder()
                .provider("azure", "azure")
                .region("eus", "azure", "eastus")
                .pool("gpu", "eus", "Standard_NC24ads_A100_v4", 1, Pricing.RESERVED_3Y)
                .build();
        CostLine gpu = line(CatalogLoader.bundled(), d, "gpu");
        assertTrue(gpu.note().contains("assumed discount"), gpu.note());
        assertTrue(!CostEngine.isReservationPrice(gpu));
    }
}
