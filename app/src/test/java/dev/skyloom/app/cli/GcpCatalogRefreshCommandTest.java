package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.app.service.AppDirectories;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog refresh} on a real Google Cloud Billing Catalog excerpt (catalog test resources,
 * pricefiles/README.md): an a2-highgpu-8g pool in us-east1 is then costed from the file's A2 core, RAM and
 * A100 SKUs, with the file and its effective date as the source.
 */
class GcpCatalogRefreshCommandTest {
    static final String GCP = "gcp-billing-catalog-a2-opencost-excerpt.json";

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void ownDataFolder() {
        previous = System.getProperty(AppDirectories.PROPERTY);
        System.setProperty(AppDirectories.PROPERTY, dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(AppDirectories.PROPERTY);
        } else {
            System.setProperty(AppDirectories.PROPERTY, previous);
        }
    }

    private static JsonNode costLine(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out()).get("lines").get(0);
    }

    @Test
    void refreshPricesTheA2PoolFromTheSkuFile() throws Exception {
        Path design = dir.resolve("a2.skyloom.json");
        Files.writeString(design, """
                {"skyloom": 1, "name": "A2 in South Carolina", "currency": "USD", "components": [
                  {"id": "gcp", "type": "provider", "name": "Google Cloud", "provider": "gcp"},
                  {"id": "sc", "type": "region", "parent": "gcp", "name": "South Carolina", "region": "us-east1"},
                  {"id": "a2", "type": "gpu-pool", "parent": "sc", "name": "A100", "instanceType": "a2-highgpu-8g",
                   "count": 1, "pricing": "on-demand", "hoursPerMonth": 730}
                ], "connections": []}
                """);
        JsonNode before = costLine(CliRun.of("cost", design.toString(), "--json"));
        assertTrue(before.get("source").asText().contains("GCP-CYCLENERD"), before.toString());

        CliRun refresh = CliRun.of(
                "catalog",
                "refresh",
                CatalogRefreshCommandTest.PRICE_FILES.resolve(GCP).toString());
        assertEquals(0, refresh.code(), refresh.err());
        assertTrue(
                refresh.out()
                        .contains(GCP + " (Google Cloud Billing Catalog): 13 prices applied (on-demand 13),"
                                + " 0 rows not in the catalog"),
                refresh.out());
        assertTrue(
                refresh.out()
                        .contains("effective dates only (no publication date), so applied; snapshot prices changed: "),
                refresh.out());

        // the table names each price's own source: the refreshed on-demand one, the snapshot's spot one
        String row = CliRun.of("catalog", "--provider", "gcp", "--region", "us-east1", "--gpu", "A100")
                .out()
                .lines()
                .filter(l -> l.contains("a2-highgpu-8g"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.contains("overlay " + GCP + ", 2023-03-24 (on-demand); GCP-CYCLENERD"), row);
        assertTrue(row.endsWith("(spot)"), row);

        JsonNode after = costLine(CliRun.of("cost", design.toString(), "--json"));
        assertEquals("overlay " + GCP, after.get("source").asText());
        assertEquals("2023-03-24", after.get("asOf").asText());
        // 96 vCPU × 0.031611 + 680 GiB × 0.004237 + 8 × 2.933908 = 29.38708 per hour, as in the snapshot
        assertEquals(
                0, new BigDecimal("29.38708").compareTo(after.get("unitPrice").decimalValue()), after.toString());
        assertEquals(
                0, new BigDecimal("21452.57").compareTo(after.get("monthly").decimalValue()), after.toString());
        assertEquals(
                0,
                before.get("monthly")
                        .decimalValue()
                        .compareTo(after.get("monthly").decimalValue()));
    }
}
