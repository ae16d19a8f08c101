package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.ExportResult;
import dev.skyloom.model.fixtures.HostileText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostWorkbookExporterTest {
    private final CostWorkbookExporter exporter = new CostWorkbookExporter();

    private XSSFWorkbook export(WorkbookData data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(data, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row find(Sheet sheet, String id) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " in " + sheet.getSheetName());
    }

    private static double cached(Cell c) {
        assertEquals(CellType.FORMULA, c.getCellType());
        return c.getNumericCellValue();
    }

    @Test
    void hasTheFiveSheetsInReadingOrder() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            assertEquals(5, wb.getNumberOfSheets());
            List<String> names = List.of("Summary", "Line items", "Transfer", "Assumptions", "Findings");
            for (int i = 0; i < names.size(); i++) {
                assertEquals(names.get(i), wb.getSheetName(i));
            }
            assertTrue(wb.getForceFormulaRecalculation());
        }
    }

    @Test
    void lineItemsAreLiveFormulasReferencingTheAssumptions() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            Sheet li = wb.getSheet("Line items");
            Row train = find(li, "train");
            int n = train.getRowNum() + 1;
            assertEquals("J" + n + "*(1-K" + n + ")", train.getCell(11).getCellFormula());
            assertEquals("HoursPerMonth", train.getCell(13).getCellFormula());
            assertEquals(
                    "ROUND(H" + n + "*L" + n + "*N" + n + ",2)",
                    train.getCell(15).getCellFormula());
            assertEquals("P" + n + "*12", train.getCell(16).getCellFormula());
            assertEquals(4 * 98.32 * 730, cached(train.getCell(15)), 1e-9);
            Row infer = find(li, "infer");
            assertEquals("Reserved1yDiscount", infer.getCell(10).getCellFormula());
            assertEquals(0.3, cached(infer.getCell(10)), 1e-12);
            Row batch = find(li, "batch");
            assertEquals("Reserved3yDiscount", batch.getCell(10).getCellFormula());
            assertEquals(CellType.NUMERIC, batch.getCell(13).getCellType());
            assertEquals(500, batch.getCell(13).getNumericCellValue());
            assertEquals("'Assumptions'!$B$3", wb.getName("HoursPerMonth").getRefersToFormula());
            assertEquals(730, wb.getSheet("Assumptions").getRow(2).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void transferLinesCarryVolumesAndRates() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            Row c1 = find(wb.getSheet("Transfer"), "c1");
            int n = c1.getRowNum() + 1;
            assertEquals(20, c1.getCell(5).getNumericCellValue());
            assertEquals(0.08625, c1.getCell(8).getNumericCellValue(), 1e-12);
            assertEquals(
                    "ROUND(F" + n + "*I" + n + "*H" + n + ",2)", c1.getCell(9).getCellFormula());
            assertEquals(1725.0, cached(c1.getCell(9)), 1e-9);
        }
    }

    @Test
    void unpricedLinesReadUnpricedAndAreCountedNeverAsZero() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            Row odd = find(wb.getSheet("Line items"), "odd");
            for (int col : new int[] {9, 11, 15, 16, 17}) {
                assertEquals(CellType.STRING, odd.getCell(col).getCellType(), "column " + col);
                assertEquals("unpriced", odd.getCell(col).getStringCellValue());
            }
            Row c3 = find(wb.getSheet("Transfer"), "c3");
            assertEquals("unpriced", c3.getCell(9).getStringCellValue());
            Row total = find(wb.getSheet("Summary"), "Total");
            assertEquals(2, cached(total.getCell(3)));
            assertTrue(total.getCell(3).getCellFormula().contains("COUNTIF"));
            // lambda's lines are all unpriced: its total is unknown, not 0
            Row lambda = find(wb.getSheet("Summary"), "lambda");
            assertEquals("unpriced", lambda.getCell(1).getStringCellValue());
            assertEquals("unpriced", lambda.getCell(2).getStringCellValue());
            assertEquals(2, cached(lambda.getCell(3)));
        }
    }

    @Test
    void summaryTotalsAreFormulasWithTheEngineAmountsCached() throws Exception {
        WorkbookData data = WorkbookFixtures.data();
        BigDecimal expected = SummarySheet.sum(data.lines()).add(SummarySheet.sum(data.transfers()));
        try (XSSFWorkbook wb = export(data)) {
            Row total = find(wb.getSheet("Summary"), "Total");
            assertEquals(
                    "SUM('Line items'!$P$2:$P$7)+SUM('Transfer'!$J$2:$J$4)",
                    total.getCell(1).getCellFormula());
            assertEquals(expected.doubleValue(), cached(total.getCell(1)), 1e-9);
            assertEquals(expected.doubleValue() * 12, cached(total.getCell(2)), 1e-6);
            Row aws = find(wb.getSheet("Summary"), "aws");
            assertTrue(aws.getCell(1).getCellFormula().startsWith("SUMPRODUCT(('Line items'!$C$2:$C$7=$A"));
            Row gpu = find(wb.getSheet("Summary"), "gpu");
            assertTrue(gpu.getCell(1).getCellFormula().contains("'Line items'!$E$2:$E$7"));
            assertNotNull(find(wb.getSheet("Summary"), "transfer"));
        }
    }

    @Test
    void stylesFormatsFreezePanesFiltersAndPrintSetupAreSet() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            XSSFSheet li = wb.getSheet("Line items");
            Cell header = li.getRow(0).getCell(0);
            assertTrue(wb.getFontAt(header.getCellStyle().getFontIndex()).getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getCellStyle().getFillPattern());
            Row train = find(li, "train");
            assertEquals("\"$\"#,##0.00", train.getCell(15).getCellStyle().getDataFormatString());
            assertEquals("0.0%", find(li, "infer").getCell(10).getCellStyle().getDataFormatString());
            assertEquals(1, li.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(li.getCTWorksheet().isSetAutoFilter());
            assertEquals("A1:U7", li.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(li.getPrintSetup().getLandscape());
            assertEquals(1, li.getPrintSetup().getFitWidth());
            assertEquals(0, li.getPrintSetup().getFitHeight());
            assertEquals(28 * 256, li.getColumnWidth(1));
            Sheet findings = wb.getSheet("Findings");
            assertEquals(
                    IndexedColors.ROSE.getIndex(),
                    findings.getRow(1).getCell(0).getCellStyle().getFillForegroundColor());
            assertEquals(
                    IndexedColors.LIGHT_ORANGE.getIndex(),
                    findings.getRow(2).getCell(0).getCellStyle().getFillForegroundColor());
            assertEquals(
                    IndexedColors.PALE_BLUE.getIndex(),
                    findings.getRow(3).getCell(0).getCellStyle().getFillForegroundColor());
            assertTrue(wb.getNumCellStyles() < 40, "styles are shared, not one per cell: " + wb.getNumCellStyles());
        }
    }

    @Test
    void documentPropertiesNameTheDesignAndCatalogDate() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            assertEquals(
                    "Cost workbook: Test design",
                    wb.getProperties().getCoreProperties().getTitle());
            assertEquals(
                    "2026-08-01",
                    wb.getProperties()
                            .getCustomProperties()
                            .getProperty("Catalog date")
                            .getLpwstr());
        }
    }

    @Test
    void summaryHasABarChartByProviderWithAnExplicitSolidFill() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            XSSFDrawing drawing = wb.getSheet("Summary").getDrawingPatriarch();
            assertNotNull(drawing);
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(1, charts.size());
            var plot = charts.get(0).getCTChart().getPlotArea();
            assertEquals(1, plot.sizeOfBarChartArray());
            var series = plot.getBarChartArray(0).getSerArray(0);
            assertTrue(series.getSpPr().isSetSolidFill());
            assertFalse(plot.getBarChartArray(0).getVaryColors().getVal());
            String cats = series.getCat().getStrRef().getF();
            assertTrue(cats.startsWith("'Summary'!$A$"), cats);
            assertEquals(3, series.getCat().getStrRef().getStrCache().sizeOfPtArray());
        }
    }

    /** The fixture's lambda line and transfer have no price: the chart has no point for it and says why. */
    @Test
    void aProviderWithNoPricedLineHasNoPointInTheChartAndItsTitleSaysSo() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.data())) {
            XSSFChart chart =
                    wb.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
            var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            var categories = series.getCat().getStrRef().getStrCache();
            var values = series.getVal().getNumRef().getNumCache();
            int lambda = -1;
            for (int i = 0; i < categories.sizeOfPtArray(); i++) {
                if (categories.getPtArray(i).getV().equals("lambda")) {
                    lambda = (int) categories.getPtArray(i).getIdx();
                }
            }
            assertTrue(lambda >= 0, "lambda is a category");
            for (var pt : values.getPtList()) {
                assertTrue(pt.getIdx() != lambda, "no value for the unpriced provider, not even 0: " + pt.getV());
            }
            assertEquals(2, values.sizeOfPtArray(), "the two priced providers have their amounts");
            assertEquals(
                    "Monthly cost by provider (no bar: lambda unpriced)",
                    chart.getTitleText().getString());
        }
    }

    @Test
    void hostileNamesAreAlwaysTextCellsAndFormulaLikeOnesAreQuotePrefixed() throws Exception {
        try (XSSFWorkbook wb = export(WorkbookFixtures.hostile())) {
            Sheet li = wb.getSheet("Line items");
            for (int i = 0; i < HostileText.ALL.size(); i++) {
                String name = HostileText.ALL.get(i);
                Row r = li.getRow(i + 1);
                for (int col : new int[] {1, 5}) {
                    Cell c = r.getCell(col);
                    assertEquals(CellType.STRING, c.getCellType());
                    assertEquals(HostileText.asXml10(name), c.getStringCellValue());
                    assertEquals(
                            CellText.needsQuotePrefix(name), c.getCellStyle().getQuotePrefixed(), name);
                }
                Cell message = wb.getSheet("Findings").getRow(i + 1).getCell(4);
                assertEquals(CellType.STRING, message.getCellType());
                assertEquals(HostileText.asXml10(name), message.getStringCellValue());
            }
            assertTrue(li.getRow(6).getCell(1).getCellStyle().getQuotePrefixed()); // =HYPERLINK(...)
            assertTrue(li.getRow(7).getCell(1).getCellStyle().getQuotePrefixed()); // @SUM(1)
            assertTrue(li.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()); // line breaks
            assertFalse(li.getRow(1).getCell(1).getCellStyle().getQuotePrefixed());
            Cell designName = wb.getSheet("Summary").getRow(1).getCell(1);
            assertEquals(CellType.STRING, designName.getCellType());
        }
    }

    @Test
    void longFlowPathsInFindingsAreCutWithACount() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add("c" + i);
        }
        WorkbookData base = WorkbookFixtures.data();
        WorkbookData data = new WorkbookData(
                base.designName(),
                base.currency(),
                base.catalogDate(),
                base.sources(),
                base.hoursPerMonth(),
                base.reserved1yDiscount(),
                base.reserved3yDiscount(),
                base.lines(),
                base.transfers(),
                List.of(new WorkbookData.FindingRow(
                        "warning", "redundancy", "redundancy.provider-outage", ids, "everything goes down")));
        try (XSSFWorkbook wb = export(data)) {
            String text = wb.getSheet("Findings").getRow(1).getCell(3).getStringCellValue();
            assertTrue(text.startsWith("c0 → c1 → "), text);
            assertTrue(text.endsWith("c49 … and 70 more"), text);
            assertFalse(text.contains("c50"), text);
        }
        assertEquals("a → b", CostWorkbookExporter.subjects(List.of("a", "b")));
    }

    @Test
    void textIsCappedAtTheCellLimitWithAVisibleMarker() {
        String capped = CellText.clean("x".repeat(40_000));
        assertEquals(CellText.MAX, capped.length());
        assertTrue(capped.endsWith("...(truncated)"));
        assertEquals("a\uFFFDb", CellText.clean("a\u0000b"));
        assertEquals("a\uFFFD", CellText.clean("a\uD800"));
    }

    @Test
    void sheetNamesAreMadeSafeAndUniqueIgnoringCase() {
        Set<String> taken = new HashSet<>();
        assertEquals("Q1_Q2 _draft___", CostWorkbookExporter.sheetName("Q1/Q2 [draft]*?", taken));
        assertEquals("costs", CostWorkbookExporter.sheetName("costs", taken));
        assertEquals("COSTS (2)", CostWorkbookExporter.sheetName("COSTS", taken));
        assertEquals(31, CostWorkbookExporter.sheetName("y".repeat(40), taken).length());
        assertEquals("yyyyyyyyyyyyyyyyyyyyyyyyyyy (2)", CostWorkbookExporter.sheetName("y".repeat(40), taken));
        assertEquals("History_", CostWorkbookExporter.sheetName("History", taken));
    }

    @Test
    void writesAFileAtomicallyAndReportsUnpricedLines(@TempDir Path dir) throws Exception {
        ExportResult r = exporter.writeFile(WorkbookFixtures.data(), dir.resolve("costs.xlsx"));
        assertEquals(List.of(dir.resolve("costs.xlsx").toAbsolutePath()), r.files());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("2 cost lines are unpriced"));
        try (InputStream in = Files.newInputStream(dir.resolve("costs.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(5, wb.getNumberOfSheets());
        }
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }
}
