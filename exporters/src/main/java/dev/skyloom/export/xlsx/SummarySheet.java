package dev.skyloom.export.xlsx;

import static dev.skyloom.export.xlsx.CostWorkbookExporter.LINE_ITEMS;
import static dev.skyloom.export.xlsx.CostWorkbookExporter.TRANSFER;
import static dev.skyloom.export.xlsx.CostWorkbookExporter.UNPRICED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary sheet: total, then tables by provider, region and category. Every amount is a formula
 * over the Line items and Transfer sheets (SUMPRODUCT, which skips the "unpriced" text cells and
 * compares keys exactly rather than as criteria patterns), with the engine's value cached. Unpriced
 * lines are counted beside each amount. A bar chart plots the monthly cost by provider.
 */
final class SummarySheet {
    private SummarySheet() {}

    /** Column ranges of the two line sheets. */
    private static final class Ranges {
        final String liKey;
        final String liMonthly;
        final String liStatus;
        final String trMonthly;
        final String trStatus;
        final int liLast;
        final int trLast;

        Ranges(int lines, int transfers) {
            liLast = Math.max(2, lines + 1);
            trLast = Math.max(2, transfers + 1);
            liKey = "'" + LINE_ITEMS + "'!$%s$2:$%s$" + liLast;
            liMonthly = String.format(liKey, "P", "P");
            liStatus = String.format(liKey, "R", "R");
            trMonthly = "'" + TRANSFER + "'!$J$2:$J$" + trLast;
            trStatus = "'" + TRANSFER + "'!$L$2:$L$" + trLast;
        }

        String li(String col) {
            return String.format(liKey, col, col);
        }

        String tr(String col) {
            return "'" + TRANSFER + "'!$" + col + "$2:$" + col + "$" + trLast;
        }
    }

    static void write(XSSFSheet sheet, WorkbookStyles styles, WorkbookData d) {
        Ranges r = new Ranges(d.lines().size(), d.transfers().size());
        List<WorkbookData.Line> all = new ArrayList<>(d.lines());
        all.addAll(d.transfers());
        int[] widths = {26, 18, 16, 16, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);

        SheetCursor c = new SheetCursor(sheet, styles);
        c.row().label("Cost workbook", styles.title);
        c.row().label("Design", styles.label).text(d.designName());
        c.row().label("Currency", styles.label).text(d.currency());
        c.row().label("Catalog date", styles.label).text(d.catalogDate());
        c.row()
                .label(
                        "Amounts are live formulas over Line items and Transfer; edit Assumptions and they update."
                                + " Unpriced lines are never counted as 0.",
                        styles.text);
        c.row();
        c.row()
                .label("", styles.header)
                .label("Monthly", styles.header)
                .label("Annual", styles.header)
                .label("Unpriced lines", styles.header);
        BigDecimal total = sum(all);
        c.row().label("Total", styles.label);
        int tr = c.rowNumber();
        if (allUnpriced(all)) {
            // no line has a price: the total is unknown, not 0.00
            c.label(UNPRICED, styles.unpriced).label(UNPRICED, styles.unpriced);
        } else {
            c.formula("SUM(" + r.liMonthly + ")+SUM(" + r.trMonthly + ")", total, styles.moneyBold);
            c.formula("B" + tr + "*12", total.multiply(BigDecimal.valueOf(12)), styles.moneyBold);
        }
        c.formula(
                "COUNTIF(" + r.liStatus + ",\"" + UNPRICED + "\")+COUNTIF(" + r.trStatus + ",\"" + UNPRICED + "\")",
                BigDecimal.valueOf(unpriced(all)),
                styles.integer);

        c.row();
        c.row().label("By provider", styles.label);
        c.row()
                .label("Provider", styles.header)
                .label("Monthly", styles.header)
                .label("Annual", styles.header)
                .label("Unpriced lines", styles.header);
        Map<String, List<WorkbookData.Line>> byProvider = group(all, l -> List.of(l.provider()));
        int firstProviderRow = c.rowIndex() + 1;
        for (Map.Entry<String, List<WorkbookData.Line>> e : byProvider.entrySet()) {
            c.row().text(e.getValue().get(0).provider());
            int row = c.rowNumber();
            String match = "(" + "%s=$A" + row + ")";
            amountRow(
                    c, r, styles, e.getValue(), row, String.format(match, r.li("C")), String.format(match, r.tr("C")));
        }
        int lastProviderRow = c.rowIndex();

        c.row();
        c.row().label("By region", styles.label);
        c.row()
                .label("Provider", styles.header)
                .label("Region", styles.header)
                .label("Monthly", styles.header)
                .label("Annual", styles.header)
                .label("Unpriced lines", styles.header);
        for (Map.Entry<String, List<WorkbookData.Line>> e :
                group(all, l -> List.of(l.provider(), l.region())).entrySet()) {
            WorkbookData.Line first = e.getValue().get(0);
            c.row().text(first.provider()).text(first.region());
            int row = c.rowNumber();
            String li = "(" + r.li("C") + "=$A" + row + ")*(" + r.li("D") + "=$B" + row + ")";
            String trm = "(" + r.tr("C") + "=$A" + row + ")*(" + r.tr("D") + "=$B" + row + ")";
            amountRow(c, r, styles, e.getValue(), row, li, trm, "C");
        }

        c.row();
        c.row().label("By category", styles.label);
        c.row()
                .label("Category", styles.header)
                .label("Monthly", styles.header)
                .label("Annual", styles.header)
                .label("Unpriced lines", styles.header);
        for (Map.Entry<String, List<WorkbookData.Line>> e :
                group(d.lines(), l -> List.of(l.category())).entrySet()) {
            c.row().text(e.getValue().get(0).category());
            int row = c.rowNumber();
            amountRow(c, r, styles, e.getValue(), row, "(" + r.li("E") + "=$A" + row + ")", null);
        }
        if (!d.transfers().isEmpty()) {
            c.row().label("transfer", styles.text);
            int row = c.rowNumber();
            BigDecimal m = sum(d.transfers());
            if (allUnpriced(d.transfers())) {
                c.label(UNPRICED, styles.unpriced).label(UNPRICED, styles.unpriced);
            } else {
                c.formula("SUM(" + r.trMonthly + ")", m, styles.money);
                c.formula("B" + row + "*12", m.multiply(BigDecimal.valueOf(12)), styles.money);
            }
            c.formula(
                    "COUNTIF(" + r.trStatus + ",\"" + UNPRICED + "\")",
                    BigDecimal.valueOf(unpriced(d.transfers())),
                    styles.integer);
        }
        if (!byProvider.isEmpty()) {
            List<String> names = new ArrayList<>();
            List<Double> amounts = new ArrayList<>();
            List<String> unpriced = new ArrayList<>();
            for (List<WorkbookData.Line> lines : byProvider.values()) {
                String name = CellText.clean(lines.get(0).provider());
                names.add(name);
                // a provider with no priced line has no amount: no point in the chart, never a bar of 0
                boolean none = allUnpriced(lines);
                amounts.add(none ? null : sum(lines).doubleValue());
                if (none) {
                    unpriced.add(name);
                }
            }
            chart(sheet, firstProviderRow, lastProviderRow, names, amounts, unpriced);
        }
    }

