package dev.skyloom.export.xlsx;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel cost workbook: Summary (totals by provider, region and category as live formulas, with a
 * bar chart by provider), Line items and Transfer (one row per cost line, streamed with SXSSF so 100k
 * rows fit a small heap), Assumptions (the input cells the formulas reference by name) and Findings.
 * Every formula carries the engine's value as its cached result, and the workbook asks spreadsheets to
 * recalculate on open, so edited assumptions update every total.
 */
public final class CostWorkbookExporter implements DesignExporter<WorkbookData> {
    public static final String SUMMARY = "Summary";
    public static final String LINE_ITEMS = "Line items";
    public static final String TRANSFER = "Transfer";
    public static final String ASSUMPTIONS = "Assumptions";
    public static final String FINDINGS = "Findings";
    public static final String LATENCY = "Latency";
    public static final String COMPARISON = "Comparison";
    public static final String UNPRICED = "unpriced";

    static final String HOURS_NAME = "HoursPerMonth";
    static final String RESERVED_1Y_NAME = "Reserved1yDiscount";
    static final String RESERVED_3Y_NAME = "Reserved3yDiscount";

    static final List<String> LINE_HEADERS = List.of(
            "Component id",
            "Name",
            "Provider",
            "Region",
            "Category",
            "SKU",
            "Pricing",
            "Quantity",
            "Quantity unit",
            "List price",
            "Discount",
            "Unit price",
            "Price unit",
            "Multiplier",
            "Multiplier unit",
            "Monthly",
            "Annual",
            "Status",
            "Source",
            "As of",
            "Note");
    static final List<String> TRANSFER_HEADERS = List.of(
            "Connection id",
            "Description",
            "Provider",
            "Region",
            "Kind",
            "Volume",
            "Volume unit",
            "GB per TB",
            "Rate per GB",
            "Monthly",
            "Annual",
            "Status",
            "Source",
            "As of",
            "Note");
    private static final int[] LINE_WIDTHS = {
        18, 28, 10, 16, 10, 22, 12, 10, 12, 12, 9, 12, 18, 10, 14, 14, 16, 10, 18, 11, 40
    };
    private static final int[] TRANSFER_WIDTHS = {18, 36, 10, 16, 16, 10, 11, 10, 12, 14, 16, 10, 18, 11, 40};

    /** Subjects listed in a Findings cell; long flow paths are cut with a count. */
    static final int MAX_SUBJECTS = 50;

    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 200;

    private final Optional<WorkbookBaseline> baseline;

    public CostWorkbookExporter() {
        this.baseline = Optional.empty();
    }

    /** A workbook with a Comparison sheet (second tab) against a baseline design's cost. */
    public CostWorkbookExporter(WorkbookBaseline baseline) {
        this.baseline = Optional.of(baseline);
    }

    @Override
    public ExportResult write(WorkbookData data, OutputStream out) throws IOException {
        try (WorkbookTempFolder temp = WorkbookTempFolder.open()) {
            return writeWorkbook(data, out);
        }
    }

