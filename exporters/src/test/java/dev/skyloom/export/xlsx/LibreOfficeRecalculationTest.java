package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real spreadsheet engine recalculates the workbook; its totals must equal the engine's to the cent. */
class LibreOfficeRecalculationTest {
    private static Row find(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static double value(Row r, int col) {
        Cell c = r.getCell(col);
        return c.getCellType() == CellType.FORMULA ? c.getNumericCellValue() : c.getNumericCellValue();
    }

    /** Writes a workbook whose cached values are all wrong, so only a real recalculation gives the right totals. */
    private static Path staleWorkbook(WorkbookData data, Path dir) throws Exception {
        Path file = dir.resolve("costs.xlsx");
        new CostWorkbookExporter().writeFile(data, file);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            c.setCellValue(999_999.0);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("stale.xlsx"))) {
                wb.write(out);
            }
        }
        return dir.resolve("stale.xlsx");
    }

    @Test
    void recalculatedTotalsEqualTheCostEngineToTheCent(@TempDir Path dir) throws Exception {
        WorkbookData data = WorkbookFixtures.data();
        Path recalculated = LibreOffice.recalculate(staleWorkbook(data, dir), dir);
        try (InputStream in = Files.newInputStream(recalculated);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            BigDecimal total = SummarySheet.sum(data.lines()).add(SummarySheet.sum(data.transfers()));
            assertEquals(total.doubleValue(), value(find(summary, "Total"), 1), 0.001);
            assertEquals(total.multiply(BigDecimal.valueOf(12)).doubleValue(), value(find(summary, "Total"), 2), 0.001);
            assertEquals(2, value(find(summary, "Total"), 3));
            assertEquals(byProvider(data, "aws").doubleValue(), value(find(summary, "aws"), 1), 0.001);
            assertEquals(byProvider(data, "gcp").doubleValue(), value(find(summary, "gcp"), 1), 0.001);
            // lambda's lines are all unpriced: "unpriced" after recalculation too, not 0
            assertEquals("unpriced", find(summary, "lambda").getCell(1).getStringCellValue());
            assertEquals(2, value(find(summary, "lambda"), 3));
            Sheet lines = wb.getSheet("Line items");
            for (WorkbookData.Line l : data.lines()) {
                Row r = find(lines, l.id());
                if (l.priced()) {
                    assertEquals(l.monthly().get().doubleValue(), value(r, 15), 0.0001, l.id());
                } else {
                    assertEquals("unpriced", r.getCell(15).getStringCellValue());
                }
            }
        }
    }

    @Test
    void editingAnAssumptionUpdatesEveryTotal(@TempDir Path dir) throws Exception {
        WorkbookData data = WorkbookFixtures.data();
        Path file = staleWorkbook(data, dir);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Assumptions").getRow(2).getCell(1).setCellValue(365); // hours per month
            wb.getSheet("Assumptions").getRow(3).getCell(1).setCellValue(0.5); // reserved 1y discount
            try (OutputStream out = Files.newOutputStream(dir.resolve("edited.xlsx"))) {
                wb.write(out);
            }
        }
        Path recalculated = LibreOffice.recalculate(dir.resolve("edited.xlsx"), dir);
        BigDecimal expected = BigDecimal.ZERO;
        for (WorkbookData.Line l : data.lines()) {
            if (!l.priced()) {
                continue;
            }
            BigDecimal discount = l.discount() == WorkbookData.Discount.RESERVED_1Y
                    ? new BigDecimal("0.5")
                    : l.discount() == WorkbookData.Discount.RESERVED_3Y ? WorkbookFixtures.R3Y : BigDecimal.ZERO;
            BigDecimal hours = l.hoursFromAssumptions() ? BigDecimal.valueOf(365) : l.multiplier();
            expected = expected.add(l.quantity()
                    .multiply(l.listPrice().get())
                    .multiply(BigDecimal.ONE.subtract(discount))
                    .multiply(hours)
                    .setScale(2, RoundingMode.HALF_UP));
        }
        expected = expected.add(SummarySheet.sum(data.transfers()));
        try (InputStream in = Files.newInputStream(recalculated);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(expected.doubleValue(), value(find(wb.getSheet("Summary"), "Total"), 1), 0.001);
        }
    }

    private static BigDecimal byProvider(WorkbookData data, String provider) {
        BigDecimal t = BigDecimal.ZERO;
        for (WorkbookData.Line l : data.lines()) {
            if (l.provider().equals(provider) && l.priced()) {
                t = t.add(l.monthly().get());
            }
        }
        for (WorkbookData.Line l : data.transfers()) {
            if (l.provider().equals(provider) && l.priced()) {
                t = t.add(l.monthly().get());
            }
        }
        return t;
    }
}
