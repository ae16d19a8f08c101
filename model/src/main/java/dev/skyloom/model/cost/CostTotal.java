package dev.skyloom.model.cost;

import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A cost total that says what it leaves out: the sum of the priced lines, how many lines are priced and how
 * many are unpriced. An unpriced line is never counted as 0, so a total whose lines are all unpriced has no
 * amount ("unpriced"), and a partly priced total is the priced sum plus the number of unpriced lines, never a
 * bare partial sum.
 *
 * @param pricedSum the sum of the priced lines' cent-rounded amounts (0.00 when none is priced)
 * @param pricedLines how many lines have a price
 * @param unpricedLines how many lines have none
 */
public record CostTotal(BigDecimal pricedSum, int pricedLines, int unpricedLines) {
    /** The total of no lines at all: 0.00, complete. */
    public static final CostTotal NONE = new CostTotal(BigDecimal.ZERO.setScale(2), 0, 0);

    public CostTotal {
        Objects.requireNonNull(pricedSum, "pricedSum");
        if (pricedLines < 0 || unpricedLines < 0) {
            throw new IllegalArgumentException("line counts must not be negative");
        }
    }

    /** This total with one more line. */
    public CostTotal plus(CostLine line) {
        return line.monthly()
                .map(m -> new CostTotal(pricedSum.add(m), pricedLines + 1, unpricedLines))
                .orElseGet(() -> new CostTotal(pricedSum, pricedLines, unpricedLines + 1));
    }

    /** The total of lines on both sides. */
    public CostTotal plus(CostTotal other) {
        return new CostTotal(
                pricedSum.add(other.pricedSum), pricedLines + other.pricedLines, unpricedLines + other.unpricedLines);
    }

    /** Whether it has lines and none of them is priced: there is no amount to show. */
    public boolean isUnpriced() {
        return pricedLines == 0 && unpricedLines > 0;
    }

    /** Whether every line is priced (also true of no lines). */
    public boolean isComplete() {
        return unpricedLines == 0;
    }

    /** The monthly amount, empty when every line is unpriced; a partial sum when {@link #isComplete()} is false. */
    public Optional<BigDecimal> monthly() {
        return isUnpriced() ? Optional.empty() : Optional.of(pricedSum);
    }

    /** 12 × {@link #monthly()}. */
    public Optional<BigDecimal> annual() {
        return monthly().map(m -> m.multiply(BigDecimal.valueOf(12)));
    }

    /** The monthly total in words, amounts written by {@code money}: see {@link #text(BigDecimal, Function)}. */
    public String text(Function<BigDecimal, String> money) {
        return text(pricedSum, money);
    }

    /** The annual total in words, amounts written by {@code money}. */
    public String annualText(Function<BigDecimal, String> money) {
        return text(pricedSum.multiply(BigDecimal.valueOf(12)), money);
    }

    /**
     * {@code amount} (this total's sum, or a multiple of it) with what it leaves out: "12,345.67",
     * "12,345.67 + 2 unpriced lines", or "unpriced (3 lines)" when no line is priced.
     */
    public String text(BigDecimal amount, Function<BigDecimal, String> money) {
        if (isUnpriced()) {
            return "unpriced (" + Counted.of(unpricedLines, "line") + ")";
        }
        return money.apply(amount) + unpricedSuffix();
    }

    /** " + N unpriced lines", or "" when every line is priced. */
    public String unpricedSuffix() {
        return isComplete() ? "" : " + " + Counted.of(unpricedLines, "unpriced line");
    }
}
