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
        Map<String, BigDecimal> p = new HashMap<>();
        Map<String, BigDecimal> r = new HashMap<>();
        Map<String, BigDecimal> c = new HashMap<>();
        List<String> missing = new ArrayList<>();
        boolean estimates = false;
        CostTotal all = CostTotal.NONE;
        Map<String, CostTotal> tp = new TreeMap<>();
        Map<String, CostTotal> tr = new TreeMap<>();
        Map<String, CostTotal> tc = new TreeMap<>();
        for (CostLine line : this.lines) {
            all = all.plus(line);
            tp.merge(line.provider(), CostTotal.NONE.plus(line), CostTotal::plus);
            tr.merge(regionKey(line), CostTotal.NONE.plus(line), CostTotal::plus);
            tc.merge(line.category().json(), CostTotal.NONE.plus(line), CostTotal::plus);
            if (line.monthly().isEmpty()) {
                missing.add(line.id());
                continue;
            }
            BigDecimal m = line.monthly().get();
            total = total.add(m);
            p.merge(line.provider(), m, BigDecimal::add);
            r.merge(regionKey(line), m, BigDecimal::add);
            c.merge(line.category().json(), m, BigDecimal::add);
            estimates |= line.estimate();
        }
        this.monthly = total;
        this.byProvider = Collections.unmodifiableMap(new TreeMap<>(p));
        this.byRegion = Collections.unmodifiableMap(new TreeMap<>(r));
        this.byCategory = Collections.unmodifiableMap(new TreeMap<>(c));
        this.unpriced = List.copyOf(missing);
        this.hasEstimates = estimates;
        this.total = all;
        this.totalsByProvider = Collections.unmodifiableMap(tp);
        this.totalsByRegion = Collections.unmodifiableMap(tr);
        this.totalsByCategory = Collections.unmodifiableMap(tc);
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
