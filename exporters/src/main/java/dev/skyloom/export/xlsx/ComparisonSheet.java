package dev.skyloom.export.xlsx;

import dev.skyloom.model.cost.CostLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Comparison sheet: the baseline's and this design's monthly and annual totals side by side, then one
 * row per cost line of either (matched by id; this design's lines first in workbook order, then lines only
 * the baseline has). The baseline's amounts are fixed values; this design's are formulas referencing its
 * Monthly cells on Line items and Transfer, so edited assumptions flow through; deltas and totals are
 * formulas. Unpriced lines read {@code unpriced} on their side, are counted, and never enter a sum.
 */
final class ComparisonSheet {
    private static final String[] HEADERS = {
        "Id", "Name", "Category", "Provider", "Change", "Baseline monthly", "This design monthly", "Change monthly"
    };

    private ComparisonSheet() {}

    static void write(
            SXSSFSheet sheet,
            WorkbookStyles styles,
            WorkbookData data,
            WorkbookBaseline baseline,
            String lineSheet,
            String transferSheet) {
        int[] widths = {34, 36, 12, 12, 10, 18, 20, 18};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        Map<String, CostLine> base = new HashMap<>();
        for (CostLine l : baseline.cost().lines()) {
            base.put(l.id(), l);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lineCol = column(CostWorkbookExporter.LINE_HEADERS.indexOf("Monthly"));
        String transferCol = column(CostWorkbookExporter.TRANSFER_HEADERS.indexOf("Monthly"));
        for (int i = 0; i < data.lines().size(); i++) {
            WorkbookData.Line l = data.lines().get(i);
            rows.add(new Row(l, base.get(l.id()), ref(lineSheet, lineCol, i + 2)));
            seen.add(l.id());
        }
        for (int i = 0; i < data.transfers().size(); i++) {
            WorkbookData.Line l = data.transfers().get(i);
            rows.add(new Row(l, base.get(l.id()), ref(transferSheet, transferCol, i + 2)));
            seen.add(l.id());
        }
        for (CostLine b : baseline.cost().lines()) {
            if (!seen.contains(b.id())) {
                rows.add(new Row(null, b, null));
            }
        }

        SheetCursor c = new SheetCursor(sheet, styles);
        c.row().label("Comparison with " + CellText.clean(baseline.label()), styles.title);
        c.row().label("Baseline amounts are fixed; this design's follow the Assumptions sheet.", styles.text);
        c.row();
        c.row()
                .label("", styles.header)
                .label("Baseline", styles.header)
                .label("This design", styles.header)
                .label("Change", styles.header);
        int first = 10; // the first line row: totals in rows 4-7, a blank row 8, the line header row 9
        int last = first + rows.size() - 1;
        String baseRange = "F" + first + ":F" + Math.max(first, last);
        String headRange = "G" + first + ":G" + Math.max(first, last);
        BigDecimal baseTotal = baseline.cost().monthly();
        BigDecimal headTotal = sum(data);
        // a side whose lines are all unpriced has no total ("unpriced", never 0.00), and then no change
        boolean baseUnknown = baseline.cost().total().isUnpriced();
        boolean headUnknown = allUnpriced(data);
        BigDecimal twelve = BigDecimal.valueOf(12);
        c.row().label("Monthly (" + data.currency() + ")", styles.label);
        total(c, styles, baseUnknown, "SUM(" + baseRange + ")", baseTotal, styles.moneyBold);
        total(c, styles, headUnknown, "SUM(" + headRange + ")", headTotal, styles.moneyBold);
        total(c, styles, baseUnknown || headUnknown, "C5-B5", headTotal.subtract(baseTotal), styles.moneyBold);
        c.row().label("Annual (" + data.currency() + ")", styles.label);
        total(c, styles, baseUnknown, "B5*12", baseTotal.multiply(twelve), styles.money);
        total(c, styles, headUnknown, "C5*12", headTotal.multiply(twelve), styles.money);
        total(
                c,
                styles,
                baseUnknown || headUnknown,
                "C6-B6",
                headTotal.subtract(baseTotal).multiply(twelve),
                styles.money);
        long baseUnpriced =
                rows.stream().filter(r -> r.base != null && !r.base.isPriced()).count();
        long headUnpriced =
                rows.stream().filter(r -> r.head != null && !r.head.priced()).count();
        c.row()
                .label("Unpriced lines (not in the totals)", styles.label)
                .formula(
                        "COUNTIF(" + baseRange + ",\"" + CostWorkbookExporter.UNPRICED + "\")",
                        BigDecimal.valueOf(baseUnpriced),
                        styles.integer)
                .formula(
                        "COUNTIF(" + headRange + ",\"" + CostWorkbookExporter.UNPRICED + "\")",
                        BigDecimal.valueOf(headUnpriced),
                        styles.integer)
                .formula("C7-B7", BigDecimal.valueOf(headUnpriced - baseUnpriced), styles.integer);
        c.row();
        c.row();
        for (String h : HEADERS) {
            c.label(h, styles.header);
        }
        for (Row r : rows) {
            c.row();
            int n = c.rowNumber();
            c.text(r.id()).text(r.name()).text(r.category()).text(r.provider()).label(r.change(), styles.text);
            Optional<BigDecimal> before = Optional.empty();
            if (r.base == null) {
                c.skip();
            } else if (r.base.isPriced()) {
                before = r.base.monthly();
                c.number(before.get(), styles.money);
            } else {
                c.label(CostWorkbookExporter.UNPRICED, styles.unpriced);
            }
            Optional<BigDecimal> after = Optional.empty();
            if (r.head == null) {
                c.skip();
            } else if (r.head.priced()) {
                after = r.head.monthly();
                c.formula(r.monthlyRef, after.get(), styles.money);
            } else {
                c.label(CostWorkbookExporter.UNPRICED, styles.unpriced);
            }
            boolean baseUnpricedLine = r.base != null && !r.base.isPriced();
            boolean headUnpricedLine = r.head != null && !r.head.priced();
            if (baseUnpricedLine || headUnpricedLine) {
                c.label(CostWorkbookExporter.UNPRICED, styles.unpriced);
            } else if (r.base == null) {
                c.formula("G" + n, after.get(), styles.money);
            } else if (r.head == null) {
                c.formula("-F" + n, before.get().negate(), styles.money);
            } else {
                c.formula("G" + n + "-F" + n, after.get().subtract(before.get()), styles.money);
            }
        }
        sheet.createFreezePane(0, 9);
    }

    private static void total(
            SheetCursor c, WorkbookStyles styles, boolean unknown, String formula, BigDecimal value, CellStyle style) {
        if (unknown) {
            c.label(CostWorkbookExporter.UNPRICED, styles.unpriced);
        } else {
            c.formula(formula, value, style);
        }
    }

    private static boolean allUnpriced(WorkbookData data) {
        List<WorkbookData.Line> all = new ArrayList<>(data.lines());
        all.addAll(data.transfers());
        return SummarySheet.allUnpriced(all);
    }

    private static BigDecimal sum(WorkbookData data) {
        BigDecimal total = BigDecimal.ZERO;
        for (List<WorkbookData.Line> list : List.of(data.lines(), data.transfers())) {
            for (WorkbookData.Line l : list) {
                total = total.add(l.monthly().orElse(BigDecimal.ZERO));
            }
        }
        return total;
    }

    private static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    private static String ref(String sheet, String column, int row) {
        return "'" + sheet.replace("'", "''") + "'!" + column + row;
    }

    /** One line of either side; {@code head} null when only the baseline has it, {@code base} likewise. */
    private record Row(WorkbookData.Line head, CostLine base, String monthlyRef) {
        String id() {
            return head != null ? head.id() : base.id();
        }

        String name() {
            return head != null ? head.name() : base.name();
        }

        String category() {
            return head != null ? head.category() : base.category().json();
        }

        String provider() {
            return head != null ? head.provider() : base.provider();
        }

        String change() {
            if (base == null) {
                return "new";
            }
            if (head == null) {
                return "removed";
            }
            boolean same = head.priced() == base.isPriced()
                    && (!head.priced()
                            || head.monthly().get().compareTo(base.monthly().get()) == 0);
            return same ? "" : "changed";
        }
    }
}