    private static void amountRow(
            SheetCursor c,
            Ranges r,
            WorkbookStyles styles,
            List<WorkbookData.Line> lines,
            int row,
            String liMatch,
            String trMatch) {
        amountRow(c, r, styles, lines, row, liMatch, trMatch, "B");
    }

    private static void amountRow(
            SheetCursor c,
            Ranges r,
            WorkbookStyles styles,
            List<WorkbookData.Line> lines,
            int row,
            String liMatch,
            String trMatch,
            String monthlyCol) {
        BigDecimal m = sum(lines);
        String monthly = "SUMPRODUCT(" + liMatch + "*1," + r.liMonthly + ")"
                + (trMatch == null ? "" : "+SUMPRODUCT(" + trMatch + "*1," + r.trMonthly + ")");
        String unpriced = "SUMPRODUCT(" + liMatch + "*(" + r.liStatus + "=\"" + UNPRICED + "\"))"
                + (trMatch == null ? "" : "+SUMPRODUCT(" + trMatch + "*(" + r.trStatus + "=\"" + UNPRICED + "\"))");
        if (allUnpriced(lines)) {
            // nothing in the group has a price: its amount is unknown, not 0.00
            c.label(UNPRICED, styles.unpriced).label(UNPRICED, styles.unpriced);
        } else {
            c.formula(monthly, m, styles.money);
            c.formula(monthlyCol + row + "*12", m.multiply(BigDecimal.valueOf(12)), styles.money);
        }
        c.formula(unpriced, BigDecimal.valueOf(unpriced(lines)), styles.integer);
    }

    static BigDecimal sum(List<WorkbookData.Line> lines) {
        BigDecimal t = BigDecimal.ZERO.setScale(2);
        for (WorkbookData.Line l : lines) {
            if (l.priced()) {
                t = t.add(l.monthly().get());
            }
        }
        return t;
    }

    /** Whether the lines are there and none has a price (a total of them reads "unpriced"). */
    static boolean allUnpriced(List<WorkbookData.Line> lines) {
        return !lines.isEmpty() && unpriced(lines) == lines.size();
    }

    static long unpriced(List<WorkbookData.Line> lines) {
        return lines.stream().filter(l -> !l.priced()).count();
    }

    private static Map<String, List<WorkbookData.Line>> group(
            List<WorkbookData.Line> lines, java.util.function.Function<WorkbookData.Line, List<String>> key) {
        Map<String, List<WorkbookData.Line>> groups = new TreeMap<>();
        for (WorkbookData.Line l : lines) {
            groups.computeIfAbsent(String.join("\u0000", key.apply(l)), k -> new ArrayList<>())
                    .add(l);
        }
        return groups;
    }

    private static void chart(
            XSSFSheet sheet,
            int firstRow,
            int lastRow,
            List<String> names,
            List<Double> values,
            List<String> unpriced) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 6, 1, 14, 20);
        XSSFChart chart = drawing.createChart(anchor);
        // the cells of an unpriced provider hold text, which a chart draws as an empty bar: the title says why
        chart.setTitleText("Monthly cost by provider"
                + (unpriced.isEmpty() ? "" : " (no bar: " + String.join(", ", unpriced) + " unpriced)"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        // references to the Summary cells, with the engine's values as the chart cache
        String sheetRef = "'" + sheet.getSheetName() + "'!";
        XDDFDataSource<String> providers = XDDFDataSourcesFactory.fromArray(
                names.toArray(new String[0]),
                sheetRef + new CellRangeAddress(firstRow, lastRow, 0, 0).formatAsString(null, true));
        XDDFNumericalDataSource<Double> amounts = XDDFDataSourcesFactory.fromArray(
                values.toArray(new Double[0]),
                sheetRef + new CellRangeAddress(firstRow, lastRow, 1, 1).formatAsString(null, true));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(providers, amounts);
        series.setTitle("Monthly", null);
        // Without an explicit fill LibreOffice draws the axes but no bars.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
