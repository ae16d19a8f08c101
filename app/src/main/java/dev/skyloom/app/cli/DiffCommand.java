package dev.skyloom.app.cli;

import dev.skyloom.model.Design;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.diff.ComparisonMarkdown;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.DesignDiff;
import dev.skyloom.model.text.Counted;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom diff BASE HEAD [--json | --markdown] [--fail-on-new-errors] [--fail-on-cost-increase
 * PCT|AMOUNT]}: what a change does to a design ({@link DesignDiff}). BASE and HEAD are files or {@code
 * git:REV:PATH} ({@link DesignSource}). Exit 0, 1 when a {@code --fail-on-…} threshold is crossed (the
 * report is still printed, and one line on stderr says which), 2 for bad input or usage. The cost
 * threshold compares the priced monthly totals: crossed when the increase is strictly greater than the
 * amount, or than the percentage of the base's monthly total; unpriced lines are reported, not guessed.
 * JSON: see {@link DiffJson}.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compare two designs: changes, cost, findings, resilience, portability.")
public final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "The design before: a file or git:REV:PATH.")
    String base;

    @Parameters(index = "1", paramLabel = "HEAD", description = "The design after: a file or git:REV:PATH.")
    String head;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON for scripts.")
        boolean json;

        @Option(names = "--markdown", description = "Print Markdown for a pull-request comment.")
        boolean markdown;
    }

    @Option(names = "--fail-on-new-errors", description = "Exit 1 when HEAD has an error finding BASE does not.")
    boolean failOnNewErrors;

    @Option(
            names = "--fail-on-cost-increase",
            paramLabel = "PCT|AMOUNT",
            description = "Exit 1 when the monthly cost rises by more than PCT%% of BASE's or by more than AMOUNT.")
    String failOnCostIncrease;

    @Option(
            names = "--repository",
            paramLabel = "DIR",
            description = "The git repository for git:REV:PATH (default: the current directory).")
    Path repository = Path.of(".");

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CostThreshold threshold = failOnCostIncrease == null ? null : CostThreshold.parse(failOnCostIncrease);
        Design before = DesignSource.read(base, repository);
        Design after = DesignSource.read(head, repository);
        DesignComparison c = DesignDiff.compare(before, after, catalogChoice.catalog());
        if (threshold != null && !c.cost().comparable()) {
            throw new UserInputException("--fail-on-cost-increase: the designs use different currencies ("
                    + c.cost().currencyBefore() + ", " + c.cost().currencyAfter() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            out.print(DiffJson.render(c, base, head));
        } else if (format.markdown) {
            out.print(ComparisonMarkdown.render(c, base, head));
        } else {
            out.print(DiffText.render(c, base, head));
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        boolean crossed = false;
        int newErrors = c.findings().added(Severity.ERROR).size();
        if (failOnNewErrors && newErrors > 0) {
            err.println("skyloom: " + Counted.of(newErrors, "new error") + " (--fail-on-new-errors)");
            crossed = true;
        }
        if (threshold != null) {
            BigDecimal increase = c.cost().monthlyDelta().orElseThrow();
            BigDecimal limit = threshold.limit(c.cost().monthlyBefore());
            if (threshold.crossedBy(increase, c.cost().monthlyBefore())) {
                err.println("skyloom: monthly cost rises by " + increase.toPlainString() + " "
                        + c.cost().currencyAfter()
                        + ", more than " + threshold + (threshold.percent() ? " (" + limit.toPlainString() + ")" : "")
                        + " (--fail-on-cost-increase)");
                crossed = true;
            }
        }
        err.flush();
        return crossed ? SkyloomCli.FINDINGS : SkyloomCli.OK;
    }

    /** {@code 10%} (of the base's monthly total) or {@code 500} (an amount in the design's currency). */
    record CostThreshold(BigDecimal value, boolean percent) {
        static CostThreshold parse(String text) {
            String t = text.strip();
            boolean pct = t.endsWith("%");
            String number = pct ? t.substring(0, t.length() - 1).strip() : t;
            BigDecimal v;
            try {
                v = new BigDecimal(number);
            } catch (NumberFormatException e) {
                throw new UserInputException(
                        "--fail-on-cost-increase: \"" + text + "\" is not a percentage (10%) or an amount (500)", e);
            }
            if (v.signum() < 0) {
                throw new UserInputException("--fail-on-cost-increase: \"" + text + "\" must not be negative");
            }
            return new CostThreshold(v, pct);
        }

        /** The largest monthly increase that does not cross: the amount, or the share of the base's total. */
        BigDecimal limit(BigDecimal baseMonthly) {
            return percent
                    ? baseMonthly.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    : value;
        }

        /**
         * Crossed when the increase is strictly greater than the limit. A percentage is compared exactly
         * (increase × 100 > pct × base), not through the rounded limit.
         */
        boolean crossedBy(BigDecimal increase, BigDecimal baseMonthly) {
            if (percent) {
                return increase.multiply(BigDecimal.valueOf(100)).compareTo(value.multiply(baseMonthly)) > 0;
            }
            return increase.compareTo(value) > 0;
        }

        @Override
        public String toString() {
            return value.toPlainString() + (percent ? "%" : "");
        }
    }
}
