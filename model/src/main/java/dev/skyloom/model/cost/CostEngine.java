package dev.skyloom.model.cost;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.PriceOnRequest;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.catalog.TransferRate;
import dev.skyloom.catalog.TransferType;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.graph.DesignGraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prices a design from the catalog (DESIGN.md, "What the cost engine means").
 *
 * <ul>
 *   <li>GPU pool: count × price(instance type, region, pricing) × hoursPerMonth. On-demand and spot use
 *       the catalog's prices (spot without a catalog spot price is unpriced; a spot line says the price is
 *       indicative with its capture date, or a dynamic "from" price). An offering sold without a list
 *       price (capacity block, reservation, contact sales) is unpriced "price on request" with the reason. Reserved pricing uses
 *       the region's reservation price when the catalog has one (from a provider's price file, see
 *       {@code catalog refresh}) and says "reservation price"; otherwise on-demand × (1 − the design's
 *       reserved discount assumption), and the note says "assumed discount". A pool's {@code unitPrice} overrides the catalog.
 *   <li>Storage: capacityTb × 1000 × price per GB-month of the storage class (or the family's standard
 *       class) in the region; {@code unitPrice} overrides.
 *   <li>Transfer, per connection with {@code monthlyTb} &gt; 0, from the source to the destination
 *       (reads: storage → pipeline; writes and runs-on: pipeline → target; replicates-to: from → to;
 *       serves: pipeline → its users, always at the pipeline's provider's internet egress rate). A
 *       pipeline is where its parent region is, else where its first (primary) pool is. 0 inside one
 *       region; the provider's inter-region rate between two regions of one provider; the source
 *       provider's internet egress rate between providers. Volume tiers apply to each source provider's
 *       monthly total per kind (inter-region, internet egress): every line is priced at its own rate's
 *       average per-GB price for that total volume ({@code rate.costOf(total) / total}, 10 decimals), so
 *       each line stays a plain quantity × price formula and the allocation does not depend on order.
 *       When the provider's lines share one rate their sum is the tiered total of the whole volume.
 *       Totals are sums of the rounded lines and can differ from the tiered total by at most half a cent
 *       per line.
 * </ul>
 *
 * Every line is rounded to the cent (HALF_UP). A missing price makes the line unpriced (listed, never
 * 0 in totals). A price in another currency than the design's (the catalog's China regions are in CNY)
 * is not converted: the line is unpriced with that reason. Prices from a reference region or a global
 * list price are flagged as estimates.
 */
