package dev.skyloom.model.simulate;

import java.util.Locale;

/**
 * The phrases that sum up an outage, shared by {@code skyloom simulate} and the designer's what-if panel
 * so both say the same thing: the GPUs and the hourly spend that survive, with what is unknown named.
 */
public final class OutageSummary {
    private OutageSummary() {}

    /** "3 of 8", then " (unknown for pool-a, pool-b)" when some pools' GPU counts are unknown. */
    public static String gpus(OutageResult r) {
        String s = String.format(Locale.ROOT, "%.0f of %.0f", r.survivingGpus(), r.totalGpus());
        return r.poolsWithUnknownGpus().isEmpty()
                ? s
                : s + " (unknown for " + String.join(", ", r.poolsWithUnknownGpus()) + ")";
    }

    /** "12.5 of 40 USD/hour", then " (unpriced: pool-a)" when some pools have no price. */
    public static String hourlySpend(OutageResult r, String currency) {
        String s = r.survivingHourly().toPlainString() + " of "
                + r.totalHourly().toPlainString() + " " + currency + "/hour";
        return r.poolsWithUnknownPrice().isEmpty()
                ? s
                : s + " (unpriced: " + String.join(", ", r.poolsWithUnknownPrice()) + ")";
    }
}
