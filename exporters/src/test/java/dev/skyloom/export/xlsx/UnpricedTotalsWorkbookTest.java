package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AWS p6e-gb200 pool is sold through capacity blocks only (price on request in the bundled catalog): a
 * workbook whose lines are all such reads "unpriced" in its totals, never 0.00, with the count of unpriced
 * lines beside them; with one priced pool more, the totals stay live formulas and the count is beside them.
 */
class UnpricedTotalsWorkbookTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Design design(boolean withPricedPool) {
        List<Component> components = new ArrayList<>(List.of(
                TestDesigns.provider("aws", "aws"),
                TestDesigns.region("use1", "aws", "us-east-1"),
                TestDesigns.pool("gb200", "use1", "p6e-gb200.36xlarge", 1)));
        if (withPricedPool) {
            components.add(TestDesigns.pool("h100", "use1", "p5.48xlarge", 2));
        }
        return TestDesigns.design(withPricedPool ? "Mixed" : "Only unpriced", components, List.of());
    }

    private static XSSFWorkbook export(Design design, Optional<WorkbookBaseline> baseline, Path dir) throws Exception {
        CostReport report = new CostEngine(CATALOG).price(design);
        Path file = dir.resolve("costs.xlsx");
        CostWorkbookExporter exporter = baseline.map(CostWorkbookExporter::new).orElseGet(CostWorkbookExporter::new);
        exporter.writeFile(WorkbookDataFactory.create(design, CATALOG, report, Checks.runAll(design, CATALOG)), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void allUnpricedTotalsReadUnpricedWithTheirCount(@TempDir Path dir) throws Exception {
        assertEquals(
                List.of("gb200"), new CostEngine(CATALOG).price(design(false)).unpriced());
        try (XSSFWorkbook wb = export(design(false), Optional.empty(), dir)) {
            Sheet summary = wb.getSheet("Summary");
            for (String label : List.of("Total", "aws", "gpu")) {
                Row r = row(summary, label);
                assertEquals("unpriced", text(r.getCell(1)), label + " monthly");
                assertEquals("unpriced", text(r.getCell(2)), label + " annual");
                assertEquals(1.0, r.getCell(3).getNumericCellValue(), label + " unpriced lines");
            }
            // by region: provider, region, then monthly, annual, unpriced lines
            Row region = rowWith(summary, "us-east-1", 1);
            assertEquals("unpriced", text(region.getCell(2)));
            assertEquals("unpriced", text(region.getCell(3)));
            assertEquals(1.0, region.getCell(4).getNumericCellValue());
            noZeroAmount(summary);
        }
    }

    @Test
    void partlyPricedTotalsStayFormulasWithTheUnpricedCountBeside(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = export(design(true), Optional.empty(), dir)) {
            Sheet summary = wb.getSheet("Summary");
            Row total = row(summary, "Total");
            assertEquals(CellType.FORMULA, total.getCell(1).getCellType());
            assertEquals(80358.40, total.getCell(1).getNumericCellValue(), 0.001);
            assertEquals(1.0, total.getCell(3).getNumericCellValue());
            Row aws = row(summary, "aws");
            assertEquals(CellType.FORMULA, aws.getCell(1).getCellType());
            assertEquals(1.0, aws.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void comparisonWithAnAllUnpricedBaselineSaysUnpricedAndHasNoChange(@TempDir Path dir) throws Exception {
        CostReport base = new CostEngine(CATALOG).price(design(false));
        try (XSSFWorkbook wb =
                export(design(true), Optional.of(new WorkbookBaseline("base.skyloom.json", base)), dir)) {
            Sheet cmp = wb.getSheet("Comparison");
            Row monthly = rowStarting(cmp, "Monthly");
            assertEquals("unpriced", text(monthly.getCell(1)), "baseline monthly");
            assertEquals(80358.40, monthly.getCell(2).getNumericCellValue(), 0.001);
            assertEquals("unpriced", text(monthly.getCell(3)), "change");
            Row annual = rowStarting(cmp, "Annual");
            assertEquals("unpriced", text(annual.getCell(1)));
            assertEquals("unpriced", text(annual.getCell(3)));
        }
    }

    @Test
    void assumptionsSayAssumedDiscountForBothTermsAndDaysAreCounted(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook wb = export(design(true), Optional.empty(), dir)) {
            Sheet a = wb.getSheet("Assumptions");
            for (String term : List.of("reserved-1y", "reserved-3y")) {
                Row r = rowStarting(a, "Reserved-" + term.substring(9) + " assumed discount");
                assertTrue(
                        text(r.getCell(2))
                                .startsWith("Off on-demand for " + term + " pools without a reservation"
                                        + " price in the catalog (their lines say \"assumed discount\")"),
                        text(r.getCell(2)));
            }
            String note = text(rowStarting(a, "Catalog date").getCell(2));
            assertTrue(note.matches(".*\\(\\d+ days?\\)\\..*"), note);
            assertTrue(!note.contains("(1 days)"), note);
        }
    }

    private static void noZeroAmount(Sheet summary) {
        for (Row r : summary) {
            for (Cell c : r) {
                if (c.getColumnIndex() > 0 && c.getColumnIndex() < 4 && c.getCellType() == CellType.FORMULA) {
                    String f = c.getCellFormula();
                    if (!f.contains("COUNTIF") && !f.contains("\"unpriced\"))")) {
                        assertTrue(c.getNumericCellValue() != 0.0, "0.00 amount at " + c.getAddress());
                    }
                }
            }
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? String.valueOf(c) : c.getStringCellValue();
    }

    private static Row row(Sheet s, String first) {
        return rowWith(s, first, 0);
    }

    private static Row rowWith(Sheet s, String value, int col) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " in column " + col + " of " + s.getSheetName());
    }

    private static Row rowStarting(Sheet s, String prefix) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row starting " + prefix + " in " + s.getSheetName());
    }
}
