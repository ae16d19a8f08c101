package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Latency sheet: one row per population with its serving region, round trip, budget and source. */
class LatencySheetTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static XSSFWorkbook export(Design design, Path dir) throws Exception {
        Path file = dir.resolve("costs.xlsx");
        new CostWorkbookExporter()
                .writeFile(
                        WorkbookDataFactory.create(
                                design, CATALOG, new CostEngine(CATALOG).price(design), Checks.runAll(design, CATALOG)),
                        file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void eachPopulationHasARowWithServingRegionRoundTripBudgetAndSource(@TempDir Path dir) throws Exception {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .pool("eu-pool", "fra", "p5.48xlarge", 1)
                .pool("us-pool", "iad", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.REGION)
                .runsOn("serve", "eu-pool")
                .runsOn("serve", "us-pool")
                .users("berlin", "berlin-de", "1", "50")
                .users("nobody", "tokyo-jp", "1", "50")
                .serves("serve", "berlin")
                .build();

        try (XSSFWorkbook wb = export(d, dir)) {
            Sheet sheet = wb.getSheet("Latency");
            assertEquals("Serving region", sheet.getRow(0).getCell(4).getStringCellValue());
            Row berlin = sheet.getRow(1);
            assertEquals("berlin", berlin.getCell(0).getStringCellValue());
            assertEquals("Berlin (DE)", berlin.getCell(1).getStringCellValue());
            assertEquals("eu-pool", berlin.getCell(3).getStringCellValue());
            assertEquals("aws/eu-central-1", berlin.getCell(4).getStringCellValue());
            // Berlin–Frankfurt (GeoNames Berlin, catalog Frankfurt) ≈ 424 km → ~9 ms estimated
            assertEquals(9, berlin.getCell(5).getNumericCellValue(), 0.0);
            assertEquals("~", berlin.getCell(6).getStringCellValue());
            assertEquals(50, berlin.getCell(7).getNumericCellValue(), 0.0);
            assertEquals("within budget", berlin.getCell(8).getStringCellValue());
            assertEquals(
                    "great-circle estimate (× 2.1 ÷ c/1.467)", berlin.getCell(9).getStringCellValue());
            Row nobody = sheet.getRow(2);
            assertEquals("unknown", nobody.getCell(5).getStringCellValue());
            assertEquals("not served", nobody.getCell(8).getStringCellValue());
        }
    }

    @Test
    void aDesignWithoutPopulationsHasNoLatencySheet(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = export(TestDesigns.euTraining(), dir)) {
            assertNull(wb.getSheet("Latency"));
        }
    }
}
