package dev.skyloom.export.pptx;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignContext;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.PortabilityCheck;
import dev.skyloom.model.check.PortabilityReport;
import dev.skyloom.model.check.ResidencyCheck;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.cost.CostTotal;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.simulate.OutageSimulation;
import dev.skyloom.model.text.Counted;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The design as a 16:9 PowerPoint deck in the app's light theme: title; the architecture as native, editable
 * shapes (one slide, plus one per provider when the whole is too small to read); cost with a native bar
 * chart by provider whose data is editable in PowerPoint; findings; what survives each single region and
 * provider outage; portability; assumptions and sources. Every slide has speaker notes saying how its figures
 * were computed; a slide with nothing to say is left out.
 */
public final class DeckExporter implements DesignExporter<Design> {
    static final double WIDTH = 960;
    static final double HEIGHT = 540;
    private static final double MARGIN = 36;
    /** Height of the title slide's name box: two lines at 36 pt; the subtitle starts below it. */
    static final double TITLE_HEIGHT = 90;
    /** The card title's size on a slide below which a design gets one more diagram slide per provider. */
    static final double MIN_READABLE_PT = 7;

    private static final int MAX_TABLE_ROWS = 12;
    private static final Color INK = DiagramSlide.awt(DiagramStyle.LIGHT.text());
    private static final Color MUTED = DiagramSlide.awt(DiagramStyle.LIGHT.mutedText());
    private static final Color ACCENT = DiagramSlide.awt(DiagramStyle.LIGHT.accent());

    private final Catalog catalog;
    private final LocalDate date;
    private final String author;

    public DeckExporter(Catalog catalog, LocalDate date, String author) {
        this.catalog = catalog;
        this.date = date;
        this.author = author == null ? "" : author;
    }