    private ExportResult writeWorkbook(WorkbookData data, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        Set<String> sheetNames = new HashSet<>();
        XSSFSheet summary = template.createSheet(sheetName(SUMMARY, sheetNames));
        SXSSFWorkbook wb = new StreamingWorkbook(template, WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(wb, data.currency());
            SXSSFSheet lineSheet = wb.createSheet(sheetName(LINE_ITEMS, sheetNames));
            SXSSFSheet transferSheet = wb.createSheet(sheetName(TRANSFER, sheetNames));
            SXSSFSheet assumptions = wb.createSheet(sheetName(ASSUMPTIONS, sheetNames));
            SXSSFSheet findings = wb.createSheet(sheetName(FINDINGS, sheetNames));
            writeAssumptions(wb, assumptions, styles, data);
            writeLines(lineSheet, styles, data);
            writeTransfers(transferSheet, styles, data.transfers());
            writeFindings(findings, styles, data.findings());
            if (!data.latency().isEmpty()) {
                writeLatency(wb.createSheet(sheetName(LATENCY, sheetNames)), styles, data.latency());
            }
            if (baseline.isPresent()) {
                SXSSFSheet comparison = wb.createSheet(sheetName(COMPARISON, sheetNames));
                ComparisonSheet.write(
                        comparison,
                        styles,
                        data,
                        baseline.get(),
                        lineSheet.getSheetName(),
                        transferSheet.getSheetName());
                wb.setSheetOrder(comparison.getSheetName(), 1);
            }
            SummarySheet.write(summary, styles, data);
            WorkbookProperties.apply(template, data);
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
        } finally {
            wb.dispose(); // deletes the streamed sheets' temporary files, which close() leaves behind
            wb.close();
        }
        List<String> warnings = new ArrayList<>();
        long unpriced = data.lines().stream().filter(l -> !l.priced()).count()
                + data.transfers().stream().filter(l -> !l.priced()).count();
        if (unpriced > 0) {
            warnings.add("Workbook: " + Counted.of(unpriced, "cost line") + (unpriced == 1 ? " is" : " are")
                    + " unpriced and shown as \"unpriced\"");
        }
        return new ExportResult(List.of(), warnings);
    }

    /** A safe sheet name, unique case-insensitively within the workbook. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted, '_');
        if (base.equalsIgnoreCase("History")) {
            base = "History_";
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    private static void setUp(Sheet sheet, int[] widths, int lastRow, int lastCol, boolean filter) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, lastCol));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static void header(SheetCursor c, WorkbookStyles styles, List<String> headers) {
        c.row();
        for (String h : headers) {
            c.label(h, styles.header);
        }
    }

    private static void writeAssumptions(SXSSFWorkbook wb, SXSSFSheet sheet, WorkbookStyles styles, WorkbookData d) {
        setUp(sheet, new int[] {34, SOURCE_ORIGIN_CHARS, 60, 14}, 0, 2, false);
        SheetCursor c = new SheetCursor(sheet, styles);
        header(c, styles, List.of("Assumption", "Value", "Note"));
        c.row()
                .label("Currency", styles.label)
                .text(d.currency())
                .label("Prices are not converted between currencies.", styles.text);
        c.row()
                .label("Hours per month (GPU pools)", styles.label)
                .number(d.hoursPerMonth(), styles.input)
                .label("Default running hours; pools with their own hours keep them.", styles.text);
        name(wb, HOURS_NAME, c.rowNumber());
        c.row()
                .label("Reserved-1y assumed discount", styles.label)
                .number(d.reserved1yDiscount(), styles.inputPercent)
                .label(reservedNote("reserved-1y"), styles.text);
        name(wb, RESERVED_1Y_NAME, c.rowNumber());
        c.row()
                .label("Reserved-3y assumed discount", styles.label)
                .number(d.reserved3yDiscount(), styles.inputPercent)
                .label(reservedNote("reserved-3y"), styles.text);
        name(wb, RESERVED_3Y_NAME, c.rowNumber());
        c.row()
                .label("Catalog date", styles.label)
                .text(d.catalogDate())
                .label(
                        "Date of the bundled price snapshot." + (d.priceAge().isEmpty() ? "" : " " + d.priceAge()),
                        styles.text);
        c.row().label("Design", styles.label).text(d.designName());
        c.row();
        c.row()
                .label("Catalog source", styles.header)
                .label("Origin", styles.header)
                .label("Licence", styles.header)
                .label("As of", styles.header);
        for (WorkbookData.Source s : d.sources()) {
            c.row()
                    .text(s.id())
                    .wrappedText(s.origin())
                    .wrappedText(s.licence())
                    .text(s.asOf());
            // Spreadsheet apps do not grow a written row to its wrapped text: give it the lines it needs.
            int lines = Math.max(wrappedLines(s.origin(), SOURCE_ORIGIN_CHARS), wrappedLines(s.licence(), 60));
            if (lines > 1) {
                sheet.getRow(c.rowNumber() - 1).setHeightInPoints(lines * 15f);
            }
        }
    }

    /** The same words as the lines' notes: "assumed discount" here, "reservation price" where the catalog has one. */
    private static String reservedNote(String pricing) {
        return "Off on-demand for " + pricing + " pools without a reservation price in the catalog (their lines say"
                + " \"assumed discount\"); lines priced from a provider's reservation price say \"reservation price\""
                + " and do not use it.";
    }

