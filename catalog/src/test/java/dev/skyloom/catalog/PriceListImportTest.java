package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceListImportTest {
    private static final Catalog BASE = CatalogLoader.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    private static List<String> problemsOf(String file, String text) {
        PriceListException e =
                assertThrows(PriceListException.class, () -> PriceListImport.apply(BASE, file, text, DAY));
        List<String> out = new ArrayList<>();
        e.problems().forEach(p -> out.add(p.toString()));
        return out;
    }

    @Test
    void csvPriceListOverridesGpuAndStoragePricesInANewCatalog() {
        String csv = "provider,sku,region,price,currency,pricing\n"
                + "aws,p5.48xlarge,us-east-1,40.5,,\n"
                + "aws,p5.48xlarge,us-east-1,20,USD,spot\n"
                + "aws,S3 Standard,eu-central-1,0.019,EUR,\n";
        Catalog c = PriceListImport.apply(BASE, "negotiated.csv", csv, DAY);
        assertTrue(c != BASE);
        RegionalPrices p5 =
                c.offering("aws", "p5.48xlarge").orElseThrow().prices().get("us-east-1");
        assertEquals(new BigDecimal("40.5"), p5.onDemand().orElseThrow().amount());
        assertEquals("price list negotiated.csv", p5.onDemand().orElseThrow().source());
        assertEquals("2026-11-22", p5.onDemand().orElseThrow().asOf());
        assertEquals(new BigDecimal("20"), p5.spot().orElseThrow().amount());
        Price s3 = c.storageClass("aws", "object")
                .orElseThrow()
                .priceIn("eu-central-1")
                .orElseThrow();
        assertFalse(s3.estimate());
        assertEquals("EUR", s3.currency());
        assertTrue(c.source("price list negotiated.csv").isPresent());
        RegionalPrices untouched =
                BASE.offering("aws", "p5.48xlarge").orElseThrow().prices().get("us-east-1");
        assertEquals("AWS-VANTAGE", untouched.onDemand().orElseThrow().source());
        assertEquals(
                BASE.offering("aws", "p5.48xlarge").orElseThrow().prices().get("us-west-2"),
                c.offering("aws", "p5.48xlarge").orElseThrow().prices().get("us-west-2"));
    }

    @Test
    void jsonPriceListAcceptsInstanceTypeAndWildcardRegion() {
        String json = "{\"prices\": [\n"
                + "  {\"provider\": \"oci\", \"instanceType\": \"BM.GPU.H100.8\", \"region\": \"*\", \"price\": 60},\n"
                + "  {\"provider\": \"lambda\", \"instance_type\": \"gpu_8x_h100_sxm5\", \"region\": \"us-south-1\", \"price\": 19.9}\n"
                + "]}";
        Catalog c = PriceListImport.apply(BASE, "deal.json", json, DAY);
        assertEquals(
                new BigDecimal("60"),
                c.offering("oci", "BM.GPU.H100.8")
                        .orElseThrow()
                        .pricesIn("eu-frankfurt-1")
                        .orElseThrow()
                        .onDemand()
                        .orElseThrow()
                        .amount());
    }

    @Test
    void badCsvRowsAreAllReportedWithLineAndColumnAndNothingIsApplied() {
        String csv = "provider,sku,region,price,currency\n"
                + "aws,p5.48xlarge,us-east-1,40,\n"
                + "nosuch,x,y,1,\n"
                + "aws,p9.giant,us-east-1,1,\n"
                + "aws,p5.48xlarge,atlantis-1,1,\n"
                + "aws,p5.48xlarge,us-west-2,cheap,\n"
                + "aws,p5.48xlarge,eu-west-1,-1,usd\n"
                + "aws,p5.48xlarge,us-east-1,41,\n"
                + ",,,,\n";
        assertEquals(
                List.of(
                        "prices.csv:3: column provider: unknown provider 'nosuch'",
                        "prices.csv:4: column sku: unknown instance type or storage class 'p9.giant' for aws",
                        "prices.csv:5: column region: unknown region 'atlantis-1' for provider aws",
                        "prices.csv:6: column price: not a number: 'cheap'",
                        "prices.csv:7: column price: negative value -1",
                        "prices.csv:7: column currency: not a currency code (three capital letters): 'usd'",
                        "prices.csv:8: column region: duplicate price for aws/p5.48xlarge/us-east-1/on-demand (first on line 2)",
                        "prices.csv:9: column provider: missing value",
                        "prices.csv:9: column sku: missing value",
                        "prices.csv:9: column region: missing value",
                        "prices.csv:9: column price: missing value"),
                problemsOf("prices.csv", csv));
        assertEquals(
                "AWS-VANTAGE",
                BASE.offering("aws", "p5.48xlarge")
                        .orElseThrow()
                        .prices()
                        .get("us-east-1")
                        .onDemand()
                        .orElseThrow()
                        .source());
    }

    @Test
    void brokenJsonNamesTheLine() {
        List<String> problems = problemsOf("p.json", "[\n {\"provider\": \"aws\",\n \"sku\" \"x\"}\n]");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("p.json:3: not valid JSON"), problems.get(0));
        assertEquals(
                List.of("p.json:2: column price: must be a number, not text 'abc' (at line 2, column 68)"),
                problemsOf(
                        "p.json",
                        "[\n{\"provider\":\"aws\",\"sku\":\"p5.48xlarge\",\"region\":\"us-east-1\",\"price\":\"abc\"}]"));
        assertEquals(List.of("p.json: no prices in file"), problemsOf("p.json", "[]"));
    }

    @Test
    void csvWithoutSkuColumnIsRejected() {
        assertEquals(
                List.of("x.csv:1: column sku: missing column (sku, instance_type or storage_class)"),
                problemsOf("x.csv", "provider,region,price\naws,us-east-1,1\n").subList(0, 1));
    }

    @Test
    void readsAFileAndReportsAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "provider,storage_class,region,price\ngcp,Standard,europe-west3,0.01\n");
        Catalog c = PriceListImport.apply(BASE, file);
        assertEquals(
                new BigDecimal("0.01"),
                c.storageClass("gcp", "object")
                        .orElseThrow()
                        .priceIn("europe-west3")
                        .orElseThrow()
                        .amount());
        PriceListException e =
                assertThrows(PriceListException.class, () -> PriceListImport.apply(BASE, dir.resolve("absent.csv")));
        assertTrue(e.getMessage().startsWith("absent.csv: cannot read file"), e.getMessage());
    }
}
