package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.catalog.ProviderPriceFiles;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook line of a reserved-1y pool priced from a provider's reservation row: the list price is that
 * reservation price, no discount is taken off it, and the line names the file and its effective date. The
 * row is Microsoft's documented example (catalog test resources, pricefiles/README.md); no real reservation
 * row of a GPU size the catalog lists was found, so its VM size is added to a copy of the catalog.
 */
class ReservationPriceWorkbookTest {
    private static final String FILE = "azure-retail-prices-example-reservation.json";
    private static final Path AZURE = Path.of("../catalog/src/test/resources/dev/skyloom/catalog/pricefiles/" + FILE);

    private static Row find(Sheet sheet, String id) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void theLineUsesTheReservationPriceAndNamesItsFileAndDate(@TempDir Path dir) throws Exception {
        Catalog base = TinyCatalog.withAzureSize(CatalogLoader.bundled(), "Standard_E64_v4");
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(base, AZURE, LocalDate.of(2026, 12, 2));
        Catalog catalog = new CatalogOverlay(read.prices()).applyTo(base);
        Design design = new DesignBuilder()
                .provider("azure", "azure")
                .region("scus", "azure", "southcentralus")
                .pool("mem", "scus", "Standard_E64_v4", 2, Pricing.RESERVED_1Y)
                .build();
        CostReport report = new CostEngine(catalog).price(design);
        Path file = dir.resolve("costs.xlsx");
        new CostWorkbookExporter()
                .writeFile(WorkbookDataFactory.create(design, catalog, report, Checks.runAll(design, catalog)), file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = find(wb.getSheet(CostWorkbookExporter.LINE_ITEMS), "mem");
            assertEquals("reserved-1y", r.getCell(6).getStringCellValue());
            // 25,007 USD for the year ÷ 8,760 hours, with nothing taken off
            assertEquals(2.8546803653, r.getCell(9).getNumericCellValue(), 1e-12);
            assertNotEquals(CellType.FORMULA, r.getCell(10).getCellType(), "no discount assumption referenced");
            assertEquals(0.0, r.getCell(10).getNumericCellValue());
            assertEquals(
                    report.line("mem").orElseThrow().monthly().orElseThrow().doubleValue(),
                    r.getCell(15).getNumericCellValue(),
                    1e-9);
            assertEquals("overlay " + FILE, r.getCell(18).getStringCellValue());
            assertEquals("2020-08-01", r.getCell(19).getStringCellValue());
            String note = r.getCell(20).getStringCellValue();
            assertTrue(note.startsWith("reservation price from overlay " + FILE + ", effective 2020-08-01"), note);
            assertTrue(!note.contains("assumed discount"), note);
        }
    }
}
