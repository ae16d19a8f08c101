package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog's states on the command line: listed, price on request, indicative and dynamic spot. */
class CatalogStatesCommandTest {
    @Test
    void coreWeaveListsItsNineSourcedOfferingsWithPricesAndCurrentRegionCodes() throws Exception {
        CliRun r = CliRun.of("catalog", "--provider", "coreweave", "--json");
        assertEquals(0, r.code(), r.err());
        Map<String, java.math.BigDecimal> priced = new TreeMap<>();
        Set<String> regions = new TreeSet<>();
        for (JsonNode o : new ObjectMapper().readTree(r.out()).get("offerings")) {
            for (JsonNode p : o.get("prices")) {
                regions.add(p.get("region").asText());
                if (!p.get("onDemand").isNull()) {
                    priced.put(
                            o.get("instanceType").asText(),
                            p.get("onDemand").get("amount").decimalValue());
                    assertEquals(
                            "COREWEAVE-PRICING-2026-09",
                            p.get("onDemand").get("source").asText().split("; ")[0]);
                }
            }
        }
        assertEquals(9, priced.size(), priced.toString());
        assertEquals(0, new java.math.BigDecimal("42.00").compareTo(priced.get("gb200-4x")));
        assertEquals(0, new java.math.BigDecimal("49.24").compareTo(priced.get("gd-8xh100ib-i128")));
        assertFalse(regions.contains("LAS1") || regions.contains("LGA1") || regions.contains("ORD1"));
        assertTrue(regions.containsAll(Set.of("US-EAST-01", "US-EAST-04", "RNO2", "US-WEST-04")), regions.toString());

        CliRun table = CliRun.of("catalog", "--provider", "coreweave");
        assertTrue(table.out().contains("coreweave  US-EAST-04     gd-8xl40s-i128"), table.out());
        assertTrue(table.out().contains("on request (contact sales)"), table.out());
    }

    @Test
    void gb200AndGb300ListEveryProviderThatSellsThemPricedOrOnRequest() throws Exception {
        assertEquals(Set.of("aws", "azure", "coreweave", "gcp", "nebius", "oci"), providers("GB200"));
        assertEquals(Set.of("aws", "azure", "coreweave", "nebius", "oci"), providers("GB300"));
        CliRun table = CliRun.of("catalog", "--gpu", "GB200");
        assertTrue(table.out().contains("on request (capacity block)"), table.out());
        assertTrue(
                table.out().contains("aws p6e-gb200.36xlarge: price on request (capacity block: EC2 Capacity Blocks"),
                table.out());
        assertTrue(table.out().contains("108.16"), table.out());
    }

    private static Set<String> providers(String gpu) throws Exception {
        CliRun r = CliRun.of("catalog", "--gpu", gpu, "--json");
        assertEquals(0, r.code(), r.err());
        Set<String> providers = new TreeSet<>();
        for (JsonNode o : new ObjectMapper().readTree(r.out()).get("offerings")) {
            providers.add(o.get("provider").asText());
            assertFalse(o.get("prices").isEmpty(), o.toString());
            if (o.get("prices").get(0).get("onDemand").isNull()) {
                JsonNode request = o.get("priceOnRequest");
                assertFalse(request.isNull(), o.toString());
                assertFalse(request.get("reason").asText().isEmpty());
                assertTrue(Set.of("capacity-block", "reservation", "contact-sales", "price-withheld")
                        .contains(request.get("purchaseModel").asText()));
            }
        }
        return providers;
    }

