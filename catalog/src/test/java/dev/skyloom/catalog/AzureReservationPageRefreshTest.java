package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Real rows of an Azure Retail Prices API page as the API returns it (an object with {@code Items},
 * {@code NextPageLink} and {@code Count}): the on-demand, 3-year and 1-year reservation rows of one meter,
 * from a public capture of 2022-06-06 (source in pricefiles/README.md). Standard_E2_v5 is not a GPU size,
 * so it is added to a copy of the catalog without any price (no real reservation row of a GPU size the
 * catalog lists was found).
 */
class AzureReservationPageRefreshTest {
    static final String PAGE = "azure-retail-prices-2022-06-06-page1002-excerpt.json";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Catalog withE2v5() {
        Catalog bundled = CatalogLoader.bundled();
        GpuOffering model = bundled.offeringsOf("azure").get(0);
        List<GpuOffering> offerings = new ArrayList<>(bundled.offerings());
        offerings.add(new GpuOffering(
                "azure",
                "Standard_E2_v5",
                model.accelerator(),
                model.acceleratorCount(),
                model.memoryGibPerAccelerator(),
                model.vcpus(),
                model.ramGib(),
                PriceBasis.INSTANCE,
                Map.of(),
                Optional.empty(),
                "test scaffolding"));
        return new Catalog(
                bundled.snapshotDate(),
                bundled.sources(),
                bundled.providers(),
                bundled.regions(),
                offerings,
                bundled.storageClasses(),
                bundled.transferRates(),
                bundled.crossProviderRules());
    }

    @Test
    void aPageGivesOnDemandAndBothReservationTermsPerHour() {
        Catalog catalog = withE2v5();
        ProviderPriceFiles.Read read =
                ProviderPriceFiles.read(catalog, PAGE, ProviderPriceFilesTest.fixture(PAGE), DAY);

        assertEquals("Azure Retail Prices", read.format());
        assertEquals(0, read.unmatched());
        assertEquals(
                List.of("on-demand", "reserved-3y", "reserved-1y"),
                read.prices().stream().map(OverlayPrice::kind).toList());

        RegionalPrices prices = new CatalogOverlay(read.prices())
                .applyTo(catalog)
                .offering("azure", "Standard_E2_v5")
                .orElseThrow()
                .pricesIn("northeurope")
                .orElseThrow();
        Price onDemand = prices.onDemand().orElseThrow();
        Price threeYears = prices.reserved3y().orElseThrow();
        Price oneYear = prices.reserved1y().orElseThrow();
        assertEquals(0, new BigDecimal("0.141").compareTo(onDemand.amount()));
        // 1,408 USD for three years ÷ (3 × 8,760 hours); 729 USD for one year ÷ 8,760 hours
        assertEquals(new BigDecimal("0.0535768645"), threeYears.amount());
        assertEquals(new BigDecimal("0.0832191781"), oneYear.amount());
        for (Price p : List.of(onDemand, threeYears, oneYear)) {
            assertEquals("overlay " + PAGE, p.source());
            assertEquals("2021-11-01", p.asOf());
        }
    }

    @Test
    void withoutTheSizeInTheCatalogTheRowsAreCountedNotApplied() {
        ProviderPriceFiles.Read read =
                ProviderPriceFiles.read(CatalogLoader.bundled(), PAGE, ProviderPriceFilesTest.fixture(PAGE), DAY);
        assertEquals(List.of(), read.prices());
        assertEquals(3, read.unmatched());
    }
}
