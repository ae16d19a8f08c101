package dev.skyloom.model.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cost of a design: its lines (document order: pools and storage, then connections), totals of the
 * priced lines (each total is exactly the sum of the cent-rounded line amounts), and the ids of unpriced
 * lines, which are never counted as 0.
 */
public final class CostReport {
    private final String currency;
    private final List<CostLine> lines;
    private final BigDecimal monthly;
    private final Map<String, BigDecimal> byProvider;
    private final Map<String, BigDecimal> byRegion;
    private final Map<String, BigDecimal> byCategory;
    private final List<String> unpriced;
    private final boolean hasEstimates;
    private final CostTotal total;
    private final Map<String, CostTotal> totalsByProvider;
    private final Map<String, CostTotal> totalsByRegion;
    private final Map<String, CostTotal> totalsByCategory;

    public CostReport(String currency, List<CostLine> lines) {
        this.currency = currency;
        this.lines = List.copyOf(lines);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<String> missing = new ArrayList<>();
        boolean estimates = false;
        Tally all = new Tally();
        Map<String, Tally> p = new HashMap<>();
        Map<String, Tally> r = new HashMap<>();
        Map<String, Tally> c = new HashMap<>();
        for (CostLine line : this.lines) {
            Optional<BigDecimal> monthly = line.monthly();
            all.add(monthly);
            p.computeIfAbsent(line.provider(), k -> new Tally()).add(monthly);
            r.computeIfAbsent(regionKey(line), k -> new Tally()).add(monthly);
            c.computeIfAbsent(line.category().json(), k -> new Tally()).add(monthly);
            if (monthly.isEmpty()) {
                missing.add(line.id());
                continue;
            }
            total = total.add(monthly.get());
            estimates |= line.estimate();
        }
        this.monthly = total;
        this.byProvider = Tally.sums(p);
        this.byRegion = Tally.sums(r);
        this.byCategory = Tally.sums(c);
        this.unpriced = List.copyOf(missing);
        this.hasEstimates = estimates;
        this.total = all.total();
        this.totalsByProvider = Tally.totals(p);
        this.totalsByRegion = Tally.totals(r);
        this.totalsByCategory = Tally.totals(c);
    }

    /**
     * The lines of one key counted as they come. Adding into one mutable tally per key, instead of merging a
     * new {@link CostTotal} per line into each map, was a quarter of the garbage the live analysis made.
     */
    private static final class Tally {
        private BigDecimal sum; // of the priced lines; null until one comes
        private int priced;
        private int unpriced;

        void add(Optional<BigDecimal> monthly) {
            if (monthly.isPresent()) {
                sum = sum == null ? monthly.get() : sum.add(monthly.get());
                priced++;
            } else {
                unpriced++;
            }
        }

        CostTotal total() {
            BigDecimal none = CostTotal.NONE.pricedSum();
            return new CostTotal(sum == null ? none : none.add(sum), priced, unpriced);
        }

        /** The priced sums of the keys with a priced line, sorted by key. */
        static Map<String, BigDecimal> sums(Map<String, Tally> tallies) {
            Map<String, BigDecimal> sums = new TreeMap<>();
            tallies.forEach((key, t) -> {
                if (t.sum != null) {
                    sums.put(key, t.sum);
                }
            });
            return Collections.unmodifiableMap(sums);
        }

        /** The totals of every key, sorted by key. */
        static Map<String, CostTotal> totals(Map<String, Tally> tallies) {
            Map<String, CostTotal> totals = new TreeMap<>();
            tallies.forEach((key, t) -> totals.put(key, t.total()));
            return Collections.unmodifiableMap(totals);
        }
    }

    /** The key of a line in {@link #byRegion()}: {@code provider/region}. */
    public static String regionKey(CostLine line) {
        return line.provider() + "/" + line.region();
    }

    public String currency() {
        return currency;
    }

    public List<CostLine> lines() {
        return lines;
    }

    public Optional<CostLine> line(String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The design's monthly total with its unpriced lines counted beside it: what every view shows, so that
     * an all-unpriced design reads "unpriced" and a partly priced one never reads as complete.
     */
    public CostTotal total() {
        return total;
    }

    /** {@link #total()} by catalog provider id (every provider with a line, priced or not), sorted by key. */
    public Map<String, CostTotal> totalsByProvider() {
        return totalsByProvider;
    }

    /** {@link #total()} by {@code provider/region}, sorted by key. */
    public Map<String, CostTotal> totalsByRegion() {
        return totalsByRegion;
    }

    /** {@link #total()} by category ({@code gpu}, {@code storage}, {@code transfer}, ...), sorted by key. */
    public Map<String, CostTotal> totalsByCategory() {
        return totalsByCategory;
    }

    /** Sum of the priced lines' monthly amounts alone; views show {@link #total()}, which says what it omits. */
    public BigDecimal monthly() {
        return monthly;
    }

    /** 12 × {@link #monthly()}. */
    public BigDecimal annual() {
        return monthly.multiply(BigDecimal.valueOf(12));
    }

    /** Sums of the priced lines by catalog provider id, sorted by key; views show {@link #totalsByProvider()}. */
    public Map<String, BigDecimal> byProvider() {
        return byProvider;
    }

    /** Monthly totals by {@code provider/region}, sorted by key. */
    public Map<String, BigDecimal> byRegion() {
        return byRegion;
    }

    /** Monthly totals by category ({@code gpu}, {@code storage}, {@code transfer}), sorted by key. */
    public Map<String, BigDecimal> byCategory() {
        return byCategory;
    }

    /** Ids of the lines without a price, in line order. */
    public List<String> unpriced() {
        return unpriced;
    }

    /** Whether any priced line uses an estimated price. */
    public boolean hasEstimates() {
        return hasEstimates;
    }
}
