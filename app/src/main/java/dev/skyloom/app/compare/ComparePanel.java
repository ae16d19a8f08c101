package dev.skyloom.app.compare;

import dev.skyloom.app.cost.CostPanel;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.diff.ChangeKind;
import dev.skyloom.model.diff.ComparisonMarkdown;
import dev.skyloom.model.diff.ComparisonSummary;
import dev.skyloom.model.diff.CostComparison;
import dev.skyloom.model.diff.CostGroupDelta;
import dev.skyloom.model.diff.CostLineDelta;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.ElementChange;
import dev.skyloom.model.diff.ExitCostDelta;
import dev.skyloom.model.diff.FieldChange;
import dev.skyloom.model.diff.FindingsComparison;
import dev.skyloom.model.diff.LatencyComparison;
import dev.skyloom.model.diff.OutageDelta;
import dev.skyloom.model.diff.PopulationLatency;
import dev.skyloom.model.diff.PortabilityComparison;
import dev.skyloom.model.diff.ResilienceComparison;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The Compare tab of the analysis drawer: what {@code skyloom diff --markdown} says, as controls. The
 * summary table ({@link ComparisonSummary}, the Markdown's rows), the new errors, then one collapsible section per {@link
 * ComparisonMarkdown#SECTIONS} title in that order. It renders a {@link DesignComparison} and computes
 * nothing itself. Summary cells have ids {@code compare-KEY-before|after|change} (KEY: monthly, annual,
 * unpriced, errors, warnings, failures, portability, latency).
 */
public final class ComparePanel extends ScrollPane {
    private final VBox body = new VBox(8);
    private final Label heading = new Label("No comparison");
    private final GridPane summary = new GridPane();
    private final VBox newErrors = new VBox(2);
    private final List<TitledPane> sections = new ArrayList<>();

    public ComparePanel() {
        setId("compare-panel");
        setFitToWidth(true);
        body.setPadding(new Insets(6));
        heading.setId("compare-heading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        summary.setId("compare-summary");
        summary.setHgap(18);
        summary.setVgap(2);
        newErrors.setId("compare-new-errors");
        body.getChildren().addAll(heading, summary, newErrors);
        for (String title : ComparisonMarkdown.SECTIONS) {
            TitledPane pane = new TitledPane(title, new VBox());
            pane.setId("compare-section-"
                    + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
            pane.setExpanded(false);
            sections.add(pane);
            body.getChildren().add(pane);
        }
        setContent(body);
    }

    /** The section panes, in {@link ComparisonMarkdown#SECTIONS} order. */
    public List<TitledPane> sections() {
        return List.copyOf(sections);
    }

    /** The text of a summary cell, e.g. {@code cell("monthly", "change")}; empty before a comparison. */
    public String cell(String key, String column) {
        Node n = summary.lookup("#compare-" + key + "-" + column);
        return n instanceof Label l ? l.getText() : "";
    }

    public void clear() {
        heading.setText("No comparison");
        summary.getChildren().clear();
        newErrors.getChildren().clear();
        for (TitledPane p : sections) {
            p.setContent(new VBox());
        }
    }

    /** Shows a comparison of {@code base} (the design before) with {@code head} (after). */
    public void show(DesignComparison c, String base, String head) {
        heading.setText(
                base + " → " + head + (c.unchanged() ? " — no change (canvas positions are not compared)" : ""));
        summary(c);
        newErrors.getChildren().clear();
        List<Finding> errors = c.findings().added(Severity.ERROR);
        if (!errors.isEmpty()) {
            newErrors.getChildren().add(bold("New errors"));
            errors.forEach(f -> newErrors.getChildren().add(wrapped("• " + finding(f))));
        }
        elements(0, "Components", c.components());
        elements(1, "Connections", c.connections());
        List<ElementChange> settings = new ArrayList<>(c.dataClasses());
        settings.addAll(c.settings());
        elements(2, ComparisonMarkdown.SECTIONS.get(2), settings);
        cost(sections.get(3), c.cost());
        findings(sections.get(4), c.findings());
        resilience(sections.get(5), c.resilience());
        portability(sections.get(6), c.portability());
        latency(sections.get(7), c.latency());
    }

    private void summary(DesignComparison c) {
        summary.getChildren().clear();
        summary.addRow(0, bold(""), bold("Before"), bold("After"), bold("Change"));
        for (ComparisonSummary.Row r : ComparisonSummary.of(c).rows()) {
            row(r.key(), r.label(), r.before(), r.after(), r.change());
        }
    }

    private void row(String key, String label, String before, String after, String change) {
        int r = summary.getRowCount();
        summary.addRow(
                r,
                new Label(label),
                cell(key, "before", before),
                cell(key, "after", after),
                cell(key, "change", change));
    }

    private static Label cell(String key, String column, String text) {
        Label l = new Label(text);
        l.setId("compare-" + key + "-" + column);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void elements(int index, String what, List<ElementChange> list) {
        TitledPane pane = sections.get(index);
        pane.setText(ComparisonMarkdown.SECTIONS.get(index) + ": " + (list.isEmpty() ? "no change" : counts(list)));
        VBox box = new VBox(2);
        if (list.isEmpty()) {
            box.getChildren().add(new Label("No change."));
        }
        for (ElementChange e : list) {
            List<String> fields = new ArrayList<>();
            for (FieldChange fc : e.fields()) {
                fields.add(
                        switch (e.change()) {
                            case ADDED -> fc.field() + ": " + value(fc.after());
                            case REMOVED -> fc.field() + ": " + value(fc.before());
                            case CHANGED -> fc.field() + ": " + value(fc.before()) + " → " + value(fc.after());
                        });
            }
            box.getChildren()
                    .add(wrapped(e.change().json() + "  " + element(e) + " [" + e.kind() + "]  "
                            + String.join("; ", fields)));
        }
        pane.setContent(box);
    }

    private static String counts(List<ElementChange> list) {
        return DesignComparison.count(list, ChangeKind.ADDED) + " added, "
                + DesignComparison.count(list, ChangeKind.REMOVED) + " removed, "
                + DesignComparison.count(list, ChangeKind.CHANGED) + " changed";
    }

    private static String element(ElementChange e) {
        String label = e.label();
        String name = label.equals(e.id()) ? e.id() : label + " (" + e.id() + ")";
        if (e.change() == ChangeKind.CHANGED && !e.beforeLabel().equals(e.afterLabel())) {
            name += ", was " + e.beforeLabel();
        }
        return name;
    }

    private void cost(TitledPane pane, CostComparison c) {
        pane.setText("Cost: "
                + ComparisonSummary.costHeadline(c)
                + ", " + Counted.of(c.lines().size(), "line") + " new, removed or changed");
        VBox box = new VBox(4);
        if (!c.comparable()) {
            box.getChildren()
                    .add(wrapped("The designs use different currencies (" + c.currencyBefore() + ", "
                            + c.currencyAfter() + "); amounts are not converted or subtracted."));
        }
        box.getChildren().add(groups("By provider", c, c.byProvider()));
        box.getChildren().add(groups("By category", c, c.byCategory()));
        if (c.lines().isEmpty()) {
            box.getChildren()
                    .add(new Label("No cost line is new, removed or changed (" + c.unchangedLines() + " unchanged)."));
        } else {
            GridPane g = grid("Change", "Line", "Provider", "Region", "Category", "Before", "After", "Change");
            for (CostLineDelta l : c.lines()) {
                g.addRow(
                        g.getRowCount(),
                        new Label(l.change().json()),
                        new Label(
                                l.label().isEmpty() || l.label().equals(l.id())
                                        ? l.id()
                                        : l.label() + " (" + l.id() + ")"),
                        new Label(l.provider()),
                        new Label(l.region()),
                        new Label(l.category()),
                        new Label(amount(l.before(), l.unpricedBefore())),
                        new Label(amount(l.after(), l.unpricedAfter())),
                        new Label(
                                c.comparable()
                                        ? l.delta()
                                                .map(ComparePanel::signedMoney)
                                                .orElse("—")
                                        : "—"));
            }
            box.getChildren()
                    .addAll(
                            g,
                            wrapped(Counted.of(c.unchangedLines(), "line")
                                    + " unchanged. Unpriced lines are listed as unpriced and never counted as 0."));
        }
        pane.setContent(box);
    }

    private static GridPane groups(String title, CostComparison c, List<CostGroupDelta> groups) {
        GridPane g = grid(title, "Before", "After", "Change", "Unpriced before", "Unpriced after");
        for (CostGroupDelta d : groups) {
            g.addRow(
                    g.getRowCount(),
                    new Label(d.key().isEmpty() ? "(unknown)" : d.key()),
                    new Label(ComparisonSummary.amount(d.totalBefore())),
                    new Label(ComparisonSummary.amount(d.totalAfter())),
                    new Label(c.comparable() ? ComparisonSummary.groupChange(d) : "—"),
                    new Label(Integer.toString(d.unpricedBefore())),
                    new Label(Integer.toString(d.unpricedAfter())));
        }
        return g;
    }

    private void findings(TitledPane pane, FindingsComparison f) {
        pane.setText("Findings: " + f.added().size() + " new, " + f.resolved().size() + " resolved, " + f.unchanged()
                + " unchanged");
        VBox box = new VBox(4);
        GridPane g = grid("Severity", "Before", "After", "New", "Resolved");
        for (Severity s : Severity.values()) {
            g.addRow(
                    g.getRowCount(),
                    new Label(s.json()),
                    new Label(Integer.toString(f.countBefore(s))),
                    new Label(Integer.toString(f.countAfter(s))),
                    new Label(Integer.toString(f.added(s).size())),
                    new Label(Integer.toString(f.resolved(s).size())));
        }
        box.getChildren().add(g);
        list(box, "New errors", f.added(Severity.ERROR));
        list(box, "New warnings", f.added(Severity.WARNING));
        list(box, "Resolved errors", f.resolved(Severity.ERROR));
        list(box, "Resolved warnings", f.resolved(Severity.WARNING));
        pane.setContent(box);
    }

    private static void list(VBox box, String title, List<Finding> findings) {
        if (!findings.isEmpty()) {
            box.getChildren().add(bold(title));
            findings.forEach(f -> box.getChildren().add(wrapped("• " + finding(f))));
        }
    }

    private static String finding(Finding f) {
        return f.code() + ": " + f.message()
                + (f.subjects().isEmpty() ? "" : " (" + String.join(", ", f.subjects()) + ")");
    }

    private void resilience(TitledPane pane, ResilienceComparison r) {
        List<OutageDelta> changed = r.changed();
        pane.setText("Resilience: "
                + (changed.isEmpty()
                        ? "no change"
                        : Counted.of(changed.size(), "failure") + " with a different outcome"));
        VBox box = new VBox(4);
        if (changed.isEmpty()) {
            box.getChildren()
                    .add(wrapped("Every single region and provider failure takes down the same pipelines as before ("
                            + Counted.of(r.outages().size(), "failure") + " checked)."));
        } else {
            GridPane g = grid("Failure", "Down before", "Down after", "Effect");
            for (OutageDelta o : changed) {
                String what =
                        o.kind() == OutageDelta.Kind.PROVIDER ? "a " + o.key() + " outage" : "an outage of " + o.key();
                List<String> effect = new ArrayList<>();
                o.nowSurvive().forEach(p -> effect.add(p + " now survives " + what));
                o.nowGoDown().forEach(p -> effect.add(p + " now goes down in " + what));
                g.addRow(
                        g.getRowCount(),
                        new Label(o.kind().json() + " " + o.key() + (o.inBefore() ? "" : " (new)")
                                + (o.inAfter() ? "" : " (gone)")),
                        new Label(ids(o.downBefore())),
                        new Label(ids(o.downAfter())),
                        wrapped(String.join("; ", effect)));
            }
            box.getChildren()
                    .addAll(
                            g,
                            new Label(Counted.of(r.outages().size() - changed.size(), "other failure")
                                    + (r.outages().size() - changed.size() == 1 ? " takes" : " take")
                                    + " down the same pipelines as before."));
        }
        pane.setContent(box);
    }

    private void portability(TitledPane pane, PortabilityComparison p) {
        pane.setText("Portability: score " + percent(p.scoreBefore()) + " → " + percent(p.scoreAfter()));
        VBox box = new VBox(4);
        box.getChildren()
                .add(wrapped("Score: share of priced GPU spend on accelerators sold by two or more providers."));
        if (p.exitCost().isEmpty()) {
            box.getChildren().add(new Label("No provider stores data on either side."));
        } else {
            GridPane g = grid("Exit cost (move stored data out)", "Before", "After");
            for (ExitCostDelta e : p.exitCost()) {
                g.addRow(
                        g.getRowCount(),
                        new Label(e.provider()),
                        new Label(exit(e.storesBefore(), e.before())),
                        new Label(exit(e.storesAfter(), e.after())));
            }
            box.getChildren().add(g);
        }
        pane.setContent(box);
    }

    private void latency(TitledPane pane, LatencyComparison l) {
        pane.setText("Latency: users within budget " + nowPercent(l.before()) + " → " + nowPercent(l.after()) + ", "
                + Counted.of(l.populations().size(), "population") + " served differently");
        VBox box = new VBox(4);
        if (l.before().isEmpty() && l.after().isEmpty() && l.populations().isEmpty()) {
            box.getChildren().add(new Label("Neither design has user populations."));
            pane.setContent(box);
            return;
        }
        GridPane cov = grid("Coverage", "Before", "After");
        cov.addRow(1, new Label("Now"), new Label(nowPercent(l.before())), new Label(nowPercent(l.after())));
        cov.addRow(
                2,
                new Label("Under the worst single failure"),
                new Label(l.before().map(r -> percent(r.worst())).orElse("—")),
                new Label(l.after().map(r -> percent(r.worst())).orElse("—")));
        cov.addRow(3, new Label("Worst single failure"), new Label(worst(l.before())), new Label(worst(l.after())));
        cov.addRow(
                4,
                new Label("Weighed by"),
                new Label(l.before().map(ReachCoverage::basis).orElse("—")),
                new Label(l.after().map(ReachCoverage::basis).orElse("—")));
        box.getChildren().add(cov);
        if (l.populations().isEmpty()) {
            box.getChildren()
                    .add(wrapped("Every population is served from the same region at the same round trip as before."));
        } else {
            GridPane g = grid(
                    "Population", "Served from before", "Round trip before", "Served from after", "Round trip after");
            for (PopulationLatency p : l.populations()) {
                g.addRow(
                        g.getRowCount(),
                        new Label(p.id()),
                        new Label(p.before().map(ComparePanel::servedFrom).orElse("— (absent)")),
                        new Label(p.before().map(ComparePanel::roundTrip).orElse("—")),
                        new Label(p.after().map(ComparePanel::servedFrom).orElse("— (absent)")),
                        new Label(p.after().map(ComparePanel::roundTrip).orElse("—")));
            }
            box.getChildren().add(g);
        }
        pane.setContent(box);
    }

    private static String worst(Optional<ReachCoverage> c) {
        return c.map(r -> r.worstFailure().orElse("none touches the serving pipelines"))
                .orElse("—");
    }

    private static String servedFrom(Serving s) {
        return s.region().isEmpty() ? "nothing" : s.region() + " (" + s.pool() + ")";
    }

    private static String roundTrip(Serving s) {
        String budget = s.budgetMs().stripTrailingZeros().toPlainString() + " ms";
        String rtt = s.rtt().map(RoundTrip::text).orElse("unknown");
        return switch (s.status()) {
            case WITHIN_BUDGET -> rtt + ", within " + budget;
            case OVER_BUDGET -> rtt + ", over " + budget;
            case UNSERVED -> "not served";
            case UNKNOWN -> "unknown (no coordinates)";
        };
    }

    private static String nowPercent(Optional<ReachCoverage> c) {
        return c.map(r -> percent(r.now())).orElse("—");
    }

    private static String percent(double share) {
        return points(BigDecimal.valueOf(share)) + " %";
    }

    private static long points(double share) {
        return points(BigDecimal.valueOf(share));
    }

    private static GridPane grid(String... headers) {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(2);
        List<Node> cells = new ArrayList<>();
        for (String h : headers) {
            cells.add(bold(h));
        }
        g.addRow(0, cells.toArray(Node[]::new));
        return g;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static String exit(boolean stores, Optional<BigDecimal> amount) {
        return stores ? amount.map(CostPanel::money).orElse("unpriced") : "—";
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    private static String value(String v) {
        return v.isEmpty() ? "—" : v;
    }

    private static String amount(Optional<BigDecimal> amount, boolean unpriced) {
        return amount.map(CostPanel::money).orElse(unpriced ? "unpriced" : "—");
    }

    static String signedMoney(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + CostPanel.money(d);
    }

    private static long points(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static String percent(Optional<BigDecimal> share) {
        return share.map(s -> points(s) + " %").orElse("—");
    }
}
