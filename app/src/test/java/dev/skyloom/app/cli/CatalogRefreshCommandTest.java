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
 * pricefiles/README.md): published 2023-03-22, it is older than the snapshot's EBS gp3 source (2026-01-20),
 * so by default the snapshot price stays and the refresh and {@code catalog --overlay} say so; with
 * {@code --accept-older} the EBS gp3 price of us-east-2 then comes from that file, in catalog, cost and the
 * workbook; {@code --no-overlay} goes back to the snapshot; {@code --clear} removes the overlay; a bad file
 * writes nothing.
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

        CliRun refresh = CliRun.of(
                "catalog", "refresh", "--accept-older", PRICE_FILES.resolve(AWS).toString());
        assertEquals(0, refresh.code(), refresh.err());
        assertTrue(
                refresh.out()
                        .contains(AWS
                                + " (AWS offer file (JSON)): 1 price applied (storage 1), 1 row not in the catalog"),
                refresh.out());
        assertTrue(
                refresh.out()
                        .contains("1 price older than the snapshot's applied by --accept-older"
                                + " (file published 2023-03-22, snapshot prices dated 2026-01-20)"),
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
        assertTrue(
                overlay.out().contains(AWS + "  published 2023-03-22  effective 2023-03-01  refreshed "),
                overlay.out());
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
    void anOlderFileKeepsTheNewerSnapshotPriceAndSaysSo() throws Exception {
        Path design = design();
        JsonNode before = costLine(CliRun.of("cost", design.toString(), "--json"));

        CliRun refresh =
                CliRun.of("catalog", "refresh", PRICE_FILES.resolve(AWS).toString());

        assertEquals(0, refresh.code(), refresh.err());
        String kept = "1 price older than the snapshot's was not applied (file published 2023-03-22,"
                + " snapshot prices dated 2026-01-20); --accept-older applies them";
        assertTrue(
                refresh.out().contains(AWS + " (AWS offer file (JSON)): 0 prices applied, 1 row not in the catalog"),
                refresh.out());
        assertTrue(refresh.out().contains(kept), refresh.out());
        assertTrue(refresh.out().contains(": 1 price from 1 file, 0 in use"), refresh.out());
        JsonNode after = costLine(CliRun.of("cost", design.toString(), "--json"));
        assertEquals(before, after, "the snapshot's newer price is kept");
        assertFalse(CliRun.of("catalog", "--sources").out().contains("overlay " + AWS));

        CliRun overlay = CliRun.of("catalog", "--overlay");
        assertTrue(overlay.out().contains(AWS + "  published 2023-03-22  effective 2023-03-01"), overlay.out());
        assertTrue(overlay.out().contains(kept), overlay.out());
        JsonNode json = new ObjectMapper()
                .readTree(CliRun.of("catalog", "--overlay", "--json").out())
                .get("sources")
                .get(0);
        assertEquals(AWS, json.get("file").asText());
        assertEquals("2023-03-22", json.get("published").asText());
        assertEquals(0, json.get("applied").asInt());
        assertEquals(1, json.get("notAppliedOlderThanSnapshot").asInt());
        assertEquals("2026-01-20", json.get("snapshotDatesOfOlder").asText());
    }

    @Test
    void clearRemovesTheOverlayAndSaysWhatItHeld() throws Exception {
        Path overlayFile = dir.resolve("data").resolve(CatalogOverlay.FILE_NAME);
        CliRun none = CliRun.of("catalog", "refresh", "--clear");
        assertEquals(0, none.code(), none.err());
        assertEquals(1, none.out().strip().lines().count(), none.out());
        assertTrue(none.out().contains("no refreshed prices to remove"), none.out());

        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "refresh",
                                "--accept-older",
                                PRICE_FILES.resolve(AWS).toString())
                        .code());
        assertTrue(Files.exists(overlayFile));
        Path design = design();
        assertEquals(
                "overlay " + AWS,
                costLine(CliRun.of("cost", design.toString(), "--json"))
                        .get("source")
                        .asText());

        CliRun clear = CliRun.of("catalog", "refresh", "--clear");

        assertEquals(0, clear.code(), clear.err());
        assertTrue(clear.out().contains("removed " + overlayFile + ": 1 price from " + AWS), clear.out());
        assertFalse(Files.exists(overlayFile));
        assertFalse(costLine(CliRun.of("cost", design.toString(), "--json"))
                .get("source")
                .asText()
                .startsWith("overlay"));

        CliRun both = CliRun.of(
                "catalog", "refresh", "--clear", PRICE_FILES.resolve(AWS).toString());
        assertEquals(2, both.code());
        assertEquals(1, both.err().strip().lines().count(), both.err());
        assertFalse(Files.exists(overlayFile), "a refused --clear writes nothing");
        CliRun nothing = CliRun.of("catalog", "refresh");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("--clear"), nothing.err());
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
