package dev.skyloom.app.cli;

import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.diff.ChangeKind;
import dev.skyloom.model.diff.CostComparison;
import dev.skyloom.model.diff.CostLineDelta;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.ElementChange;
import dev.skyloom.model.diff.FieldChange;
import dev.skyloom.model.diff.OutageDelta;
import dev.skyloom.model.diff.PopulationLatency;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.Serving;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The plain-text report of {@code skyloom diff} for a terminal. */
final class DiffText {
    private DiffText() {}

    static String render(DesignComparison c, String base, String head) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(base).append(" → ").append(head).append(nl);
        if (c.unchanged()) {
            b.append("No change to the design (canvas positions are not compared).")
                    .append(nl);
        }
        List<ElementChange> elements = new ArrayList<>(c.settings());
        elements.addAll(c.dataClasses());
        elements.addAll(c.components());
        elements.addAll(c.connections());
        for (ElementChange e : elements) {
            b.append(String.format("%-8s %-14s %s", e.change().json(), e.kind(), e.id()));
            if (!e.label().equals(e.id())) {
                b.append(" (").append(e.label()).append(')');
            }
            b.append(nl);
            if (e.change() == ChangeKind.CHANGED) {
                for (FieldChange f : e.fields()) {
                    b.append("         ")
                            .append(f.field())
                            .append(": ")
                            .append(shown(f.before()))
                            .append(" → ")
                            .append(shown(f.after()))
                            .append(nl);
                }
            }
        }
        CostComparison cost = c.cost();
        // The currency leads: after an amount it read as part of "unpriced (1 line) USD".
        b.append("Cost (")
                .append(cost.comparable() ? cost.currencyAfter() : cost.currencyBefore() + " → " + cost.currencyAfter())
                .append("): monthly ")
                .append(cost.totalBefore().text(BigDecimal::toPlainString))
                .append(" → ")
                .append(cost.totalAfter().text(BigDecimal::toPlainString))
                .append(" (")
                .append(change(cost, cost.monthlyDelta()))
                .append("), annual ")
                .append(cost.totalBefore().annualText(BigDecimal::toPlainString))
                .append(" → ")
                .append(cost.totalAfter().annualText(BigDecimal::toPlainString))
                .append("; unpriced lines ")
                .append(cost.unpricedBefore())
                .append(" → ")
                .append(cost.unpricedAfter())
                .append(nl);
        for (CostLineDelta l : cost.lines()) {
            b.append(String.format(
                    "  %-8s %-24s %14s → %-14s %s%n",
                    l.change().json(),
                    l.id(),
                    amount(l.before(), l.unpricedBefore()),
                    amount(l.after(), l.unpricedAfter()),
                    l.delta().map(DiffText::signed).orElse("")));
        }
        b.append("Findings: errors ")
                .append(c.findings().countBefore(Severity.ERROR))
                .append(" → ")
                .append(c.findings().countAfter(Severity.ERROR))
                .append(", warnings ")
                .append(c.findings().countBefore(Severity.WARNING))
                .append(" → ")
                .append(c.findings().countAfter(Severity.WARNING))
                .append("; ")
                .append(c.findings().added().size())
                .append(" new, ")
                .append(c.findings().resolved().size())
                .append(" resolved")
                .append(nl);
        for (Finding f : c.findings().added()) {
            if (f.severity() != Severity.INFO) {
                b.append("  new ")
                        .append(f.severity().json())
                        .append(' ')
                        .append(f.code())
                        .append(": ")
                        .append(f.message())
                        .append(nl);
            }
        }
        b.append("Failures taking a pipeline down: ")
                .append(c.resilience().harmfulBefore())
                .append(" of ")
                .append(c.resilience().outagesBefore())
                .append(" → ")
                .append(c.resilience().harmfulAfter())
                .append(" of ")
                .append(c.resilience().outagesAfter())
                .append(nl);
        for (OutageDelta o : c.resilience().changed()) {
            for (String p : o.nowSurvive()) {
                b.append("  ")
                        .append(p)
                        .append(" now survives a ")
                        .append(o.kind().json())
                        .append(' ')
                        .append(o.key())
                        .append(" outage")
                        .append(nl);
            }
            for (String p : o.nowGoDown()) {
                b.append("  ")
                        .append(p)
                        .append(" now goes down in a ")
                        .append(o.kind().json())
                        .append(' ')
                        .append(o.key())
                        .append(" outage")
                        .append(nl);
            }
        }
        b.append("Portability score: ")
                .append(score(c.portability().scoreBefore()))
                .append(" → ")
                .append(score(c.portability().scoreAfter()))
                .append(nl);
        if (c.latency().before().isPresent() || c.latency().after().isPresent()) {
            b.append("Users within latency budget: ")
                    .append(coverage(c.latency().before()))
                    .append(" → ")
                    .append(coverage(c.latency().after()))
                    .append(nl);
        }
        for (PopulationLatency p : c.latency().populations()) {
            b.append("  ")
                    .append(p.id())
                    .append(": ")
                    .append(p.before().map(DiffText::served).orElse("(absent)"))
                    .append(" → ")
                    .append(p.after().map(DiffText::served).orElse("(absent)"))
                    .append(nl);
        }
        return b.toString();
    }

    private static String coverage(Optional<ReachCoverage> c) {
        return c.map(r -> String.format(java.util.Locale.ROOT, "%.0f %%", r.now() * 100)
                        + r.worstFailure()
                                .map(f -> String.format(
                                        java.util.Locale.ROOT, " (%.0f %% if %s fails)", r.worst() * 100, f))
                                .orElse(""))
                .orElse("—");
    }

    private static String served(Serving s) {
        return s.region().isEmpty()
                ? "not served"
                : s.region() + " at " + ReachOutput.rtt(s) + " (" + ReachOutput.status(s) + ")";
    }

    private static String shown(String v) {
        return v.isEmpty() ? "(none)" : v;
    }

    private static String signed(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }

    /** The change of the totals, in the plain (ungrouped) numbers of this output. */
    private static String change(CostComparison cost, Optional<BigDecimal> delta) {
        if (delta.isEmpty()) {
            return "currencies differ";
        }
        if (cost.totalBefore().isUnpriced() || cost.totalAfter().isUnpriced()) {
            return "change unknown";
        }
        return signed(delta.get()) + (cost.deltaComplete() ? "" : ", priced lines only");
    }

    private static String amount(Optional<BigDecimal> a, boolean unpriced) {
        return a.map(BigDecimal::toPlainString).orElse(unpriced ? "unpriced" : "—");
    }

    private static String score(Optional<BigDecimal> s) {
        return s.map(v -> v.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %")
                .orElse("—");
    }
}