    @Test
    void spotIsMarkedIndicativeAndNebiusPreemptibleAsFrom() throws Exception {
        CliRun r = CliRun.of("catalog", "--provider", "nebius", "--region", "eu-north1", "--gpu", "H200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("SPOT/H (INDICATIVE)"), r.out());
        assertTrue(r.out().contains("from 6.32"), r.out());
        assertTrue(r.out().contains("from X = dynamic preemptible price"), r.out());
        JsonNode o = new ObjectMapper()
                .readTree(CliRun.of(
                                "catalog", "--provider", "gcp", "--region", "asia-northeast1", "--gpu", "TPU", "--json")
                        .out())
                .get("offerings")
                .get(0);
        assertEquals(
                "indicative", o.get("prices").get(0).get("spot").get("kind").asText());
        assertEquals("list", o.get("prices").get(0).get("onDemand").get("kind").asText());
    }

    @Test
    void tpuV6eWhereTheSourcePriceIsAPlaceholderListsAsPriceWithheldInTableAndJson() throws Exception {
        CliRun table = CliRun.of("catalog", "--provider", "gcp", "--gpu", "tpu-v6e-1");
        assertEquals(0, table.code(), table.err());
        assertTrue(
                table.out().matches("(?s).*gcp +us-central2 +tpu-v6e-1 .* on request \\(price withheld\\) .*"),
                table.out());
        assertTrue(
                table.out()
                        .contains("gcp tpu-v6e-1: price on request (price withheld: the source gives 700 USD per"
                                + " slice-hour here"),
                table.out());
        assertFalse(table.out().contains("700.0"), table.out());

        JsonNode o = new ObjectMapper()
                .readTree(CliRun.of("catalog", "--provider", "gcp", "--gpu", "tpu-v6e-1", "--json")
                        .out())
                .get("offerings")
                .get(0);
        assertEquals(
                "price-withheld", o.get("priceOnRequest").get("purchaseModel").asText());
        Set<String> regions = new TreeSet<>();
        o.get("priceOnRequest").get("regions").forEach(r -> regions.add(r.asText()));
        assertEquals(Set.of("asia-east1", "southamerica-east1", "southamerica-west1", "us-central2"), regions);
        for (JsonNode p : o.get("prices")) {
            String region = p.get("region").asText();
            boolean withheld =
                    Set.of("asia-east1", "southamerica-east1", "us-central2").contains(region);
            assertEquals(withheld, p.get("onDemand").isNull(), region);
            assertEquals(
                    withheld || region.equals("southamerica-west1"),
                    p.get("spot").isNull(),
                    region);
        }
    }

    @Test
    void aTpuV6ePoolWithAPlaceholderPriceCostsAsUnpricedWithTheReason(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("tpu.skyloom.json");
        Files.writeString(design, """
                {"skyloom": 1, "name": "TPU in us-central2", "currency": "USD", "dataClasses": [],
                 "components": [
                  {"id": "gcp", "type": "provider", "name": "GCP", "provider": "gcp"},
                  {"id": "usc2", "type": "region", "parent": "gcp", "name": "us-central2", "region": "us-central2"},
                  {"id": "tpu", "type": "gpu-pool", "parent": "usc2", "name": "TPU v6e-8", "instanceType": "tpu-v6e-8",
                   "count": 4, "pricing": "on-demand", "hoursPerMonth": 730}],
                 "connections": [], "layout": {}}
                """);
        CliRun check = CliRun.of("check", design.toString(), "--json");
        assertFalse(check.out().contains("\"catalog."), check.out());
        CliRun cost = CliRun.of("cost", design.toString(), "--json");
        assertEquals(0, cost.code(), cost.err());
        JsonNode line = new ObjectMapper().readTree(cost.out()).get("lines").get(0);
        assertEquals("tpu", line.get("id").asText());
        assertTrue(line.get("monthly").isNull(), line.toString());
        assertTrue(line.get("unitPrice").isNull(), line.toString());
        assertEquals("price-on-request", line.get("priceState").asText());
        assertTrue(
                line.get("note")
                        .asText()
                        .startsWith("unpriced: price on request (price withheld: the source gives 700"),
                line.toString());
    }

    @Test
    void sourcesListEachSourceWithItsDate() {
        CliRun r = CliRun.of("catalog", "--sources");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*NEBIUS-PRICES-2026-10 +2026-10-07 +https://nebius.com/prices.*"), r.out());
        assertTrue(r.out().matches("(?s).*OCI-SKYPILOT +read 2026-11-21 .*"), r.out());
        assertTrue(r.out().contains("Catalog snapshot 2026-12-02."), r.out());
    }

    @Test
    void aCapacityBlockPoolChecksCleanAndCostsAsPriceOnRequest(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("gb200.skyloom.json");
        Files.writeString(design, """
                {"skyloom": 1, "name": "GB200 on AWS", "currency": "USD", "dataClasses": [],
                 "components": [
                  {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
                  {"id": "iad", "type": "region", "parent": "aws", "name": "N. Virginia", "region": "us-east-1"},
                  {"id": "gb", "type": "gpu-pool", "parent": "iad", "name": "GB200", "instanceType": "p6e-gb200.36xlarge",
                   "count": 18, "pricing": "on-demand", "hoursPerMonth": 730}],
                 "connections": [], "layout": {}}
                """);
        CliRun check = CliRun.of("check", design.toString(), "--json");
        assertFalse(check.out().contains("\"catalog."), check.out());
        CliRun cost = CliRun.of("cost", design.toString(), "--json");
        assertEquals(0, cost.code(), cost.err());
        JsonNode line = new ObjectMapper().readTree(cost.out()).get("lines").get(0);
        assertEquals("gb", line.get("id").asText());
        assertTrue(line.get("monthly").isNull(), line.toString());
        assertEquals("price-on-request", line.get("priceState").asText());
        assertTrue(
                line.get("note").asText().startsWith("unpriced: price on request (capacity block: "), line.toString());
    }

    @Test
    void aPoolOfAnOfferingWhoseSourcesNameNoRegionChecksWithAWarningAndCostsAsPriceOnRequest(@TempDir Path dir)
            throws Exception {
        Path design = dir.resolve("a4x.skyloom.json");
        Files.writeString(design, """
                {"skyloom": 1, "name": "A4X in Iowa", "currency": "USD", "dataClasses": [],
                 "components": [
                  {"id": "gcp", "type": "provider", "name": "GCP", "provider": "gcp"},
                  {"id": "usc1", "type": "region", "parent": "gcp", "name": "Iowa", "region": "us-central1"},
                  {"id": "a4x", "type": "gpu-pool", "parent": "usc1", "name": "A4X", "instanceType": "a4x-highgpu-4g",
                   "count": 18, "pricing": "on-demand", "hoursPerMonth": 730}],
                 "connections": [], "layout": {}}
                """);
        CliRun check = CliRun.of("check", design.toString(), "--json");
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("\"catalog.region-not-stated\""), check.out());
        assertFalse(check.out().contains("not-offered-in-region"), check.out());
        CliRun cost = CliRun.of("cost", design.toString(), "--json");
        assertEquals(0, cost.code(), cost.err());
        JsonNode line = new ObjectMapper().readTree(cost.out()).get("lines").get(0);
        assertEquals("a4x", line.get("id").asText());
        assertTrue(line.get("monthly").isNull(), line.toString());
        assertEquals("price-on-request", line.get("priceState").asText());
        assertTrue(line.get("note").asText().startsWith("unpriced: price on request (reservation: "), line.toString());
    }