    /** Width of the Assumptions sheet's second column (values, then source origins), in characters. */
    private static final int SOURCE_ORIGIN_CHARS = 44;

    /** Lines a text takes wrapped in a column of that many characters (a little slack for wide glyphs). */
    static int wrappedLines(String text, int columnChars) {
        return Math.max(1, (int) Math.ceil(text.length() * 1.1 / columnChars));
    }

    private static void name(SXSSFWorkbook wb, String name, int row) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula("'" + ASSUMPTIONS + "'!$B$" + row);
    }

    private static void writeLines(SXSSFSheet sheet, WorkbookStyles styles, WorkbookData data) {
        List<WorkbookData.Line> lines = data.lines();
        setUp(sheet, LINE_WIDTHS, lines.size(), LINE_HEADERS.size() - 1, true);
        SheetCursor c = new SheetCursor(sheet, styles);
        header(c, styles, LINE_HEADERS);
        for (WorkbookData.Line l : lines) {
            c.row()
                    .text(l.id())
                    .text(l.name())
                    .text(l.provider())
                    .text(l.region())
                    .text(l.category())
                    .text(l.sku())
                    .text(l.pricing())
                    .number(l.quantity(), styles.number)
                    .text(l.quantityUnit());
            int r = c.rowNumber();
            if (l.priced()) {
                BigDecimal list = l.listPrice().get();
                c.number(list, styles.unitPrice);
                BigDecimal discount = discount(l, data);
                if (l.discount() == WorkbookData.Discount.NONE) {
                    c.number(BigDecimal.ZERO, styles.percent);
                } else {
                    c.formula(
                            l.discount() == WorkbookData.Discount.RESERVED_1Y ? RESERVED_1Y_NAME : RESERVED_3Y_NAME,
                            discount,
                            styles.percent);
                }
                c.formula(
                        "J" + r + "*(1-K" + r + ")",
                        list.multiply(BigDecimal.ONE.subtract(discount)),
                        styles.unitPrice);
            } else {
                c.label(UNPRICED, styles.unpriced).skip().label(UNPRICED, styles.unpriced);
            }
            c.text(l.priceUnit());
            multiplier(c, l, styles);
            c.text(l.multiplierUnit());
            monthlyAndAnnual(c, l, styles, "ROUND(H" + r + "*L" + r + "*N" + r + ",2)", "P" + r);
            c.text(l.note());
        }
    }

    static BigDecimal discount(WorkbookData.Line l, WorkbookData d) {
        switch (l.discount()) {
            case RESERVED_1Y:
                return d.reserved1yDiscount();
            case RESERVED_3Y:
                return d.reserved3yDiscount();
            default:
                return BigDecimal.ZERO;
        }
    }

    private static void multiplier(SheetCursor c, WorkbookData.Line l, WorkbookStyles styles) {
        if (l.hoursFromAssumptions()) {
            c.formula(HOURS_NAME, l.multiplier(), styles.number);
        } else {
            c.number(l.multiplier(), styles.number);
        }
    }

    private static void monthlyAndAnnual(
            SheetCursor c, WorkbookData.Line l, WorkbookStyles styles, String monthly, String monthlyRef) {
        if (l.priced()) {
            BigDecimal m = l.monthly().get();
            c.formula(monthly, m, styles.money);
            c.formula(monthlyRef + "*12", m.multiply(BigDecimal.valueOf(12)), styles.money);
            c.label(l.estimate() ? "estimate" : "priced", styles.text);
        } else {
            c.label(UNPRICED, styles.unpriced).label(UNPRICED, styles.unpriced).label(UNPRICED, styles.unpriced);
        }
        c.text(l.source()).text(l.asOf());
    }

    private static void writeTransfers(SXSSFSheet sheet, WorkbookStyles styles, List<WorkbookData.Line> lines) {
        setUp(sheet, TRANSFER_WIDTHS, lines.size(), TRANSFER_HEADERS.size() - 1, true);
        SheetCursor c = new SheetCursor(sheet, styles);
        header(c, styles, TRANSFER_HEADERS);
        for (WorkbookData.Line l : lines) {
            c.row()
                    .text(l.id())
                    .text(l.name())
                    .text(l.provider())
                    .text(l.region())
                    .text(l.sku())
                    .number(l.quantity(), styles.number)
                    .text(l.quantityUnit());
            int r = c.rowNumber();
            c.number(l.multiplier(), styles.integer);
            if (l.priced()) {
                c.number(l.listPrice().get(), styles.unitPrice);
            } else {
                c.label(UNPRICED, styles.unpriced);
            }
            monthlyAndAnnual(c, l, styles, "ROUND(F" + r + "*I" + r + "*H" + r + ",2)", "J" + r);
            c.text(l.note());
        }
    }

    private static void writeFindings(SXSSFSheet sheet, WorkbookStyles styles, List<WorkbookData.FindingRow> findings) {
        setUp(sheet, new int[] {10, 14, 30, 40, 90}, findings.size(), 4, true);
        SheetCursor c = new SheetCursor(sheet, styles);
        header(c, styles, List.of("Severity", "Check", "Code", "Subjects", "Message"));
        for (WorkbookData.FindingRow f : findings) {
            c.row()
                    .label(f.severity(), styles.severity(f.severity()))
                    .text(f.check())
                    .text(f.code())
                    .text(subjects(f.subjects()))
                    .text(f.message());
        }
    }

    /** Populations, where each is served from, its round trip against its budget, and the figure's source. */
    private static void writeLatency(SXSSFSheet sheet, WorkbookStyles styles, List<WorkbookData.LatencyRow> rows) {
        setUp(sheet, new int[] {16, 26, 18, 18, 22, 10, 10, 10, 14, 40, 12}, rows.size(), 10, true);
        SheetCursor c = new SheetCursor(sheet, styles);
        header(
                c,
                styles,
                List.of(
                        "Population",
                        "Place",
                        "Pipeline",
                        "Pool",
                        "Serving region",
                        "RTT ms",
                        "Estimate",
                        "Budget ms",
                        "Status",
                        "Source",
                        "Date"));
        for (WorkbookData.LatencyRow r : rows) {
            c.row()
                    .text(r.population())
                    .text(r.place())
                    .text(r.pipeline())
                    .text(r.pool())
                    .text(r.region());
            if (r.rttMs().isPresent()) {
                c.number(r.rttMs().get(), styles.integer);
            } else {
                c.label("unknown", styles.unpriced);
            }
            c.text(r.estimate() ? "~" : "")
                    .number(r.budgetMs(), styles.integer)
                    .text(r.status())
                    .text(r.source())
                    .text(r.date());
        }
    }

    /** Subjects in order (a flow path origin first), the first {@value #MAX_SUBJECTS} and a count of the rest. */
    static String subjects(List<String> ids) {
        if (ids.size() <= MAX_SUBJECTS) {
            return String.join(" → ", ids);
        }
        return String.join(" → ", ids.subList(0, MAX_SUBJECTS)) + " … and " + (ids.size() - MAX_SUBJECTS) + " more";
    }
}