public final class CostEngine {
    private static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1000);
    private static final String DESIGN_SOURCE = "design";

    private final Catalog catalog;
    // storage classes and transfer rates are found by scanning a provider's list; remember the answers
    private final Map<String, Optional<StorageClass>> storageClasses = new ConcurrentHashMap<>();
    private final Map<QuoteKey, Quote> poolQuotes = new ConcurrentHashMap<>();

    private record QuoteKey(
            String provider,
            String instanceType,
            String region,
            boolean custom,
            Pricing pricing,
            String currency,
            BigDecimal reserved1y,
            BigDecimal reserved3y) {}

    public CostEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    public CostReport price(Design design) {
        return price(DesignGraph.of(design));
    }

    public CostReport price(DesignGraph g) {
        Design design = g.design();
        List<CostLine> lines = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            Component c = g.component(v);
            if (c instanceof Component.GpuPool pool) {
                lines.add(pool(g, v, pool, design));
            } else if (c instanceof Component.Storage storage) {
                lines.add(storage(g, v, storage, design.currency()));
            }
        }
        lines.addAll(transfers(g, design.currency()));
        for (int v = 0; v < g.size(); v++) {
            if (g.component(v) instanceof Component.Telemetry sink) {
                ingest(g, v, sink).ifPresent(lines::add);
            }
        }
        return new CostReport(design.currency(), lines);
    }

    /** The monthly cost of one GPU pool (also used for hourly spend in the outage simulation). */
    public CostLine pool(DesignGraph g, int v, Component.GpuPool pool, Design design) {
        String provider = g.catalogProviderOf(v).orElse("");
        String region = regionCode(g, v);
        Line line = new Line(pool.id(), pool.label(), provider, region, CostCategory.GPU, pool.instanceType());
        line.quantity = BigDecimal.valueOf(pool.count());
        line.quantityUnit = "instances";
        line.unitPriceUnit = "per instance-hour";
        line.multiplier = pool.hoursPerMonth();
        line.multiplierUnit = "hours/month";
        line.description = pool.count() + " × " + pool.instanceType() + " ("
                + pool.pricing().json() + ")";
        Quote q = poolQuote(g, v, pool, design);
        if (q.unit().isEmpty()) {
            line.source = q.source();
            line.asOf = q.asOf();
            line.state = q.state();
            return line.unpriced(q.note());
        }
        line.state = q.state();
        return line.priced(q.unit().get(), q.estimate(), q.source(), q.asOf(), q.note());
    }

    /** Monthly amount of a pool (count × unit price × hours, to the cent), without building a line. */
    public Optional<BigDecimal> poolMonthly(DesignGraph g, int v, Component.GpuPool pool, Design design) {
        return poolQuote(g, v, pool, design).unit().map(u -> BigDecimal.valueOf(pool.count())
                .multiply(u)
                .multiply(pool.hoursPerMonth())
                .setScale(2, RoundingMode.HALF_UP));
    }

    /** A resolved price per instance-hour (or why there is none), with its provenance. */
    private record Quote(
            Optional<BigDecimal> unit, boolean estimate, String source, String asOf, String note, PriceState state) {
        Quote(Optional<BigDecimal> unit, boolean estimate, String source, String asOf, String note) {
            this(unit, estimate, source, asOf, note, unit.isPresent() ? PriceState.PRICED : PriceState.UNPRICED);
        }

        static Quote missing(String reason) {
            return new Quote(Optional.empty(), false, "", "", reason);
        }
    }

    private Quote poolQuote(DesignGraph g, int v, Component.GpuPool pool, Design design) {
        if (pool.unitPrice().isPresent()) {
            return new Quote(pool.unitPrice(), false, DESIGN_SOURCE, "", "negotiated unit price");
        }
        if (g.region(v) < 0) {
            return Quote.missing("the pool is in no region");
        }
        String provider = g.catalogProviderOf(v).orElse("");
        String region = regionCode(g, v);
        boolean custom = isCustom(g, v);
        Assumptions a = design.assumptions();
        QuoteKey key = new QuoteKey(
                provider,
                pool.instanceType(),
                custom ? "" : region,
                custom,
                pool.pricing(),
                design.currency(),
                a.reserved1yDiscount(),
                a.reserved3yDiscount());
        return poolQuotes.computeIfAbsent(
                key, k -> resolve(provider, region, custom, pool.instanceType(), pool.pricing(), design));
    }

    private Quote resolve(
            String provider, String region, boolean custom, String instanceType, Pricing pricing, Design design) {
        Optional<GpuOffering> offering = catalog.offering(provider, instanceType);
        if (offering.isEmpty()) {
            return Quote.missing("instance type " + instanceType + " is not in the catalog for " + provider);
        }
        if (custom) {
            return Quote.missing("custom site: set a unitPrice");
        }
        Optional<RegionalPrices> prices = offering.get().pricesIn(region);
        Optional<PriceOnRequest> onRequest = offering.get().priceOnRequestIn(region);
        if (prices.isEmpty()) {
            return onRequest
                    .map(CostEngine::onRequest)
                    .orElseGet(() -> Quote.missing(instanceType + " has no price in " + region));
        }
        if (pricing == Pricing.SPOT) {
            return prices.get()
                    .spot()
                    .map(p -> quote(p, design.currency(), BigDecimal.ONE, volatility(p)))
                    .or(() -> onRequest.map(CostEngine::onRequest))
                    .orElseGet(() -> Quote.missing("no spot price for " + instanceType + " in " + region));
        }
        if (pricing == Pricing.RESERVED_1Y || pricing == Pricing.RESERVED_3Y) {
            Optional<Price> reserved = pricing == Pricing.RESERVED_1Y
                    ? prices.get().reserved1y()
                    : prices.get().reserved3y();
            if (reserved.isPresent()) {
                return quote(reserved.get(), design.currency(), BigDecimal.ONE, reservationNote(reserved.get()));
            }
        }
        Optional<Price> onDemand = prices.get().onDemand();
        if (onDemand.isEmpty()) {
            return onRequest
                    .map(CostEngine::onRequest)
                    .orElseGet(() -> Quote.missing("no on-demand price for " + instanceType + " in " + region));
        }
        if (pricing == Pricing.ON_DEMAND) {
            return quote(onDemand.get(), design.currency(), BigDecimal.ONE, "");
        }
        Assumptions a = design.assumptions();
        BigDecimal discount = pricing == Pricing.RESERVED_1Y ? a.reserved1yDiscount() : a.reserved3yDiscount();
        String note = "on-demand less "
                + discount.movePointRight(2).stripTrailingZeros().toPlainString() + " % " + pricing.json()
                + " assumed discount (no reservation price in the catalog for this region)";
        return quote(onDemand.get(), design.currency(), BigDecimal.ONE.subtract(discount), note);
    }

    /** How a line priced from a provider's reservation price begins its note. */
    public static final String RESERVATION_PRICE = "reservation price";

    private static String reservationNote(Price p) {
        return RESERVATION_PRICE + " from " + p.source() + (p.asOf().isEmpty() ? "" : ", effective " + p.asOf());
    }

    /** Whether a line's unit price is a provider's reservation price rather than on-demand less a discount. */
    public static boolean isReservationPrice(CostLine line) {
        return line.note().startsWith(RESERVATION_PRICE);
    }

    /** Sold without a list price: unpriced with the purchase model and reason, never 0. */
    private static Quote onRequest(PriceOnRequest r) {
        return new Quote(
                Optional.empty(),
                false,
                r.source(),
                r.asOf(),
                "unpriced: " + r.describe(),
                PriceState.PRICE_ON_REQUEST);
    }

    /** What a line must say about a price that is not firm (spot captures, dynamic "from" prices). */
    static String volatility(Price p) {
        return switch (p.kind()) {
            case LIST -> "";
            case INDICATIVE ->
                "indicative spot price captured " + (p.asOf().isEmpty() ? "on an unknown date" : p.asOf())
                        + "; spot prices move with demand";
            case DYNAMIC ->
                "from " + p.amount().stripTrailingZeros().toPlainString() + " " + p.currency()
                        + ": dynamic preemptible price (published floor, " + p.asOf() + "); the actual price varies";
        };
    }

    private static Quote quote(Price price, String currency, BigDecimal factor, String note) {
        if (!price.currency().equals(currency)) {
            return new Quote(
                    Optional.empty(),
                    false,
                    price.source(),
                    price.asOf(),
                    "priced in " + price.currency() + ", not converted to " + currency);
        }
        BigDecimal unit = factor.compareTo(BigDecimal.ONE) == 0
                ? price.amount()
                : price.amount().multiply(factor).stripTrailingZeros();
        PriceState state =
                switch (price.kind()) {
                    case LIST -> PriceState.PRICED;
                    case INDICATIVE -> PriceState.INDICATIVE;
                    case DYNAMIC -> PriceState.DYNAMIC;
                };
        return new Quote(Optional.of(unit), price.estimate(), price.source(), price.asOf(), note, state);
    }

    private CostLine storage(DesignGraph g, int v, Component.Storage storage, String currency) {
        String provider = g.catalogProviderOf(v).orElse("");
        String region = regionCode(g, v);
        Line line =
                new Line(storage.id(), storage.label(), provider, region, CostCategory.STORAGE, storage.storageClass());
        line.quantity = storage.capacityTb();
        line.quantityUnit = "TB";
        line.unitPriceUnit = "per GB-month";
        line.multiplier = GB_PER_TB;
        line.multiplierUnit = "GB/TB";
        line.description = storage.capacityTb().stripTrailingZeros().toPlainString() + " TB " + storage.storageClass();
        if (storage.unitPrice().isPresent()) {
            return line.priced(storage.unitPrice().get(), false, DESIGN_SOURCE, "", "negotiated unit price");
        }
        if (g.region(v) < 0) {
            return line.unpriced("the storage is in no region");
        }
        Optional<StorageClass> sc = storageClasses.computeIfAbsent(
                provider + '\0' + storage.storageClass(), k -> catalog.storageClass(provider, storage.storageClass()));
        if (sc.isEmpty()) {
            return line.unpriced("storage class " + storage.storageClass() + " is not in the catalog for " + provider);
        }
        line.sku = sc.get().name();
        if (isCustom(g, v)) {
            return line.unpriced("custom site: set a unitPrice");
        }
        Optional<Price> price = sc.get().priceIn(region);
        if (price.isEmpty()) {
            return line.unpriced(sc.get().name() + " has no price in " + region);
        }
        return line.fromCatalog(price.get(), currency, BigDecimal.ONE, "");
    }

    /**
     * What a telemetry sink charges for the volume shipped to it: the user's {@code unitPrice} per GB, else
     * unpriced — the catalog holds no price of CloudWatch, Azure Monitor, Datadog and the like, and none is
     * invented. Nothing when no volume is given.
     */
    private Optional<CostLine> ingest(DesignGraph g, int v, Component.Telemetry sink) {
        BigDecimal tb = BigDecimal.ZERO;
        for (int k = 0; k < g.inDegree(ConnectionType.SHIPS_TELEMETRY, v); k++) {
            tb = tb.add(
                    g.connection(g.inEdge(ConnectionType.SHIPS_TELEMETRY, v, k)).monthlyTb());
        }
        if (tb.signum() <= 0) {
            return Optional.empty();
        }
        // the line names who charges the ingestion: the SaaS itself, not the cloud its site happens to run in
        String provider = sink.hosting() == TelemetryHosting.SAAS
                ? (sink.service().isBlank() ? TelemetryHosting.SAAS.json() : sink.service())
                : g.catalogProviderOf(v).orElse("");
        String region = regionCode(g, v);
        Line line = new Line(
                sink.id(),
                sink.label(),
                provider,
                region,
                CostCategory.TELEMETRY,
                sink.service().isEmpty() ? sink.hosting().json() : sink.service());
        line.quantity = tb;
        line.quantityUnit = "TB/month";
        line.unitPriceUnit = "per GB ingested";
        line.multiplier = GB_PER_TB;
        line.multiplierUnit = "GB/TB";
        line.description = tb.stripTrailingZeros().toPlainString() + " TB/month of telemetry into "
                + (sink.service().isEmpty() ? sink.hosting().json() + " sink" : sink.service());
        if (sink.unitPrice().isPresent()) {
            return Optional.of(line.priced(sink.unitPrice().get(), false, DESIGN_SOURCE, "", "unit price per GB"));
        }
        return Optional.of(line.unpriced(
                switch (sink.hosting()) {
                    case SAAS -> "SaaS telemetry prices are not in the catalog: set a unitPrice (per GB ingested)";
                    case CLOUD -> "the catalog has no log and metrics ingestion prices: set a unitPrice (per GB)";
                    case SELF_HOSTED -> "self-hosted stack: set a unitPrice (per GB) for what it costs you";
                }));
    }

    /** Whether a connection's data leaves the clouds for the users (exhaustive over connection kinds). */
    private static boolean servesUsers(ConnectionType type) {
        return switch (type) {
            case READS, WRITES, RUNS_ON, REPLICATES_TO, FEDERATES, SHIPS_TELEMETRY -> false;
            case SERVES -> true;
        };
    }

    private static boolean toSaas(DesignGraph g, Connection k, int to) {
        return k.type() == ConnectionType.SHIPS_TELEMETRY
                && g.component(to) instanceof Component.Telemetry sink
                && sink.hosting() == TelemetryHosting.SAAS;
    }

    private List<CostLine> transfers(DesignGraph g, String currency) {
        List<CostLine> result = new ArrayList<>();
        // the rate looked up per region unit and kind (inter-region, egress); null until looked up
        List<Optional<TransferRate>> rateBySlot = new ArrayList<>(Collections.nCopies(g.regionUnitCount() * 2, null));
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        Map<String, BigDecimal> groupGb = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            Connection k = g.connection(e);
            if (k.monthlyTb().signum() <= 0) {
                continue;
            }
            int from = g.edgeFrom(e);
            int to = g.edgeTo(e);
            int src = k.type() == ConnectionType.READS ? to : from;
            int dst = k.type() == ConnectionType.READS ? from : to;
            boolean fromObjectStorage = isObjectStorage(g, src);
            src = locationOf(g, src);
            // serving users, or shipping telemetry to a SaaS (outside every cloud, even when its site runs in
            // one of the source's regions), sends data out to the Internet: the source's internet egress rate
            boolean toInternet = servesUsers(k.type()) || toSaas(g, k, to);
            dst = toInternet ? src : locationOf(g, dst);
            String provider = src >= 0 ? g.catalogProviderOf(src).orElse("") : "";
            String region = src >= 0 ? regionCode(g, src) : "";
            Line line = new Line(
                    k.id(),
                    g.component(from).label() + " → " + g.component(to).label(),
                    provider,
                    region,
                    CostCategory.TRANSFER,
                    "");
            line.quantity = k.monthlyTb();
            line.quantityUnit = "TB/month";
            line.unitPriceUnit = "per GB";
            line.multiplier = GB_PER_TB;
            line.multiplierUnit = "GB/TB";
            line.description = k.type().json() + " " + g.id(from) + " → " + g.id(to)
                    + (toSaas(g, k, to) ? " (a SaaS, outside the clouds)" : "");
            if (src < 0 || dst < 0) {
                line.sku = "transfer";
                order.add(line.unpriced(
                        g.component(from) instanceof Component.Provider
                                ? "telemetry of a whole provider has no one source region: ship it from its regions"
                                        + " to price it"
                                : "the " + (src < 0 ? "source" : "destination") + " is in no region"));
                continue;
            }
            if (!toInternet && g.regionUnit(src) == g.regionUnit(dst)) {
                line.sku = "same-region";
                order.add(line.priced(BigDecimal.ZERO, false, "", "", "inside one region"));
                continue;
            }
            boolean sameProvider = !toInternet && g.providerUnit(src) == g.providerUnit(dst);
            TransferType type = sameProvider ? TransferType.INTER_REGION : TransferType.INTERNET_EGRESS;
            line.sku = sameProvider ? "inter-region" : "internet-egress";
            int slot = g.regionUnit(src) * 2 + (sameProvider ? 0 : 1);
            Optional<TransferRate> rate = Optional.empty();
            if (!sameProvider && fromObjectStorage) {
                // providers that bill object-storage egress apart from VM egress (Nebius)
                rate = catalog.transferRate(provider, TransferType.OBJECT_STORAGE_EGRESS, region);
                if (rate.isPresent()) {
                    line.sku = "object-storage-egress";
                }
            }
            if (rate.isEmpty()) {
                rate = rateBySlot.get(slot);
                if (rate == null) {
                    rate = catalog.transferRate(provider, type, region);
                    rateBySlot.set(slot, rate);
                }
            }
            if (rate.isEmpty()) {
                order.add(line.unpriced("no " + line.sku + " rate for " + provider + " in the catalog"));
                continue;
            }
            if (!"USD".equals(currency)) {
                order.add(line.unpriced("transfer rates are in USD, the design is in " + currency));
                continue;
            }
            TransferRate r = rate.get();
            line.estimate = r.reference() && !r.regions().contains(region);
            line.source = r.source();
            line.asOf = r.asOf();
            line.rate = r;
            String key = provider + '\0' + line.sku;
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(line);
            groupGb.merge(key, Catalog.tbToGb(k.monthlyTb()), BigDecimal::add);
            order.add(line);
        }
        Map<Line, CostLine> done = new LinkedHashMap<>();
        for (Map.Entry<String, List<Line>> group : groups.entrySet()) {
            BigDecimal gb = groupGb.get(group.getKey());
            Map<TransferRate, BigDecimal> effectiveByRate = new LinkedHashMap<>();
            for (Line line : group.getValue()) {
                BigDecimal effective = effectiveByRate.computeIfAbsent(
                        line.rate, r -> r.costOf(gb).divide(gb, 10, RoundingMode.HALF_UP));
                String note = effective.compareTo(firstTier(line.rate)) == 0
                        ? ""
                        : "volume tiers applied to " + gb.stripTrailingZeros().toPlainString() + " GB/month of "
                                + group.getKey().replace('\0', ' ');
                done.put(line, line.priced(effective, line.estimate, line.source, line.asOf, note));
            }
        }
        for (Object o : order) {
            result.add(o instanceof CostLine c ? c : done.get((Line) o));
        }
        return result;
    }

    private boolean isObjectStorage(DesignGraph g, int v) {
        if (v < 0 || !(g.component(v) instanceof Component.Storage st)) {
            return false;
        }
        String provider = g.catalogProviderOf(v).orElse("");
        return storageClasses
                .computeIfAbsent(
                        provider + '\0' + st.storageClass(), k -> catalog.storageClass(provider, st.storageClass()))
                .map(sc -> sc.family() == StorageFamily.OBJECT)
                .orElse(false);
    }

    private static BigDecimal firstTier(TransferRate rate) {
        return rate.tiers().isEmpty() ? BigDecimal.ZERO : rate.tiers().get(0).usdPerGb();
    }

    /**
     * Where a component's data is: its own region for pools and storage; for a pipeline its parent region,
     * else its first pool's region; -1 when unknown.
     */
    public static int locationOf(DesignGraph g, int v) {
        if (g.region(v) >= 0) {
            return v;
        }
        if (g.component(v) instanceof Component.Pipeline && g.outDegree(ConnectionType.RUNS_ON, v) > 0) {
            int pool = g.out(ConnectionType.RUNS_ON, v, 0);
            return g.region(pool) >= 0 ? pool : -1;
        }
        return -1;
    }

    private static boolean isCustom(DesignGraph g, int v) {
        return g.regionComponent(v).isCustom();
    }

    /** The catalog region code a component sits in, the custom site's id, or {@code ""}. */
    public static String regionCode(DesignGraph g, int v) {
        if (g.region(v) < 0) {
            return "";
        }
        Component.Region region = g.regionComponent(v);
        return region.isCustom() ? region.id() : region.region();
    }

    /** A line being built; turned into an immutable {@link CostLine} by {@link #priced} or {@link #unpriced}. */
    private static final class Line {
        final String id;
        final String name;
        final String provider;
        final String region;
        final CostCategory category;
        String sku;
        BigDecimal quantity = BigDecimal.ZERO;
        String quantityUnit = "";
        String unitPriceUnit = "";
        BigDecimal multiplier = BigDecimal.ONE;
        String multiplierUnit = "";
        String description = "";
        boolean estimate;
        String source = "";
        String asOf = "";
        TransferRate rate;
        PriceState state;

        Line(String id, String name, String provider, String region, CostCategory category, String sku) {
            this.id = id;
            this.name = name;
            this.provider = provider;
            this.region = region;
            this.category = category;
            this.sku = sku;
        }

        CostLine fromCatalog(Price price, String currency, BigDecimal factor, String note) {
            if (!price.currency().equals(currency)) {
                source = price.source();
                asOf = price.asOf();
                return unpriced("priced in " + price.currency() + ", not converted to " + currency);
            }
            BigDecimal unit = factor.compareTo(BigDecimal.ONE) == 0
                    ? price.amount()
                    : price.amount().multiply(factor).stripTrailingZeros();
            return priced(unit, price.estimate(), price.source(), price.asOf(), note);
        }

        CostLine priced(BigDecimal unitPrice, boolean est, String src, String date, String note) {
            BigDecimal monthly =
                    quantity.multiply(unitPrice).multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
            return new CostLine(
                    id,
                    name,
                    provider,
                    region,
                    category,
                    sku,
                    quantity,
                    quantityUnit,
                    Optional.of(unitPrice),
                    unitPriceUnit,
                    multiplier,
                    multiplierUnit,
                    Optional.of(monthly),
                    est,
                    src,
                    date,
                    description,
                    note,
                    state == null ? PriceState.PRICED : state);
        }

        CostLine unpriced(String reason) {
            return new CostLine(
                    id,
                    name,
                    provider,
                    region,
                    category,
                    sku,
                    quantity,
                    quantityUnit,
                    Optional.empty(),
                    unitPriceUnit,
                    multiplier,
                    multiplierUnit,
                    Optional.empty(),
                    false,
                    source,
                    asOf,
                    description,
                    reason,
                    state == PriceState.PRICE_ON_REQUEST ? state : PriceState.UNPRICED);
        }
    }
}
