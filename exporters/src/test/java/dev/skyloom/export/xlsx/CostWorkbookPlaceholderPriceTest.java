package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GCP TPU v6e pool in us-central2, where the catalog's source gives a placeholder 700 per slice-hour:
 * its workbook line says the price is withheld and why, and carries no amount (neither 700 nor 0).
 */
class CostWorkbookPlaceholderPriceTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void theLineSaysPriceWithheldWithTheReasonAndHasNoAmount(@TempDir Path dir) throws Exception {
        Design design = TestDesigns.design(
                "TPU in us-central2",
                List.of(
                        TestDesigns.provider("gcp", "gcp"),
                        TestDesigns.region("usc2", "gcp", "us-central2"),
                        TestDesigns.pool("tpu", "usc2", "tpu-v6e-8", 4)),
                List.of());
        CostReport report = new CostEngine(CATALOG).price(design);
        assertEquals(List.of("tpu"), report.unpriced());
        Path file = dir.resolve("costs.xlsx");
        new CostWorkbookExporter()
                .writeFile(WorkbookDataFactory.create(design, CATALOG, report, Checks.runAll(design, CATALOG)), file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row line = null;
            for (Row r : wb.getSheet("Line items")) {
                Cell c = r.getCell(0);
                if (c != null
                        && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals("tpu")) {
                    line = r;
                }
            }
            assertTrue(line != null, "no line for the pool");
            boolean reason = false;
            for (Cell c : line) {
                if (c.getCellType() == CellType.STRING) {
                    reason |= c.getStringCellValue()
                            .startsWith("unpriced: price on request (price withheld: the source gives 700 USD per");
                } else if (c.getCellType() == CellType.NUMERIC) {
                    double v = c.getNumericCellValue();
                    assertFalse(v == 700 || v == 0, "amount " + v + " in column " + c.getColumnIndex());
                }
            }
            assertTrue(reason, "the line names the withheld price and its reason");
        }
    }
}