    @Override
    public ExportResult write(Design design, OutputStream out) throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            title(ppt, design);
            diagramSlides(ppt, design);
            CostReport cost = new CostEngine(catalog).price(design);
            costSlide(ppt, design, cost);
            List<Finding> findings = Checks.runAll(design, catalog);
            findingsSlide(ppt, design, findings);
            resilienceSlide(ppt, design);
            portabilitySlide(ppt, design, findings);
            assumptionsSlide(ppt, design, cost);
            ppt.write(out);
        }
        return new ExportResult(List.of(), List.of());
    }

    // ---- slides ---------------------------------------------------------------------------------

    private void title(XMLSlideShow ppt, Design design) {
        XSLFSlide slide = ppt.createSlide();
        XSLFTextBox t = box(slide, MARGIN, 170, WIDTH - 2 * MARGIN, TITLE_HEIGHT);
        String name = design.name().isBlank() ? "Untitled design" : design.name();
        run(t.addNewTextParagraph(), name, titleSize(name), true, INK);
        XSLFTextBox sub = box(slide, MARGIN, 270, WIDTH - 2 * MARGIN, 90);
        run(sub.addNewTextParagraph(), "Multi-cloud AI infrastructure · " + date, 18, false, MUTED);
        run(
                sub.addNewTextParagraph(),
                "Prices from the Skyloom catalog of " + catalog.snapshotDate(),
                14,
                false,
                MUTED);
        if (!author.isBlank()) {
            run(sub.addNewTextParagraph(), author, 14, false, MUTED);
        }
        notes(
                ppt,
                slide,
                "Made with Skyloom on " + date + " from the design \"" + design.name() + "\" ("
                        + "components: " + design.components().size() + ", connections: "
                        + design.connections().size() + ")."
                        + " Prices come from the bundled catalog dated " + catalog.snapshotDate() + ".");
    }

    private void diagramSlides(XMLSlideShow ppt, Design design) {
        Diagram diagram = Diagram.of(design);
        if (diagram.items().isEmpty()) {
            return;
        }
        DiagramLabels labels = DiagramLabels.of(diagram, Optional.of(catalog), AwtTextMeasure.shared());
        Rectangle2D box = new Rectangle2D.Double(MARGIN, 70, WIDTH - 2 * MARGIN, HEIGHT - 70 - 24);
        Rect all = diagram.extent().inflated(8);
        double scale = DiagramSlide.scaleToFit(all, box);
        XSLFSlide slide = ppt.createSlide();
        heading(slide, "Architecture");
        DiagramSlide.draw(slide, design, diagram, labels, Optional.of(catalog), all, box, Set.of());
        notes(
                ppt,
                slide,
                "The design as the Skyloom canvas draws it, as editable shapes: each cloud is one group,"
                        + " connectors are bound to the cards they join. Drawn at " + Math.round(scale * 100)
                        + " % of the"
                        + " canvas size.");
        List<Component> providers = design.components().stream()
                .filter(c -> c instanceof Component.Provider)
                .toList();
        if (DiagramStyle.CARD_TITLE * scale >= MIN_READABLE_PT || providers.size() < 2) {
            return;
        }
        for (Component p : providers) {
            Set<String> ids = diagram.withDescendants(Set.of(p.id()));
            Optional<Rect> extent = diagram.boundsOf(ids);
            if (extent.isEmpty()) {
                continue;
            }
            XSLFSlide one = ppt.createSlide();
            heading(one, "Architecture: " + p.label());
            DiagramSlide.draw(
                    one,
                    design,
                    diagram,
                    labels,
                    Optional.of(catalog),
                    extent.get().inflated(8),
                    box,
                    ids);
            notes(
                    ppt,
                    one,
                    "The components in " + p.label() + ", larger than on the whole-design slide, where cards"
                            + " would be below " + MIN_READABLE_PT
                            + " pt. Connections to other clouds are on that slide.");
        }
    }

    private void costSlide(XMLSlideShow ppt, Design design, CostReport cost) {
        if (cost.lines().isEmpty()) {
            return;
        }
        XSLFSlide slide = ppt.createSlide();
        heading(slide, "Cost");
        String currency = cost.currency();
        XSLFTextBox totals = box(slide, MARGIN, 64, 420, 60);
        CostTotal total = cost.total();
        // an unpriced line is never counted as 0: no line priced reads "unpriced", a partial sum says so
        run(
                totals.addNewTextParagraph(),
                total.isUnpriced()
                        ? "Unpriced (" + Counted.of(total.unpricedLines(), "line") + ")"
                        : money(total.pricedSum(), currency) + " a month" + total.unpricedSuffix(),
                24,
                true,
                INK);
        run(
                totals.addNewTextParagraph(),
                total.isUnpriced()
                        ? "No line has a price; none is counted as 0"
                        : money(cost.annual(), currency) + " a year"
                                + (total.isComplete()
                                        ? ""
                                        : " · " + Counted.of(total.unpricedLines(), "unpriced line") + ", not counted"),
                13,
                false,
                MUTED);
        Map<String, BigDecimal> byProvider = cost.byProvider();
        if (!byProvider.isEmpty()) {
            chart(ppt, slide, byProvider, currency);
        }
        List<CostLine> top = cost.lines().stream()
                .filter(CostLine::isPriced)
                .sorted(Comparator.comparing((CostLine l) -> l.monthly().orElseThrow())
                        .reversed())
                .limit(8)
                .toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Top cost lines", "Provider", "Monthly"));
        for (CostLine l : top) {
            rows.add(List.of(l.description(), l.provider(), money(l.monthly().orElseThrow(), currency)));
        }
        for (CostLine l : cost.lines()) {
            if (!l.isPriced() && rows.size() < MAX_TABLE_ROWS) {
                rows.add(List.of(l.description(), l.provider(), "unpriced: " + l.note()));
            }
        }
        table(slide, rows, new double[] {260, 70, 120}, MARGIN + 450, 64);
        notes(
                ppt,
                slide,
                "Monthly cost = the sum of the priced lines, each rounded to the cent; annual = 12 × monthly."
                        + " GPU pools: count × price per instance-hour × hours per month; storage: TB × 1000 × price per"
                        + " GB-month; transfer: TB per month at the provider's rate. Unpriced lines (no catalog price,"
                        + " price on request, another currency) are named and never counted as 0. The chart's data is"
                        + " editable in PowerPoint (right-click, Edit Data).");
    }

    private static void chart(XMLSlideShow ppt, XSLFSlide slide, Map<String, BigDecimal> byProvider, String currency) {
        XSLFChart chart = ppt.createChart(slide);
        String[] names = byProvider.keySet().toArray(new String[0]);
        Double[] values =
                byProvider.values().stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        XDDFCategoryAxis providers = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                names, chart.formatRange(new CellRangeAddress(1, names.length, 0, 0)), 0);
        XDDFNumericalDataSource<Double> data = XDDFDataSourcesFactory.fromArray(
                values, chart.formatRange(new CellRangeAddress(1, names.length, 1, 1)), 1);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, providers, amounts);
        bars.setBarDirection(BarDirection.BAR);
        XDDFChartData.Series series = bars.addSeries(categories, data);
        series.setTitle("Monthly (" + currency + ")", chart.setSheetTitle("Monthly (" + currency + ")", 1));
        bars.setVaryColors(false);
        chart.plot(bars);
        chart.setTitleText("Monthly cost by provider (" + currency + ")");
        chart.setTitleOverlay(false);
        // addChart takes EMUs, unlike shape anchors (points).
        slide.addChart(
                chart,
                new Rectangle2D.Double(
                        org.apache.poi.util.Units.toEMU(MARGIN),
                        org.apache.poi.util.Units.toEMU(140),
                        org.apache.poi.util.Units.toEMU(420),
                        org.apache.poi.util.Units.toEMU(360)));
    }

    private void findingsSlide(XMLSlideShow ppt, Design design, List<Finding> findings) {
        List<Finding> shown =
                findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
        if (shown.isEmpty()) {
            return;
        }
        XSLFSlide slide = ppt.createSlide();
        long errors = Checks.count(findings, Severity.ERROR);
        heading(
                slide,
                "Findings: " + Counted.of(errors, "error") + ", "
                        + Counted.of(Checks.count(findings, Severity.WARNING), "warning"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Severity", "Finding", "Components"));
        for (Finding f : shown) {
            if (rows.size() == MAX_TABLE_ROWS) {
                rows.add(List.of("", "… and " + (shown.size() - MAX_TABLE_ROWS + 1) + " more (see the workbook)", ""));
                break;
            }
            String joint = f.check().equals(ResidencyCheck.NAME) ? " → " : ", ";
            rows.add(List.of(f.severity().json(), f.message(), names(design, f.subjects(), joint)));
        }
        table(slide, rows, new double[] {70, 520, 298}, MARGIN, 70);
        notes(
                ppt,
                slide,
                "Errors and warnings of Skyloom's checks (residency along data flows, redundancy under"
                        + " region and provider outages, portability, catalog). A residency path is spelled out from the"
                        + " origin of the data to where it must not be.");
    }

    private void resilienceSlide(XMLSlideShow ppt, Design design) {
        List<Component> pipelines = design.components().stream()
                .filter(c -> c instanceof Component.Pipeline)
                .toList();
        if (pipelines.isEmpty()) {
            return;
        }
        OutageSimulation sim = OutageSimulation.of(design, catalog);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Outage", "Pipelines down", "GPUs left"));
        List<OutageResult> results = new ArrayList<>();
        for (Component c : design.components()) {
            if (c instanceof Component.Provider) {
                results.add(sim.run(Outage.of(c.id())));
            }
        }
        results.addAll(sim.sweepRegions());
        for (OutageResult r : results) {
            if (rows.size() == MAX_TABLE_ROWS) {
                rows.add(List.of("… and " + Counted.of(results.size() - MAX_TABLE_ROWS + 1, "more outage"), "", ""));
                break;
            }
            String target = names(design, r.outage().targets(), ", ");
            String down = r.pipelinesDown().isEmpty()
                    ? "none: every pipeline survives"
                    : r.pipelinesDown().stream().map(d -> label(design, d.id())).collect(Collectors.joining(", "));
            String gpus = r.totalGpus() == 0 ? "–" : Math.round(r.survivingGpus()) + " of " + Math.round(r.totalGpus());
            rows.add(List.of(target, down, gpus));
        }
        XSLFSlide slide = ppt.createSlide();
        heading(slide, "What survives an outage");
        table(slide, rows, new double[] {300, 460, 128}, MARGIN, 70);
        notes(
                ppt,
                slide,
                "Each row fails one provider or one region (regions of a provider with the same code fail"
                        + " together). A pipeline is up when one of its pools is outside the failure and every storage it"
                        + " reads or writes has a copy outside it; this is skyloom simulate's rule.");
    }

    private void portabilitySlide(XMLSlideShow ppt, Design design, List<Finding> findings) {
        PortabilityReport report = PortabilityCheck.report(DesignContext.of(design, catalog));
        List<Finding> accelerators = findings.stream()
                .filter(f -> f.code().equals("portability.single-provider-accelerator")
                        || f.code().equals("portability.accelerator-alternatives"))
                .toList();
        if (report.score().isEmpty() && report.exitCost().isEmpty() && accelerators.isEmpty()) {
            return;
        }
        XSLFSlide slide = ppt.createSlide();
        heading(slide, "Portability");
        XSLFTextBox t = box(slide, MARGIN, 64, WIDTH - 2 * MARGIN, 60);
        run(
                t.addNewTextParagraph(),
                report.score()
                        .map(s -> "Portability score "
                                + s.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)
                                + " %: share of GPU spend on accelerators two or more providers sell")
                        .orElse("No priced GPU spend: no portability score"),
                18,
                true,
                INK);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Provider", "Stored (TB)", "Exit cost (egress of all stored data)"));
        report.storedTb().keySet().stream()
                .sorted()
                .forEach(p -> rows.add(List.of(
                        p,
                        report.storedTb().get(p).stripTrailingZeros().toPlainString(),
                        report.exitCost()
                                .getOrDefault(p, Optional.empty())
                                .map(v -> money(v, design.currency()))
                                .orElse("unpriced"))));
        double y = 120;
        if (rows.size() > 1) {
            table(slide, rows, new double[] {200, 140, 300}, MARGIN, y);
            y += 30 * rows.size() + 20;
        }
        if (!accelerators.isEmpty()) {
            XSLFTextBox a = box(slide, MARGIN, y, WIDTH - 2 * MARGIN, HEIGHT - y - 24);
            for (Finding f : accelerators.subList(0, Math.min(6, accelerators.size()))) {
                run(a.addNewTextParagraph(), f.message(), 12, false, INK);
            }
        }
        notes(
                ppt,
                slide,
                "Score: priced GPU spend on accelerators sold by two or more providers, divided by all"
                        + " priced GPU spend. Exit cost: each provider's stored data moved out once at its internet egress"
                        + " price, volume tiers applied.");
    }

    private void assumptionsSlide(XMLSlideShow ppt, Design design, CostReport cost) {
        XSLFSlide slide = ppt.createSlide();
        heading(slide, "Assumptions and sources");
        XSLFTextBox t = box(slide, MARGIN, 64, WIDTH - 2 * MARGIN, HEIGHT - 90);
        Set<String> hours = new LinkedHashSet<>();
        for (Component c : design.components()) {
            if (c instanceof Component.GpuPool p) {
                hours.add(p.hoursPerMonth().stripTrailingZeros().toPlainString());
            }
        }
        List<String> lines = new ArrayList<>();
        if (!hours.isEmpty()) {
            lines.add("GPU pools run " + String.join(", ", hours) + " hours a month (set per pool).");
        }
        lines.add("Reserved prices where the catalog has none: 1-year on-demand less "
                + percent(design.assumptions().reserved1yDiscount()) + ", 3-year less "
                + percent(design.assumptions().reserved3yDiscount()) + " (the design's assumptions).");
        lines.add("Catalog snapshot of " + catalog.snapshotDate() + "; currency " + cost.currency()
                + ", prices in other currencies are not converted.");
        Set<String> used = new LinkedHashSet<>();
        // A price assembled from several sources names them joined by "; " (catalog assemblers).
        cost.lines().forEach(l -> {
            if (l.isPriced() && !l.priceSource().isBlank()) {
                for (String id : l.priceSource().split(";")) {
                    if (!id.isBlank()) {
                        used.add(id.strip());
                    }
                }
            }
        });
        for (String id : used) {
            if (lines.size() > 14) {
                lines.add("… and more sources: see the workbook's Assumptions sheet.");
                break;
            }
            lines.add("Source " + catalog.source(id).map(DeckExporter::describe).orElse(id));
        }
        for (String line : lines) {
            run(t.addNewTextParagraph(), line, 13, false, INK);
        }
        notes(
                ppt,
                slide,
                "Every price in this deck comes from a named source with its date; a missing price is"
                        + " shown as unpriced, never as 0.");
    }

    /**
     * The largest title size (36 pt down to 12 pt) at which the name, wrapped in the title box, stays
     * inside it; a long name at 36 pt ran over the subtitle below. Wrapping costs some width, hence
     * the 1.15 slack.
     */
    static double titleSize(String name) {
        String text = SlideText.clean(name);
        double width = WIDTH - 2 * MARGIN - 20;
        for (double size = 36; size > 12; size -= 4) {
            double lines = Math.ceil(AwtTextMeasure.shared().width(text, size, true) * 1.15 / width);
            if (lines * size * 1.2 <= TITLE_HEIGHT) {
                return size;
            }
        }
        return 12;
    }

    /** A source as a reader wants it: id, origin, date (published or read) and licence; not the record. */
    private static String describe(CatalogSource s) {
        StringBuilder out = new StringBuilder(s.id()).append(": ").append(s.origin());
        if (!s.asOf().isBlank()) {
            out.append(s.asOfPublished() ? ", as of " : ", read ").append(s.asOf());
        }
        if (!s.licence().isBlank()) {
            out.append("; licence: ").append(s.licence());
        }
        return out.toString();
    }

    // ---- building blocks --------------------------------------------------------------------------

    private static void heading(XSLFSlide slide, String text) {
        XSLFTextBox t = box(slide, MARGIN, 18, WIDTH - 2 * MARGIN, 40);
        run(t.addNewTextParagraph(), text, 24, true, INK);
        XSLFTextBox bar = slide.createTextBox();
        bar.setAnchor(new Rectangle2D.Double(MARGIN, 56, 60, 3));
        bar.setFillColor(ACCENT);
    }

    private static XSLFTextBox box(XSLFSlide slide, double x, double y, double w, double h) {
        XSLFTextBox t = slide.createTextBox();
        t.setAnchor(new Rectangle2D.Double(x, y, w, h));
        t.setWordWrap(true);
        t.clearText();
        return t;
    }

    private static void run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour) {
        p.setTextAlign(TextParagraph.TextAlign.LEFT);
        XSLFTextRun r = p.addNewTextRun();
        r.setText(SlideText.clean(text));
        r.setFontFamily(DiagramSlide.FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
    }

    private static void table(XSLFSlide slide, List<List<String>> rows, double[] widths, double x, double y) {
        XSLFTable table = slide.createTable();
        for (int i = 0; i < rows.size(); i++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(22);
            for (String text : rows.get(i)) {
                XSLFTableCell cell = row.addCell();
                cell.clearText();
                XSLFTextParagraph p = cell.addNewTextParagraph();
                run(p, SlideText.clean(text, 220), i == 0 ? 12 : 11, i == 0, i == 0 ? INK : INK);
                cell.setFillColor(i == 0 ? new Color(0xEE, 0xF1, 0xF5) : Color.WHITE);
                cell.setBorderColor(
                        org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xD0, 0xD7, 0xDE));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        table.setAnchor(new Rectangle2D.Double(x, y, total, 22.0 * rows.size()));
    }

    private static void notes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                shape.setText(SlideText.clean(text, 4000));
                return;
            }
        }
    }

    private static String names(Design design, List<String> ids, String joint) {
        return ids.stream().limit(12).map(id -> label(design, id)).collect(Collectors.joining(joint))
                + (ids.size() > 12 ? joint + "… and " + (ids.size() - 12) + " more" : "");
    }

    private static String label(Design design, String id) {
        return design.component(id).map(Component::label).orElse(id);
    }

    private static String money(BigDecimal v, String currency) {
        return String.format(java.util.Locale.ROOT, "%,.2f %s", v.setScale(2, RoundingMode.HALF_UP), currency);
    }

    private static String percent(BigDecimal v) {
        return v.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %";
    }
}
