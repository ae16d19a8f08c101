package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.app.service.AppDirectories;
import dev.skyloom.catalog.CatalogOverlay;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog refresh} on a real excerpt of an AWS offer file (catalog test resources,
 * pricefiles/README.md): the EBS gp3 price of us-east-2 then comes from that file, in catalog, cost and
 * the workbook; {@code --no-overlay} goes back to the snapshot; a bad file writes nothing.
 */
class CatalogRefreshCommandTest {
    static final Path PRICE_FILES = Path.of("../catalog/src/test/resources/dev/skyloom/catalog/pricefiles");
    static final String AWS = "aws-ec2-us-east-2-opencost-excerpt.json";

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

    private Path design() throws Exception {
        Path file = dir.resolve("ohio.skyloom.json");
        Files.writeString(file, """
                {"skyloom": 1, "name": "Ohio volumes", "currency": "USD", "components": [
                  {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
                  {"id": "ohio", "type": "region", "parent": "aws", "name": "Ohio", "region": "us-east-2"},
                  {"id": "vol", "type": "storage", "parent": "ohio", "name": "Volumes", "storageClass": "EBS gp3", "capacityTb": 10}
                ], "connections": []}
                """);
        return file;
    }

    private static JsonNode costLine(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out()).get("lines").get(0);
    }

    @Test
    void refreshChangesTheMatchingPriceEverywhereAndNoOverlayGoesBack() throws Exception {
        Path design = design();
        JsonNode before = costLine(CliRun.of("cost", design.toString(), "--json"));
        assertTrue(before.get("estimate").asBoolean(), "snapshot: the us-east-1 reference price");

        CliRun refresh =
                CliRun.of("catalog", "refresh", PRICE_FILES.resolve(AWS).toString());
        assertEquals(0, refresh.code(), refresh.err());
        assertTrue(
                refresh.out()
                        .contains(AWS
                                + " (AWS offer file (JSON)): 1 price applied (storage 1), 1 row not in the catalog"),
                refresh.out());
        assertTrue(Files.exists(dir.resolve("data").resolve(CatalogOverlay.FILE_NAME)));

        JsonNode after = costLine(CliRun.of("cost", design.toString(), "--json"));
        assertEquals("overlay " + AWS, after.get("source").asText());
        assertEquals("2023-03-01", after.get("asOf").asText());
        assertFalse(after.get("estimate").asBoolean());
        assertEquals(
                0,
                new java.math.BigDecimal("800").compareTo(after.get("monthly").decimalValue())); // 10 TB × 1000 × 0.08

        JsonNode snapshot = costLine(CliRun.of("cost", design.toString(), "--json", "--no-overlay"));
        assertEquals(before.get("source").asText(), snapshot.get("source").asText());

        CliRun overlay = CliRun.of("catalog", "--overlay");
        assertTrue(overlay.out().contains(AWS + "  effective 2023-03-01  refreshed "), overlay.out());
        CliRun sources = CliRun.of("catalog", "--sources");
        assertTrue(
                sources.out().lines().anyMatch(l -> l.startsWith("overlay " + AWS) && l.contains("2023-03-01")),
                sources.out());
        assertFalse(CliRun.of("catalog", "--sources", "--no-overlay").out().contains("overlay " + AWS));

        Path xlsx = dir.resolve("cost.xlsx");
        CliRun export = CliRun.of("export", design.toString(), "--xlsx", xlsx.toString());
        assertEquals(0, export.code(), export.err());
        String cells = cellText(xlsx);
        assertTrue(
                cells.contains("overlay " + AWS) && cells.contains("2023-03-01"), "workbook names the file and date");
    }

    @Test
    void aBadFileRefusesTheWholeRefreshAndWritesNothing() throws Exception {
        String text = Files.readString(PRICE_FILES.resolve(AWS), StandardCharsets.UTF_8);
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, text.substring(0, text.length() / 2));

        CliRun r = CliRun.of("catalog", "refresh", PRICE_FILES.resolve(AWS).toString(), cut.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("cut.json:") && r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(dir.resolve("data").resolve(CatalogOverlay.FILE_NAME)));
    }

    private static String cellText(Path xlsx) throws Exception {
        StringBuilder b = new StringBuilder();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        b.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
