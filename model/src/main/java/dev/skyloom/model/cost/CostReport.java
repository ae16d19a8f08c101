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

    public CostReport(String currency, List<CostLine> lines) {
        this.currency = currency;
        this.lines = List.copyOf(lines);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Map<String, BigDecimal> p = new HashMap<>();
        Map<String, BigDecimal> r = new HashMap<>();
        Map<String, BigDecimal> c = new HashMap<>();
        List<String> missing = new ArrayList<>();
        boolean estimates = false;
        for (CostLine line : this.lines) {
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

    /** Sum of the priced lines' monthly amounts. */
    public BigDecimal monthly() {
        return monthly;
    }

    /** 12 × {@link #monthly()}. */
    public BigDecimal annual() {
        return monthly.multiply(BigDecimal.valueOf(12));
    }

    /** Monthly totals by catalog provider id, sorted by key. */
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