    @Test
    void anOfferingWhoseSourcesNameNoRegionIsListedOnceAsNotStatedAndInNoRegion() throws Exception {
        CliRun all = CliRun.of("catalog", "--gpu", "GB300", "--provider", "aws");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("aws       not stated  P6e-GB300 UltraServer (NVL72)"), all.out());
        assertFalse(all.out().lines().anyMatch(l -> l.startsWith("aws       *")), all.out());
        assertTrue(all.out().contains("Region \"not stated\" = sold, but no named source says where"), all.out());

        CliRun virginia = CliRun.of("catalog", "--gpu", "GB300", "--provider", "aws", "--region", "us-east-1");
        assertTrue(virginia.out().contains("No offerings match."), virginia.out());
        CliRun ohio = CliRun.of("catalog", "--provider", "aws", "--region", "us-east-2", "--gpu", "Trainium2");
        assertTrue(ohio.out().contains("aws       us-east-2  trn2.48xlarge"), ohio.out());
        CliRun oregon = CliRun.of("catalog", "--provider", "aws", "--region", "us-west-2", "--gpu", "Trainium2");
        assertTrue(oregon.out().contains("No offerings match."), oregon.out());

        JsonNode gb300 = new ObjectMapper()
                .readTree(CliRun.of("catalog", "--gpu", "GB300", "--provider", "aws", "--json")
                        .out())
                .get("offerings")
                .get(0);
        assertEquals("not stated", gb300.get("priceOnRequest").get("regions").asText());
        assertEquals("not stated", gb300.get("prices").get(0).get("region").asText());
    }
}
