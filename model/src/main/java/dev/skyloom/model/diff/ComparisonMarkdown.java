package dev.skyloom.model.diff;

import static dev.skyloom.model.diff.ComparisonSummary.percent;

import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison as GitHub-flavoured Markdown for a pull-request comment: a heading, a summary table (cost,
 * unpriced lines, errors, warnings, failures that take a pipeline down, portability score, users within
 * latency budget), the new errors, then one collapsible {@code <details>} section each for components,
 * connections, data classes and settings, cost, findings, resilience, portability and latency, always in
 * this order and always present. No
 * timestamps, so the same pair gives the same bytes and a CI bot can update one comment. Every piece of
 * user text is escaped (Markdown punctuation backslashed, line breaks flattened), so a name cannot break
 * the table or inject HTML.
 */
public final class ComparisonMarkdown {
    /** The section titles, in order; views showing the same sections use these. */
    public static final List<String> SECTIONS = List.of(
            "Components",
            "Connections",
            "Data classes and settings",
            "Cost",
            "Findings",
            "Resilience",
            "Portability",
            "Latency");

    private final StringBuilder b = new StringBuilder();

    private ComparisonMarkdown() {}

    /** The Markdown of a comparison; {@code base} and {@code head} name the two sides (file or revision). */
    public static String render(DesignComparison c, String base, String head) {
        ComparisonMarkdown m = new ComparisonMarkdown();
        m.write(c, base, head);
        return m.b.toString();
    }

    private void write(DesignComparison c, String base, String head) {
        line("## Skyloom design diff");
        line("");
        line(escape(base) + " → " + escape(head));
        line("");
        summary(c);
        line("");
        line(changeLine(c));
        newErrors(c.findings());
        elements(SECTIONS.get(0), "Component", c.components());
        elements(SECTIONS.get(1), "Connection", c.connections());
        List<ElementChange> settings = new ArrayList<>(c.dataClasses());
        settings.addAll(c.settings());
        elements(SECTIONS.get(2), "Data class or setting", settings);
        cost(c.cost());
        findings(c.findings());
        resilience(c.resilience());
        portability(c.portability());
        latency(c.latency());
    }

    private void summary(DesignComparison c) {
        line("| | Before | After | Change |");
        line("|---|---:|---:|---:|");
        for (ComparisonSummary.Row r : ComparisonSummary.of(c).rows()) {
            row(escape(r.label()), escape(r.before()), escape(r.after()), escape(r.change()));
        }
    }

    private static String changeLine(DesignComparison c) {
        if (c.unchanged()) {
            return "No change to the design (canvas positions are not compared).";
        }
        return "Components: " + counts(c.components()) + " · Connections: " + counts(c.connections())
                + " · Data classes and settings: "
                + (c.dataClasses().size() + c.settings().size()) + " changed";
    }

    private static String counts(List<ElementChange> list) {
        return DesignComparison.count(list, ChangeKind.ADDED) + " added, "
                + DesignComparison.count(list, ChangeKind.REMOVED) + " removed, "
                + DesignComparison.count(list, ChangeKind.CHANGED) + " changed";
    }

    private void newErrors(FindingsComparison f) {
        List<Finding> errors = f.added(Severity.ERROR);
        if (errors.isEmpty()) {
            return;
        }
        line("");
        line("**New errors**");
        line("");
        for (Finding e : errors) {
            line("- " + finding(e));
        }
    }

    private void elements(String title, String what, List<ElementChange> list) {
        open(title + ": " + (list.isEmpty() ? "no change" : counts(list)));
        if (list.isEmpty()) {
            line("No change.");
        } else {
            line("| Change | " + what + " | Kind | Fields (before → after) |");
            line("|---|---|---|---|");
            for (ElementChange e : list) {
                List<String> fields = new ArrayList<>();
                for (FieldChange fc : e.fields()) {
                    fields.add(
                            switch (e.change()) {
                                case ADDED -> escape(fc.field()) + ": " + value(fc.after());
                                case REMOVED -> escape(fc.field()) + ": " + value(fc.before());
                                case CHANGED ->
                                    escape(fc.field()) + ": " + value(fc.before()) + " → " + value(fc.after());
                            });
                }
                row(e.change().json(), element(e), escape(e.kind()), String.join("; ", fields));
            }
        }
        close();
    }

    private static String element(ElementChange e) {
        String label = e.label();
        String name = label.equals(e.id()) ? escape(e.id()) : escape(label) + " (" + escape(e.id()) + ")";
        if (e.change() == ChangeKind.CHANGED && !e.beforeLabel().equals(e.afterLabel())) {
            name += ", was " + escape(e.beforeLabel());
        }
        return name;
    }

