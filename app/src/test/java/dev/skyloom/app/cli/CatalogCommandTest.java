package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
    @Test
    void jsonListsH100OfferingsOfTheMajorProvidersWithPricesAndDates() throws Exception {
        CliRun r = CliRun.of("catalog", "--gpu", "H100", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("2026-12-02", root.get("snapshotDate").asText());
        assertEquals("H100", root.get("filters").get("gpu").asText());
        Set<String> providers = new TreeSet<>();
        String previous = "";
        for (JsonNode o : root.get("offerings")) {
            assertEquals("H100", o.get("accelerator").get("family").asText());
            String key =
                    o.get("provider").asText() + "/" + o.get("instanceType").asText();
            assertTrue(previous.compareTo(key) < 0, "sorted: " + previous + " before " + key);
            previous = key;
            JsonNode priced = o.get("prices").get(0);
            JsonNode price = priced.get("onDemand").isNull() ? priced.get("spot") : priced.get("onDemand");
            assertTrue(price.get("amount").decimalValue().signum() > 0, key);
            assertFalse(price.get("asOf").asText().isEmpty(), key);
            assertFalse(price.get("source").asText().isEmpty(), key);
            providers.add(o.get("provider").asText());
        }
        assertTrue(providers.containsAll(Set.of("aws", "azure", "gcp", "oci", "lambda")), providers.toString());
    }

    @Test
    void tableForAProviderRegionIsAlignedAndShowsPricesWithSource() {
        CliRun r = CliRun.of("catalog", "--provider", "aws", "--region", "eu-central-1");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("PROVIDER  REGION"), lines[0]);
        int sourceColumn = lines[0].indexOf("SOURCE, DATE");
        String p5 = null;
        int decimalPoint = -1;
        for (String line : lines) {
            if (line.contains(" p4d.24xlarge ")) {
                p5 = line;
            }
        }
        assertTrue(p5 != null, r.out());
        assertTrue(p5.startsWith("aws       eu-central-1"), p5);
        assertTrue(p5.contains("A100 ×8"), p5);
        assertTrue(p5.contains("320 GiB"), p5);
        assertTrue(p5.contains(" 27.43298 "), p5);
        assertEquals("AWS-VANTAGE, 2026-01-21", p5.substring(sourceColumn));
        assertTrue(r.out().contains("Catalog snapshot 2026-12-02"));
        assertFalse(r.out().contains(" 0.00 "));
        for (String line : lines) {
            // rows sold without a list price ("on request (capacity block)") have no amount to align
            if (line.startsWith("aws ") && !line.contains(" on request (")) {
                int dot = line.indexOf('.', lines[0].indexOf("GPU MEMORY") + 10);
                if (decimalPoint < 0) {
                    decimalPoint = dot;
                }
                assertEquals(decimalPoint, dot, "on-demand decimal points align: " + line);
            }
        }
    }

    @Test
    void globalListPricesAreMarkedAsEstimatesInARegion() {
        CliRun r = CliRun.of("catalog", "--provider", "oci", "--region", "eu-frankfurt-1", "--gpu", "H100");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("~80.00"), r.out());
        assertTrue(r.out().contains("OCI-SKYPILOT, read 2026-11-21"), r.out());
        assertTrue(r.out().contains("~ estimate"), r.out());
    }

    @Test
    void unknownPricesAreShownAsUnpricedNeverZero() {
        CliRun r = CliRun.of("catalog", "--provider", "verda", "--gpu", "B200");
        assertEquals(0, r.code(), r.err());
        String line =
                r.out().lines().filter(l -> l.contains("2B200.60V")).findFirst().orElseThrow();
        assertTrue(line.contains("unpriced"), line);
    }

    @Test
    void unknownProviderRegionOrGpuIsOneLineOnStderrWithExitTwo() {
        for (String[] args : new String[][] {
            {"catalog", "--provider", "nosuch"},
            {"catalog", "--provider", "aws", "--region", "atlantis-1"},
            {"catalog", "--region", "atlantis-1"},
            {"catalog", "--gpu", "Z9000"}
        }) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("skyloom: unknown "), r.err());
        }
    }

    @Test
    void priceListOverridesShowTheirSourceAndBadListsExitTwo(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("deal.csv");
        Files.writeString(good, "provider,sku,region,price\naws,p5.48xlarge,eu-central-1,30\n");
        CliRun r = CliRun.of(
                "catalog",
                "--provider",
                "aws",
                "--region",
                "eu-central-1",
                "--gpu",
                "H100",
                "--prices",
                good.toString());
        assertEquals(0, r.code(), r.err());
        String line = r.out()
                .lines()
                .filter(l -> l.contains("p5.48xlarge"))
                .findFirst()
                .orElseThrow();
        assertTrue(line.contains("30.00"), line);
        assertTrue(line.contains("price list deal.csv"), line);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "provider,sku,region,price\naws,p5.48xlarge,eu-central-1,thirty\nfoo,x,y,1\n");
        CliRun b = CliRun.of("catalog", "--prices", bad.toString());
        assertEquals(2, b.code());
        assertEquals(
                "skyloom: bad.csv:2: column price: not a number: 'thirty' (and 1 more problem)\n",
                b.err().replace("\r\n", "\n"));
        CliRun missing =
                CliRun.of("catalog", "--prices", dir.resolve("none.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("price list not found"), missing.err());
    }

    @Test
    void helpListsEveryOption() {
        CliRun r = CliRun.of("catalog", "--help");
        assertEquals(0, r.code(), r.err());
        for (String option : new String[] {"--provider", "--region", "--gpu", "--json", "--prices"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
