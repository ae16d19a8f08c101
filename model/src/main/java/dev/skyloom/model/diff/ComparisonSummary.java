package dev.skyloom.model.diff;

import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostTotal;
import dev.skyloom.model.latency.ReachCoverage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The summary table of a comparison, before / after / change, as plain text: monthly and annual cost,
 * unpriced lines, errors, warnings, single failures that take a pipeline down, portability score and users
 * within latency budget. {@link ComparisonMarkdown} (escaping each cell) and the designer's Compare tab both
 * show these rows, so they cannot drift apart.
 */
public record ComparisonSummary(List<Row> rows) {
    /** One row; {@code key} names it for views (monthly, annual, unpriced, errors, warnings, failures, ...). */
    public record Row(String key, String label, String before, String after, String change) {}

    public ComparisonSummary {
        rows = List.copyOf(rows);
    }

    public static ComparisonSummary of(DesignComparison c) {
        CostComparison cost = c.cost();
        FindingsComparison f = c.findings();
        ResilienceComparison r = c.resilience();
        PortabilityComparison p = c.portability();
        LatencyComparison l = c.latency();
        String cur = cost.comparable() ? cost.currencyAfter() : cost.currencyBefore() + " → " + cost.currencyAfter();
        return new ComparisonSummary(List.of(
                new Row(
                        "monthly",
                        "Monthly cost (" + cur + ")",
                        cost.totalBefore().text(ComparisonSummary::money),
                        cost.totalAfter().text(ComparisonSummary::money),
                        change(cost.totalBefore(), cost.totalAfter(), cost.monthlyDelta())),
                new Row(
                        "annual",
                        "Annual cost (" + cur + ")",
                        cost.totalBefore().annualText(ComparisonSummary::money),
                        cost.totalAfter().annualText(ComparisonSummary::money),
                        change(cost.totalBefore(), cost.totalAfter(), cost.annualDelta())),
                counts("unpriced", "Unpriced cost lines", cost.unpricedBefore(), cost.unpricedAfter()),
                counts("errors", "Errors", f.countBefore(Severity.ERROR), f.countAfter(Severity.ERROR)),
                counts("warnings", "Warnings", f.countBefore(Severity.WARNING), f.countAfter(Severity.WARNING)),
                new Row(
                        "failures",
                        "Single failures that take a pipeline down",
                        r.harmfulBefore() + " of " + r.outagesBefore(),
                        r.harmfulAfter() + " of " + r.outagesAfter(),
                        signed(r.harmfulAfter() - r.harmfulBefore())),
                new Row(
                        "portability",
                        "Portability score",
                        percent(p.scoreBefore()),
                        percent(p.scoreAfter()),
                        p.scoreBefore().isPresent() && p.scoreAfter().isPresent()
                                ? signed(points(p.scoreAfter().get())
                                                - points(p.scoreBefore().get())) + " pts"
                                : "—"),
                new Row(
                        "latency",
                        "Users within latency budget",
                        coverage(l.before()),
                        coverage(l.after()),
                        l.before().isPresent() && l.after().isPresent()
                                ? signed(points(l.after().get().now())
                                                - points(l.before().get().now())) + " pts"
                                : "—")));
    }

    private static Row counts(String key, String label, int before, int after) {
        return new Row(key, label, Integer.toString(before), Integer.toString(after), signed(after - before));
    }

    /** {@code 75 % (50 % if azure fails)}: now, and under the worst single failure when there is one. */
    private static String coverage(Optional<ReachCoverage> c) {
        return c.map(r -> percent(r.now())
                        + r.worstFailure()
                                .map(f -> String.format(Locale.ROOT, " (%s if %s fails)", percent(r.worst()), f))
                                .orElse(""))
                .orElse("—");
    }

    /**
     * The change between two totals: "not comparable" when the currencies differ ({@code delta} empty),
     * "unknown" when a side has lines but none priced, and the change of the priced sums marked "(priced
     * lines only)" when a side has unpriced lines.
     */
    public static String change(CostTotal before, CostTotal after, Optional<BigDecimal> delta) {
        if (delta.isEmpty()) {
            return "not comparable";
        }
        if (before.isUnpriced() || after.isUnpriced()) {
            return "unknown";
        }
        return signedMoney(delta.get()) + (before.isComplete() && after.isComplete() ? "" : " (priced lines only)");
    }

    /**
     * The cost section's headline: "monthly +1,234.50 USD", with "(priced lines only)" when a side has
     * unpriced lines, "monthly change unknown (unpriced lines)" when a side has lines but none priced, or
     * "currencies differ".
     */
    public static String costHeadline(CostComparison c) {
        if (!c.comparable()) {
            return "currencies differ";
        }
        if (c.totalBefore().isUnpriced() || c.totalAfter().isUnpriced()) {
            return "monthly change unknown (unpriced lines)";
        }
        return "monthly " + signedMoney(c.monthlyDelta().orElseThrow()) + " " + c.currencyAfter()
                + (c.deltaComplete() ? "" : " (priced lines only)");
    }

    /** The change of a group's priced sums, "—" when a side has lines but none priced. */
    public static String groupChange(CostGroupDelta g) {
        return g.totalBefore().isUnpriced() || g.totalAfter().isUnpriced() ? "—" : signedMoney(g.delta());
    }

    /**
     * A group's amount in a table that counts its unpriced lines in a column of their own: "—" when it has no
     * line on that side, "unpriced" when none of its lines is priced, else the priced sum.
     */
    public static String amount(CostTotal t) {
        if (t.pricedLines() == 0 && t.unpricedLines() == 0) {
            return "—";
        }
        return t.isUnpriced() ? "unpriced" : money(t.pricedSum());
    }

    /** {@code 1,234.50}: grouped, two decimals, half up, the same in every locale. */
    static String money(BigDecimal d) {
        return dev.skyloom.model.text.Amount.of(d);
    }

    static String signedMoney(BigDecimal d) {
        return (d.signum() > 0 ? "+" : "") + money(d);
    }

    static String signed(long n) {
        return (n > 0 ? "+" : "") + n;
    }

    /** A share 0..1 in whole percentage points, half up. */
    static long points(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    static long points(double share) {
        return points(BigDecimal.valueOf(share));
    }

    static String percent(double share) {
        return points(share) + " %";
    }

    static String percent(Optional<BigDecimal> share) {
        return share.map(s -> points(s) + " %").orElse("—");
    }
}