    private void cost(CostComparison c) {
        String summary = ComparisonSummary.costHeadline(c);
        open("Cost: " + summary + ", " + Counted.of(c.lines().size(), "line") + " new, removed or changed");
        if (!c.comparable()) {
            line("The designs use different currencies (" + escape(c.currencyBefore()) + ", "
                    + escape(c.currencyAfter()) + "); amounts are not converted or subtracted.");
            line("");
        }
        line("| By provider | Before | After | Change | Unpriced before | Unpriced after |");
        line("|---|---:|---:|---:|---:|---:|");
        groups(c, c.byProvider());
        line("");
        line("| By category | Before | After | Change | Unpriced before | Unpriced after |");
        line("|---|---:|---:|---:|---:|---:|");
        groups(c, c.byCategory());
        line("");
        if (c.lines().isEmpty()) {
            line("No cost line is new, removed or changed (" + c.unchangedLines() + " unchanged).");
        } else {
            line("| Change | Line | Provider | Region | Category | Before | After | Change |");
            line("|---|---|---|---|---|---:|---:|---:|");
            for (CostLineDelta l : c.lines()) {
                row(
                        l.change().json(),
                        line(l),
                        escape(l.provider()),
                        escape(l.region()),
                        l.category(),
                        amount(l.before(), l.unpricedBefore()),
                        amount(l.after(), l.unpricedAfter()),
                        c.comparable()
                                ? l.delta().map(ComparisonSummary::signedMoney).orElse("—")
                                : "—");
            }
            line("");
            line(Counted.of(c.unchangedLines(), "line")
                    + " unchanged. Unpriced lines are listed as unpriced and never counted as 0.");
        }
        close();
    }

    private static String line(CostLineDelta l) {
        return l.label().isEmpty() || l.label().equals(l.id())
                ? escape(l.id())
                : escape(l.label()) + " (" + escape(l.id()) + ")";
    }

    private void groups(CostComparison c, List<CostGroupDelta> groups) {
        for (CostGroupDelta g : groups) {
            row(
                    escape(g.key().isEmpty() ? "(unknown)" : g.key()),
                    ComparisonSummary.amount(g.totalBefore()),
                    ComparisonSummary.amount(g.totalAfter()),
                    c.comparable() ? ComparisonSummary.groupChange(g) : "—",
                    Integer.toString(g.unpricedBefore()),
                    Integer.toString(g.unpricedAfter()));
        }
    }

    private void findings(FindingsComparison f) {
        open("Findings: " + f.added().size() + " new, " + f.resolved().size() + " resolved, " + f.unchanged()
                + " unchanged");
        line("| Severity | Before | After | New | Resolved |");
        line("|---|---:|---:|---:|---:|");
        for (Severity s : Severity.values()) {
            row(
                    s.json(),
                    Integer.toString(f.countBefore(s)),
                    Integer.toString(f.countAfter(s)),
                    Integer.toString(f.added(s).size()),
                    Integer.toString(f.resolved(s).size()));
        }
        list("New errors", f.added(Severity.ERROR));
        list("New warnings", f.added(Severity.WARNING));
        list("Resolved errors", f.resolved(Severity.ERROR));
        list("Resolved warnings", f.resolved(Severity.WARNING));
        close();
    }

    private void list(String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        line("");
        line("**" + title + "**");
        line("");
        for (Finding f : findings) {
            line("- " + finding(f));
        }
    }

    private static String finding(Finding f) {
        String subjects = f.subjects().isEmpty() ? "" : " (" + escape(String.join(", ", f.subjects())) + ")";
        return escape(f.code()) + ": " + escape(f.message()) + subjects;
    }

    private void resilience(ResilienceComparison r) {
        List<OutageDelta> changed = r.changed();
        open("Resilience: "
                + (changed.isEmpty()
                        ? "no change"
                        : Counted.of(changed.size(), "failure") + " with a different outcome"));
        if (changed.isEmpty()) {
            line("Every single region and provider failure takes down the same pipelines as before ("
                    + Counted.of(r.outages().size(), "failure") + " checked).");
        } else {
            line("| Failure | Down before | Down after | Effect |");
            line("|---|---|---|---|");
            for (OutageDelta o : changed) {
                List<String> effect = new ArrayList<>();
                String what =
                        o.kind() == OutageDelta.Kind.PROVIDER ? "a " + o.key() + " outage" : "an outage of " + o.key();
                for (String p : o.nowSurvive()) {
                    effect.add(p + " now survives " + what);
                }
                for (String p : o.nowGoDown()) {
                    effect.add(p + " now goes down in " + what);
                }
                row(
                        o.kind().json() + " " + escape(o.key()) + (o.inBefore() ? "" : " (new)")
                                + (o.inAfter() ? "" : " (gone)"),
                        ids(o.downBefore()),
                        ids(o.downAfter()),
                        escape(String.join("; ", effect)));
            }
            line("");
            int others = r.outages().size() - changed.size();
            line(Counted.of(others, "other failure") + (others == 1 ? " takes" : " take")
                    + " down the same pipelines as before.");
        }
        close();
    }

