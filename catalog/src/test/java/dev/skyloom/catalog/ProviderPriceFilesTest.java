package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads real excerpts of provider price files (sources in pricefiles/README.md). */
class ProviderPriceFilesTest {
    private static final Catalog BUNDLED = CatalogLoader.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final String AWS = "aws-ec2-us-east-2-opencost-excerpt.json";
    static final String AZURE_RESERVATION = "azure-retail-prices-example-reservation.json";

    static String fixture(String name) {
        try (InputStream in = ProviderPriceFilesTest.class.getResourceAsStream("pricefiles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void awsOfferFileRefreshesTheGp3PriceOfUsEast2AndSkipsTheWindowsGpuRow() {
        Price before = BUNDLED.storageClass("aws", "EBS gp3")
                .orElseThrow()
                .priceIn("us-east-2")
                .orElseThrow();
        assertTrue(before.estimate(), "before: the us-east-1 reference price stands in for Ohio");

        ProviderPriceFiles.Read read = ProviderPriceFiles.read(BUNDLED, AWS, fixture(AWS), DAY);

        assertEquals(1, read.prices().size(), read.prices().toString());
        OverlayPrice p = read.prices().get(0);
        assertEquals(
                List.of("aws", "EBS gp3", "storage", "us-east-2", "2023-03-01"),
                List.of(p.provider(), p.sku(), p.kind(), p.region(), p.effectiveDate()));
        assertEquals(0, new BigDecimal("0.08").compareTo(p.amount()));
        assertEquals(1, read.unmatched(), "the p3.8xlarge row is Windows BYOL, not a Linux list price");
        assertEquals("2023-03-22", read.published(), "the offer file's publicationDate");
        assertEquals("2023-03-22", p.published());

        // published 2023-03-22, before the snapshot's 2026-01-20 source: kept out unless accepted
        assertEquals(
                before,
                new CatalogOverlay(read.prices())
                        .applyTo(BUNDLED)
                        .storageClass("aws", "EBS gp3")
                        .orElseThrow()
                        .priceIn("us-east-2")
                        .orElseThrow());
        Catalog refreshed = new CatalogOverlay(
                        read.prices().stream().map(o -> o.withAcceptOlder(true)).toList())
                .applyTo(BUNDLED);
        Price after = refreshed
                .storageClass("aws", "EBS gp3")
                .orElseThrow()
                .priceIn("us-east-2")
                .orElseThrow();
        assertFalse(after.estimate());
        assertEquals("overlay " + AWS, after.source());
        assertEquals("2023-03-01", after.asOf());
        assertTrue(refreshed.source("overlay " + AWS).isPresent());
        // the other regions keep their snapshot price
        assertEquals(
                BUNDLED.storageClass("aws", "EBS gp3").orElseThrow().priceIn("eu-central-1"),
                refreshed.storageClass("aws", "EBS gp3").orElseThrow().priceIn("eu-central-1"));
    }

    @Test
    void azureReservationRowBecomesAnHourlyReserved1yPrice() {
        Catalog catalog = TinyCatalog.withAzureSize(BUNDLED, "Standard_E64_v4");
        ProviderPriceFiles.Read read =
                ProviderPriceFiles.read(catalog, AZURE_RESERVATION, fixture(AZURE_RESERVATION), DAY);

        assertEquals(1, read.prices().size());
        OverlayPrice p = read.prices().get(0);
        assertEquals("reserved-1y", p.kind());
        // 25,007 USD for the year ÷ 8,760 hours
        assertEquals(new BigDecimal("2.8546803653"), p.amount());
        assertEquals("2020-08-01", p.effectiveDate());

        RegionalPrices prices = new CatalogOverlay(read.prices())
                .applyTo(catalog)
                .offering("azure", "Standard_E64_v4")
                .orElseThrow()
                .pricesIn("southcentralus")
                .orElseThrow();
        assertEquals(
                "overlay " + AZURE_RESERVATION,
                prices.reserved1y().orElseThrow().source());
        assertTrue(prices.onDemand().isEmpty(), "a reservation row says nothing about on-demand");
    }

    @Test
    void azureRowsOfSizesTheCatalogDoesNotListAreCountedNotApplied() {
        ProviderPriceFiles.Read read =
                ProviderPriceFiles.read(BUNDLED, AZURE_RESERVATION, fixture(AZURE_RESERVATION), DAY);
        assertTrue(read.prices().isEmpty());
        assertEquals(1, read.unmatched());
        String devTest = "azure-retail-prices-example-devtest.json";
        assertTrue(
                ProviderPriceFiles.read(
                                TinyCatalog.withAzureSize(BUNDLED, "Standard_E64_v4"), devTest, fixture(devTest), DAY)
                        .prices()
                        .isEmpty(),
                "DevTestConsumption is not a list price");
    }

    @Test
    void aBadValueInARealFileIsRefusedWithFileLineAndField() {
        String bad = fixture(AZURE_RESERVATION).replace("\"retailPrice\": 25007.0", "\"retailPrice\": \"25007\"");
        PriceListException e =
                assertThrows(PriceListException.class, () -> ProviderPriceFiles.read(BUNDLED, "page.json", bad, DAY));
        CatalogProblem problem = e.problems().get(0);
        assertEquals("page.json", problem.file());
        assertEquals(2, problem.line());
        assertEquals("retailPrice", problem.column());
    }

    @Test
    void aTruncatedFileIsRefused() {
        String text = fixture(AWS);
        String cut = text.substring(0, text.length() / 2);
        PriceListException e =
                assertThrows(PriceListException.class, () -> ProviderPriceFiles.read(BUNDLED, AWS, cut, DAY));
        assertTrue(e.getMessage().contains(AWS) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void unknownContentIsRefused() {
        assertThrows(PriceListException.class, () -> ProviderPriceFiles.read(BUNDLED, "x.json", "{\"a\": 1}", DAY));
        assertThrows(PriceListException.class, () -> ProviderPriceFiles.read(BUNDLED, "x.csv", "a,b\n1,2\n", DAY));
        PriceListException gcp = assertThrows(
                PriceListException.class,
                () -> ProviderPriceFiles.read(BUNDLED, "skus.json", "{\"skus\": [{\"skuId\": \"1\"}]}", DAY));
        assertEquals("pricingInfo", gcp.problems().get(0).column());
    }

    @Test
    void overlayFileRoundTripsAndNewerPricesReplaceOlderOnes() {
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(BUNDLED, AWS, fixture(AWS), DAY);
        CatalogOverlay overlay = new CatalogOverlay(read.prices());
        CatalogOverlay again = CatalogOverlay.parse(CatalogOverlay.FILE_NAME, overlay.toCsv());
        assertEquals(overlay.prices(), again.prices());

        OverlayPrice old = read.prices().get(0);
        OverlayPrice newer = new OverlayPrice(
                old.provider(),
                old.sku(),
                old.kind(),
                old.region(),
                new BigDecimal("0.09"),
                "USD",
                "later.json",
                "2024-01-01",
                "2026-12-03");
        CatalogOverlay merged = again.merge(List.of(newer));
        assertEquals(List.of(newer), merged.prices());
        assertEquals("later.json", merged.sources().get(0).file());
    }
}
