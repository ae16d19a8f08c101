package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PriceAgeTest {
    @Test
    void theOldestCatalogPriceUsedDecidesTheAgeAndTheDesignsOwnPricesDoNotCount() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("p4", "fra", "p4d.24xlarge", 1) // AWS-VANTAGE, 2026-01-21
                .provider("nebius", "nebius")
                .region("fi", "nebius", "eu-north1")
                .pool("h200", "fi", "gpu-h200-sxm_8gpu-128vcpu-1600gb", 1) // NEBIUS-PRICES-2026-10, 2026-10-07
                .pricedPool("own", "fi", "gpu-h200-sxm_1gpu-16vcpu-200gb", 1, "1", "730")
                .build();
        CostReport report = new CostEngine(CatalogLoader.bundled()).price(d);

        PriceAge age = PriceAge.of(LocalDate.of(2026, 12, 2), report, LocalDate.of(2026, 12, 2));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 21)), age.oldestPrice());
        assertEquals(OptionalLong.of(315), age.oldestAgeDays());
        assertTrue(age.isStale());
        assertEquals("Catalog 2026-12-02 · oldest price used 2026-01-21 (315 days)", age.summary());
        assertTrue(age.warning().orElseThrow().contains("skyloom catalog --sources"));

        // one day reads "1 day", not "1 days"
        assertEquals(
                "Catalog 2026-12-02 · oldest price used 2026-01-21 (1 day)",
                PriceAge.of(LocalDate.of(2026, 12, 2), report, LocalDate.of(2026, 1, 22))
                        .summary());

        PriceAge fresh = PriceAge.of(LocalDate.of(2026, 12, 2), report, LocalDate.of(2026, 3, 1));
        assertFalse(fresh.isStale());
        assertTrue(fresh.warning().isEmpty());
    }

    @Test
    void partialSourceDatesCountFromTheirStart() {
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), PriceAge.parse("2026-07"));
        assertEquals(Optional.of(LocalDate.of(2023, 1, 1)), PriceAge.parse("<=2023"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 21)), PriceAge.parse("2026-01-21"));
        assertEquals(Optional.empty(), PriceAge.parse(""));
    }

    @Test
    void withNoCatalogPriceUsedThereIsNoAgeAndNothingIsStale() {
        Design d = new DesignBuilder()
                .provider("nebius", "nebius")
                .region("fi", "nebius", "eu-north1")
                .pricedPool("own", "fi", "gpu-h200-sxm_1gpu-16vcpu-200gb", 1, "1", "730")
                .build();
        CostReport report = new CostEngine(CatalogLoader.bundled()).price(d);

        PriceAge age = PriceAge.of(LocalDate.of(2026, 12, 2), report, LocalDate.of(2027, 12, 2));
        assertEquals(Optional.empty(), age.oldestPrice());
        assertEquals(OptionalLong.empty(), age.oldestAgeDays());
        assertFalse(age.isStale());
        assertEquals("Catalog 2026-12-02", age.summary());
    }

    @Test
    void aPriceOneDayOldSaysOneDay() {
        CostReport report = new CostEngine(CatalogLoader.bundled())
                .price(new DesignBuilder()
                        .provider("aws", "aws")
                        .region("fra", "aws", "eu-central-1")
                        .pool("p4", "fra", "p4d.24xlarge", 1) // AWS-VANTAGE, 2026-01-21
                        .build());

        PriceAge age = PriceAge.of(LocalDate.of(2026, 12, 2), report, LocalDate.of(2026, 1, 22));
        assertEquals("Catalog 2026-12-02 · oldest price used 2026-01-21 (1 day)", age.summary());
    }
}