    private void portability(PortabilityComparison p) {
        open("Portability: score " + percent(p.scoreBefore()) + " → " + percent(p.scoreAfter()));
        line("Score: share of priced GPU spend on accelerators sold by two or more providers.");
        line("");
        if (p.exitCost().isEmpty()) {
            line("No provider stores data on either side.");
        } else {
            line("| Exit cost (move stored data out) | Before | After |");
            line("|---|---:|---:|");
            for (ExitCostDelta e : p.exitCost()) {
                row(escape(e.provider()), exit(e.storesBefore(), e.before()), exit(e.storesAfter(), e.after()));
            }
        }
        close();
    }

    private void latency(LatencyComparison l) {
        open("Latency: users within budget " + nowPercent(l.before()) + " → " + nowPercent(l.after()) + ", "
                + Counted.of(l.populations().size(), "population") + " served differently");
        if (l.before().isEmpty() && l.after().isEmpty() && l.populations().isEmpty()) {
            line("Neither design has user populations.");
            close();
            return;
        }
        line("Share of users within their latency budget (the latency check's reach.coverage).");
        line("");
        line("| Coverage | Before | After |");
        line("|---|---:|---:|");
        row("Now", nowPercent(l.before()), nowPercent(l.after()));
        row(
                "Under the worst single failure",
                l.before().map(r -> percent(r.worst())).orElse("—"),
                l.after().map(r -> percent(r.worst())).orElse("—"));
        row("Worst single failure", worst(l.before()), worst(l.after()));
        row(
                "Weighed by",
                l.before().map(ReachCoverage::basis).orElse("—"),
                l.after().map(ReachCoverage::basis).orElse("—"));
        line("");
        if (l.populations().isEmpty()) {
            line("Every population is served from the same region at the same round trip as before.");
        } else {
            line("| Population | Served from before | Round trip before | Served from after | Round trip after |");
            line("|---|---|---:|---|---:|");
            for (PopulationLatency p : l.populations()) {
                row(
                        escape(p.id()),
                        p.before().map(ComparisonMarkdown::servedFrom).orElse("— (absent)"),
                        p.before().map(ComparisonMarkdown::roundTrip).orElse("—"),
                        p.after().map(ComparisonMarkdown::servedFrom).orElse("— (absent)"),
                        p.after().map(ComparisonMarkdown::roundTrip).orElse("—"));
            }
            line("");
            line("Round trips marked ~ are estimated from distance; budgets are round-trip medians.");
        }
        close();
    }

    private static String worst(Optional<ReachCoverage> c) {
        return c.map(r -> r.worstFailure().map(ComparisonMarkdown::escape).orElse("none touches the serving pipelines"))
                .orElse("—");
    }

    private static String servedFrom(Serving s) {
        return s.region().isEmpty() ? "nothing" : escape(s.region()) + " (" + escape(s.pool()) + ")";
    }

    /** {@code ~20 ms, within 50 ms}: the round trip and how it compares with the budget. */
    private static String roundTrip(Serving s) {
        String budget = s.budgetMs().stripTrailingZeros().toPlainString() + " ms";
        String rtt = escape(s.rtt().map(RoundTrip::text).orElse("unknown"));
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

    private static String exit(boolean stores, Optional<BigDecimal> amount) {
        return stores ? amount.map(ComparisonSummary::money).orElse("unpriced") : "—";
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : escape(String.join(", ", ids));
    }

    private void open(String summary) {
        line("");
        line("<details>");
        line("<summary>" + html(summary) + "</summary>");
        line("");
    }

    private void close() {
        line("");
        line("</details>");
    }

    private void row(String... cells) {
        line("| " + String.join(" | ", cells) + " |");
    }

    private void line(String s) {
        b.append(s).append('\n');
    }

    private static String value(String v) {
        return v.isEmpty() ? "—" : escape(v);
    }

    private static String amount(Optional<BigDecimal> amount, boolean unpriced) {
        return amount.map(ComparisonSummary::money).orElse(unpriced ? "unpriced" : "—");
    }

    /** Summary text inside the HTML {@code <summary>}: only our own words, ids and counts, HTML-escaped. */
    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** User text as inline Markdown: punctuation that could start markup is backslashed; breaks flattened. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r' || ch == '\n' || ch == '\t') {
                out.append(' ');
            } else if ("\\`*_[]<>|~&#!".indexOf(ch) >= 0) {
                out.append('\\').append(ch);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
