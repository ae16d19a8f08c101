package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of real cost reports: formulas split out the assumptions and add up to the engine's totals. */
class EngineWorkbookTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

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

    private static Path export(Design design, Path dir) {
        CostReport report = new CostEngine(CATALOG).price(design);
        List<Finding> findings = Checks.runAll(design, CATALOG);
        Path file = dir.resolve("costs.xlsx");
        new CostWorkbookExporter().writeFile(WorkbookDataFactory.create(design, CATALOG, report, findings), file);
        return file;
    }

    @Test
    void reservedPoolShowsTheOnDemandListPriceAndReferencesTheDiscountAssumption(@TempDir Path dir) throws Exception {
        Design design = TestDesigns.euTraining();
        CostLine reserved =
                new CostEngine(CATALOG).price(design).line("train-dr").orElseThrow();
        BigDecimal onDemand = CATALOG.offering("aws", "p4d.24xlarge")
                .orElseThrow()
                .pricesIn("eu-west-1")
                .orElseThrow()
                .onDemand()
                .orElseThrow()
                .amount();
        try (InputStream in = Files.newInputStream(export(design, dir));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = find(wb.getSheet("Line items"), "train-dr");
            assertEquals(onDemand.doubleValue(), r.getCell(9).getNumericCellValue(), 1e-12);
            assertEquals("Reserved1yDiscount", r.getCell(10).getCellFormula());
            assertEquals("HoursPerMonth", r.getCell(13).getCellFormula());
            assertEquals(
                    reserved.monthly().orElseThrow().doubleValue(),
                    r.getCell(15).getNumericCellValue(),
                    1e-9);
            assertEquals("reserved-1y", r.getCell(6).getStringCellValue());
            assertEquals(
                    Checks.runAll(design, CATALOG).size(),
                    wb.getSheet("Findings").getLastRowNum());
        }
    }

    @Test
    void realSpreadsheetRecalculationMatchesTheCostEngineToTheCent(@TempDir Path dir) throws Exception {
        for (Design design : List.of(TestDesigns.euTraining(), GeneratedDesigns.regionChain(300))) {
            Path work = Files.createDirectories(
                    dir.resolve(String.valueOf(design.components().size())));
            CostReport report = new CostEngine(CATALOG).price(design);
            Path recalculated = LibreOffice.recalculate(export(design, work), work);
            try (InputStream in = Files.newInputStream(recalculated);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet summary = wb.getSheet("Summary");
                Row total = find(summary, "Total");
                assertEquals(
                        report.monthly().doubleValue(), total.getCell(1).getNumericCellValue(), 0.001, design.name());
                assertEquals(report.annual().doubleValue(), total.getCell(2).getNumericCellValue(), 0.001);
                assertEquals(report.unpriced().size(), (int) total.getCell(3).getNumericCellValue());
                for (Map.Entry<String, BigDecimal> e : report.byProvider().entrySet()) {
                    assertEquals(
                            e.getValue().doubleValue(),
                            find(summary, e.getKey()).getCell(1).getNumericCellValue(),
                            0.001,
                            e.getKey());
                }
                assertTrue(report.lines().stream()
                        .anyMatch(l -> l.category().json().equals("transfer") && l.isPriced()));
            }
        }
    }

    @Test
    void aCategoryWithNoPricedLineSaysUnpricedRatherThanZero(@TempDir Path dir) throws Exception {
        int allUnpriced = 0;
        Map<String, Design> designs = new java.util.LinkedHashMap<>();
        for (Path example : dev.skyloom.model.fixtures.ExampleFiles.all()) {
            designs.put(example.getFileName().toString(), dev.skyloom.model.file.DesignFile.read(example));
        }
        // a GPU type the catalog does not know: the gpu category has only an unpriced line
        designs.put(
                "unknown-gpu",
                TestDesigns.design(
                        "Unknown GPU",
                        List.of(
                                TestDesigns.provider("aws", "aws"),
                                TestDesigns.region("use1", "aws", "us-east-1"),
                                TestDesigns.pool("mystery", "use1", "no-such-type", 2)),
                        List.of()));
        for (Map.Entry<String, Design> named : designs.entrySet()) {
            Design design = named.getValue();
            CostReport report = new CostEngine(CATALOG).price(design);
            WorkbookData data = WorkbookDataFactory.create(design, CATALOG, report, Checks.runAll(design, CATALOG));
            Path file = Files.createDirectories(dir.resolve(named.getKey())).resolve("costs.xlsx");
            new CostWorkbookExporter().writeFile(data, file);
            Map<String, List<WorkbookData.Line>> byCategory = new java.util.LinkedHashMap<>();
            for (WorkbookData.Line l : data.lines()) {
                byCategory
                        .computeIfAbsent(l.category(), k -> new java.util.ArrayList<>())
                        .add(l);
            }
            if (!data.transfers().isEmpty()) {
                byCategory.put("transfer", data.transfers());
            }
            try (InputStream in = Files.newInputStream(file);
                    XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet summary = wb.getSheet("Summary");
                for (Map.Entry<String, List<WorkbookData.Line>> e : byCategory.entrySet()) {
                    Row row = find(summary, e.getKey());
                    String where = named.getKey() + " " + e.getKey();
                    if (e.getValue().stream().noneMatch(WorkbookData.Line::priced)) {
                        allUnpriced++;
                        assertEquals("unpriced", row.getCell(1).getStringCellValue(), where);
                        assertEquals("unpriced", row.getCell(2).getStringCellValue(), where);
                    } else {
                        assertEquals(CellType.FORMULA, row.getCell(1).getCellType(), where);
                    }
                    assertEquals(
                            e.getValue().stream().filter(l -> !l.priced()).count(),
                            (long) row.getCell(3).getNumericCellValue(),
                            where);
                }
            }
        }
        assertTrue(allUnpriced > 0, "some example has a category with no priced line");
    }

    @Test
    void theAssumptionsSheetSaysHowOldTheOldestCatalogPriceUsedIs(@TempDir Path dir) throws Exception {
        Design design = TestDesigns.euTraining();
        CostReport report = new CostEngine(CATALOG).price(design);
        java.util.Optional<java.time.LocalDate> oldest = dev.skyloom.model.cost.PriceAge.of(
                        CATALOG.snapshotDate(), report, java.time.LocalDate.now())
                .oldestPrice();
        try (InputStream in = Files.newInputStream(export(design, dir));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row r = find(wb.getSheet("Assumptions"), "Catalog date");
            assertEquals("2026-12-02", r.getCell(1).getStringCellValue());
            assertTrue(
                    r.getCell(2).getStringCellValue().contains("Oldest catalog price used: " + oldest.orElseThrow()),
                    r.getCell(2).getStringCellValue());
        }
    }

    /**
     * The catalog sources on the Assumptions sheet: an origin or licence longer than its column wraps in
     * it; unwrapped, the next column cut it ("GitHub Cyclenerd/google-cloud-pr" then the licence).
     */
    @Test
    void longSourceOriginsAndLicencesWrapInsteadOfBeingCut(@TempDir Path dir) throws Exception {
        try (InputStream in = Files.newInputStream(export(TestDesigns.euTraining(), dir));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Assumptions");
            int header = find(sheet, "Catalog source").getRowNum();
            int checked = 0;
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                for (int col = 1; col <= 2; col++) {
                    Cell c = r.getCell(col);
                    int columnChars = sheet.getColumnWidth(col) / 256;
                    if (c != null && c.getStringCellValue().length() > columnChars) {
                        checked++;
                        assertTrue(
                                r.getHeightInPoints() >= 2 * sheet.getDefaultRowHeightInPoints(),
                                "a wrapped row is tall enough for its lines, not drawn over the next row");
                        assertTrue(
                                c.getCellStyle().getWrapText(),
                                r.getCell(0).getStringCellValue() + ": '" + c.getStringCellValue()
                                        + "' is longer than its column and not wrapped");
                    }
                }
            }
            assertTrue(checked > 0, "the bundled catalog has long origins");
        }
    }
}
