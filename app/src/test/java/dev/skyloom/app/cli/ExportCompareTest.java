package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --xlsx OUT --compare BASE}: the Comparison sheet, read back and recalculated by POI. */
class ExportCompareTest {
    @TempDir
    Path dir;

    private XSSFWorkbook export(String pair) throws Exception {
        Path out = dir.resolve(pair + ".xlsx");
        CliRun r = CliRun.of(
                "export",
                DiffCommandTest.head(pair),
                "--xlsx",
                out.toString(),
                "--compare",
                DiffCommandTest.base(pair));
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row row(Sheet s, String id) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (r.getRowNum() >= 9
                    && c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void comparisonSheetHasBothTotalsAndLiveLineDeltas() throws Exception {
        try (XSSFWorkbook wb = export("single-provider.count")) {
            Sheet s = wb.getSheetAt(1);
            assertEquals("Comparison", s.getSheetName());
            // cached values: the engine's totals (README of the diff goldens: +40,179.20 a month)
            assertEquals("SUM(F10:F19)", s.getRow(4).getCell(1).getCellFormula());
            assertEquals(235956.80, s.getRow(4).getCell(1).getNumericCellValue(), 0.001);
            assertEquals(276136.00, s.getRow(4).getCell(2).getNumericCellValue(), 0.001);
            Row serve = row(s, "serve-iad");
            assertEquals("changed", serve.getCell(4).getStringCellValue());
            assertEquals(80358.40, serve.getCell(5).getNumericCellValue(), 0.001);
            assertTrue(
                    serve.getCell(6).getCellFormula().startsWith("'Line items'!P"),
                    serve.getCell(6).getCellFormula());
            assertEquals(
                    "G" + (serve.getRowNum() + 1) + "-F" + (serve.getRowNum() + 1),
                    serve.getCell(7).getCellFormula());

            // recalculated from the formulas, the same figures
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();

            assertEquals(40179.20, evaluator.evaluate(serve.getCell(7)).getNumberValue(), 0.001);
            assertEquals(40179.20, evaluator.evaluate(s.getRow(4).getCell(3)).getNumberValue(), 0.001);
            assertEquals(
                    12 * 40179.20, evaluator.evaluate(s.getRow(5).getCell(3)).getNumberValue(), 0.001);

            // live: halve the default hours on Assumptions; this design's side follows, the baseline's is fixed
            wb.getName("HoursPerMonth").getRefersToFormula();
            Sheet assumptions = wb.getSheet("Assumptions");
            Cell hours = assumptions.getRow(2).getCell(1);
            assertEquals(730, hours.getNumericCellValue(), 0.001);
            hours.setCellValue(365);
            evaluator.clearAllCachedResultValues();
            assertEquals(80358.40, evaluator.evaluate(serve.getCell(5)).getNumberValue(), 0.001);
            assertEquals(60268.80, evaluator.evaluate(serve.getCell(6)).getNumberValue(), 0.001);
            assertEquals(
                    60268.80 - 80358.40, evaluator.evaluate(serve.getCell(7)).getNumberValue(), 0.001);
        }
    }

    @Test
    void newAndUnpricedLinesAreMarkedAndCountedNotSummedAsZero() throws Exception {
        try (XSSFWorkbook wb = export("global-inference.replica")) {
            Sheet s = wb.getSheet("Comparison");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();

            // totals equal the diff's (see the diff goldens): 320,670.95 → 321,282.95, one unpriced line each side
            assertEquals(320670.95, evaluator.evaluate(s.getRow(4).getCell(1)).getNumberValue(), 0.001);
            assertEquals(321282.95, evaluator.evaluate(s.getRow(4).getCell(2)).getNumberValue(), 0.001);
            assertEquals(1, evaluator.evaluate(s.getRow(6).getCell(1)).getNumberValue(), 0.001);
            assertEquals(1, evaluator.evaluate(s.getRow(6).getCell(2)).getNumberValue(), 0.001);
            Row added = row(s, "sessions-weu");
            assertEquals("new", added.getCell(4).getStringCellValue());
            assertEquals(552.00, evaluator.evaluate(added.getCell(7)).getNumberValue(), 0.001);
            boolean unpricedRow = false;
            for (Row r : s) {
                if (r.getRowNum() >= 9 && r.getCell(5) != null && r.getCell(5).getCellType() == CellType.STRING) {
                    assertEquals("unpriced", r.getCell(5).getStringCellValue());
                    assertEquals("unpriced", r.getCell(7).getStringCellValue());
                    unpricedRow = true;
                }
            }
            assertTrue(unpricedRow);
        }
    }

    @Test
    void compareWithoutXlsxIsAUsageError() {
        CliRun r = CliRun.of(
                "export",
                CliRun.example("single-provider"),
                "--svg",
                dir.resolve("x.svg").toString(),
                "--compare",
                CliRun.example("single-provider"));

        assertEquals(2, r.code());
        assertTrue(r.err().contains("--compare needs --xlsx"), r.err());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }

    @Test
    void aBadBaselineWritesNothing() {
        Path out = dir.resolve("out.xlsx");
        CliRun r = CliRun.of(
                "export",
                CliRun.example("single-provider"),
                "--xlsx",
                out.toString(),
                "--compare",
                "missing.skyloom.json");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("missing.skyloom.json"), r.err());
        assertFalse(Files.exists(out));
    }
}
