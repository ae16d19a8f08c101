package dev.skyloom.model.cost;

import dev.skyloom.model.text.Counted;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old the catalog prices a design uses are: the snapshot date and the date of the oldest catalog
 * price behind a priced line (a design's own unit prices do not count). Past {@link #STALE_DAYS} the
 * views show a quiet warning.
 */
public record PriceAge(LocalDate snapshotDate, Optional<LocalDate> oldestPrice, LocalDate today) {
    /** Prices older than this are worth comparing with the providers' current ones. */
    public static final int STALE_DAYS = 90;

    /** Where to look next; shown with the warning. */
    public static final String HINT = "skyloom catalog --sources";

    // "2026-07-30", "2026-07" and "2026" all occur as source dates; a partial date counts from its start
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    public PriceAge {
        Objects.requireNonNull(snapshotDate, "snapshotDate");
        Objects.requireNonNull(oldestPrice, "oldestPrice");
        Objects.requireNonNull(today, "today");
    }

    /** The age of the prices {@code report} uses, on {@code today}. */
    public static PriceAge of(LocalDate snapshotDate, CostReport report, LocalDate today) {
        LocalDate oldest = null;
        // thousands of lines share a few source dates: each is parsed once (this runs after every edit)
        Map<String, Optional<LocalDate>> parsed = new HashMap<>();
        for (CostLine l : report.lines()) {
            if (!l.isPriced() || l.priceSource().isEmpty() || l.priceSource().equals("design")) {
                continue;
            }
            Optional<LocalDate> d = parsed.computeIfAbsent(l.asOf() == null ? "" : l.asOf(), PriceAge::parse);
            if (d.isPresent() && (oldest == null || d.get().isBefore(oldest))) {
                oldest = d.get();
            }
        }
        return new PriceAge(snapshotDate, Optional.ofNullable(oldest), today);
    }

    /** The start of a source date ("2026-07" → 2026-07-01), if it holds one. */
    public static Optional<LocalDate> parse(String asOf) {
        Matcher m = DATE.matcher(asOf == null ? "" : asOf);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Days between the oldest price used and today; empty when no catalog price is used (an age of 0 would
     * claim fresh prices that are not there).
     */
    public OptionalLong oldestAgeDays() {
        return oldestPrice
                .map(d -> OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(d, today))))
                .orElse(OptionalLong.empty());
    }

    public boolean isStale() {
        return oldestAgeDays().orElse(0) > STALE_DAYS;
    }

    /** "Catalog 2026-12-02 · oldest price used 2026-01-21 (315 days)". */
    public String summary() {
        return "Catalog " + snapshotDate
                + oldestPrice
                        .map(d -> " · oldest price used " + d + " ("
                                + Counted.of(oldestAgeDays().orElseThrow(), "day") + ")")
                        .orElse("");
    }

    /** The quiet warning past {@link #STALE_DAYS}, naming where to look. */
    public Optional<String> warning() {
        return isStale()
                ? Optional.of("Some prices are more than " + STALE_DAYS + " days old; compare with the providers' "
                        + "current prices (" + HINT + ")")
                : Optional.empty();
    }
}
