package dev.skyloom.model.check;

import dev.skyloom.catalog.Jurisdictions;
import dev.skyloom.catalog.Operators;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Data residency: where each class of data may go.
 *
 * <p><b>What.</b> A storage {@code holds} data classes. Data flows along {@code replicates-to}, from a
 * read storage into the pipeline that reads it, from a pipeline into its {@code runs-on} pools and out
 * through its {@code writes} (unless the pipeline {@code declassifies} the class); written storage passes
 * it on in turn. Every component the data reaches must sit in a region whose country is in the class's
 * {@code allowedJurisdictions} (ISO country codes or the blocs {@code EU}, {@code EEA}; an empty list means
 * unrestricted). A pipeline without a region of its own only passes data on. Telemetry is data too: a
 * {@code ships-telemetry} connection carries the classes it lists from its source (a provider, region,
 * pool or pipeline, which is then an origin) to the sink, which must sit where those classes may go.
 *
 * <p><b>Operators.</b> Where the data sits is one question; under whose law the company running it falls
 * is another. Each component the data reaches is operated by its catalog provider (headquarters from
 * the catalog's sourced {@code operators.csv}), a SaaS telemetry sink by its {@code operatorCountry};
 * a custom site is the design owner's own. A class with {@code allowedOperators} gets {@code
 * residency.foreign-operator} (error) for each operator headquartered elsewhere and {@code
 * residency.unknown-operator} (warning) where the headquarters is unknown, one finding per class and
 * operator with the path to the nearest component it runs. A class without {@code allowedOperators}
 * but with {@code allowedJurisdictions} gets the fact stated, not judged: one {@code
 * residency.foreign-operator} info per operator whose headquarters lies outside the jurisdictions of
 * the data it holds (the sovereignty question), naming the classes, the headquarters and its source —
 * but only in a design where some class has {@code allowedOperators}: a design that never asks about
 * operators keeps exactly the findings it had, and one that asks for one class hears the fact about the
 * others. Nothing is said about unrestricted data, and nothing per component, so the info stays one line
 * per provider.
 *
 * <p><b>Why.</b> Personal or regulated data that lands outside its jurisdiction is a legal problem that a
 * diagram does not show; the path tells where to cut the flow.
 *
 * <p><b>Findings.</b> {@code residency.violation} (error): subjects are the whole path from the storage
 * holding the data to where it lands, origin first. {@code residency.unknown-location} (warning): the data
 * reaches a region whose country is not known, so it cannot be judged. {@code residency.foreign-operator}
 * and {@code residency.unknown-operator} as above.
 *
 * <p><b>Algorithm and cost.</b> One multi-source breadth-first search per data class from every storage
 * holding it, with a predecessor array for the paths: O(classes × (V + E)). The search reaches each
 * component once, so the path reported is a shortest one from the nearest origin.
 */
public final class ResidencyCheck implements DesignCheck {
    public static final String NAME = "residency";

    private final Operators operators;

    public ResidencyCheck() {
        this(Operators.bundled());
    }

    /** With a given table of operator headquarters (tests). */
    public ResidencyCheck(Operators operators) {
        this.operators = operators;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "residency.violation",
                "residency.unknown-location",
                "residency.foreign-operator",
                "residency.unknown-operator");
    }

    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(
            DesignField.REGION_NAME,
            DesignField.REGION_COUNTRY,
            DesignField.STORAGE_HOLDS,
            DesignField.PIPELINE_DECLASSIFIES,
            DesignField.TELEMETRY_NAME,
            DesignField.TELEMETRY_RECEIVES,
            DesignField.TELEMETRY_OPERATOR_COUNTRY,
            DesignField.CONNECTION_DATA_CLASSES,
            DesignField.DESIGN_DATA_CLASSES);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        int n = g.size();
        List<Finding> findings = new ArrayList<>();
        int[] pred = new int[n];
        int[] seen = new int[n];
        int[] queue = new int[n];
        int stamp = 0;
        // operator key of each region component ("" for the owner's own site), filled on first use
        String[] regionOperators = new String[n];
        // operator key -> classes whose data it holds outside their jurisdictions (the info, one per operator)
        Map<String, Set<String>> stated = new LinkedHashMap<>();
        Map<String, String> statedSubject = new LinkedHashMap<>();
        // the fact is stated only in designs that ask the operator question for some class
        boolean asks = false;
        for (DataClass dc : ctx.design().dataClasses()) {
            asks |= !dc.allowedOperators().isEmpty();
        }
        for (DataClass dc : ctx.design().dataClasses()) {
            if (dc.allowedJurisdictions().isEmpty() && dc.allowedOperators().isEmpty()) {
                continue;
            }
            stamp++;
            byte[] unitVerdict = new byte[g.regionUnitCount()];
            Set<String> operatorsJudged = new LinkedHashSet<>();
            int head = 0;
            int tail = 0;
            for (int v = 0; v < n; v++) {
                if (g.component(v) instanceof Component.Storage s && s.holds().contains(dc.id())) {
                    seen[v] = stamp;
                    pred[v] = -1;
                    queue[tail++] = v;
                }
            }
            // Telemetry sources not reached from stored data are origins of their own, seeded after the
            // stored data has spread so that a path through storage keeps its true origin.
            boolean telemetrySeeded = false;
            while (head < tail || !telemetrySeeded) {
                if (head == tail) {
                    telemetrySeeded = true;
                    for (int v = 0; v < n; v++) {
                        if (seen[v] != stamp && shipsTelemetryOf(g, v, dc)) {
                            seen[v] = stamp;
                            pred[v] = -1;
                            queue[tail++] = v;
                        }
                    }
                    continue;
                }
                int v = queue[head++];
                if (!dc.allowedJurisdictions().isEmpty()) {
                    judge(ctx, dc, v, pred, unitVerdict, findings);
                }
                judgeOperator(ctx, dc, v, pred, regionOperators, operatorsJudged, stated, statedSubject, findings);
                Component c = g.component(v);
                if (c instanceof Component.Storage) {
                    tail = visit(g, ConnectionType.REPLICATES_TO, true, v, seen, stamp, pred, queue, tail);
                    tail = visit(g, ConnectionType.READS, false, v, seen, stamp, pred, queue, tail);
                } else if (c instanceof Component.Pipeline p) {
                    tail = visit(g, ConnectionType.RUNS_ON, true, v, seen, stamp, pred, queue, tail);
                    if (!p.declassifies().contains(dc.id())) {
                        tail = visit(g, ConnectionType.WRITES, true, v, seen, stamp, pred, queue, tail);
                    }
                }
                // telemetry carries only the classes its connection lists
                for (int k = 0; k < g.outDegree(ConnectionType.SHIPS_TELEMETRY, v); k++) {
                    Connection e = g.connection(g.outEdge(ConnectionType.SHIPS_TELEMETRY, v, k));
                    int w = g.out(ConnectionType.SHIPS_TELEMETRY, v, k);
                    if (e.dataClasses().contains(dc.id()) && seen[w] != stamp) {
                        seen[w] = stamp;
                        pred[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : asks ? stated.entrySet() : Set.<Map.Entry<String, Set<String>>>of()) {
            findings.add(statedFact(ctx, e.getKey(), e.getValue(), statedSubject.get(e.getKey())));
        }
        return findings;
    }

    /**
     * The fact, not a verdict: "EU personal data (pii) reaches storage lake in eu-central-1 (DE), run by
     * provider aws, headquartered in US (source, date), outside EU, where that data may be; it sets no
     * allowedOperators, so this is stated, not judged".
     */
    private Finding statedFact(DesignContext ctx, String key, Set<String> classIds, String subject) {
        List<DataClass> classes = classIds.stream()
                .map(id -> ctx.design().dataClass(id).orElseThrow())
                .toList();
        Set<String> jurisdictions = new LinkedHashSet<>(); // as the classes list them
        classes.forEach(dc -> jurisdictions.addAll(dc.allowedJurisdictions()));
        boolean one = classes.size() == 1;
        String operator = operatorName(key).toLowerCase(java.util.Locale.ROOT);
        String place = describe(ctx, ctx.graph().indexOf(subject));
        // with several classes the subject is where the first one arrives; the others may arrive elsewhere
        String what = one
                ? capitalised(label(classes.get(0))) + " reaches " + place + ", run by " + operator
                : "Data classes " + String.join(", ", classIds) + " reach components run by " + operator + " (first "
                        + place + ")";
        return new Finding(
                Severity.INFO,
                NAME,
                "residency.foreign-operator",
                List.of(subject),
                what + ", headquartered in " + headquartersText(ctx, key) + ", outside "
                        + String.join(", ", jurisdictions) + ", where that data may be; "
                        + (one ? "it sets" : "they set") + " no allowedOperators, so this is stated, not judged");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int visit(
            DesignGraph g,
            ConnectionType type,
            boolean outgoing,
            int v,
            int[] seen,
            int stamp,
            int[] pred,
            int[] queue,
            int tail) {
        int d = outgoing ? g.outDegree(type, v) : g.inDegree(type, v);
        for (int k = 0; k < d; k++) {
            int w = outgoing ? g.out(type, v, k) : g.in(type, v, k);
            if (seen[w] != stamp) {
                seen[w] = stamp;
                pred[w] = v;
                queue[tail++] = w;
            }
        }
        return tail;
    }

    private static void judge(
            DesignContext ctx, DataClass dc, int v, int[] pred, byte[] unitVerdict, List<Finding> findings) {
        DesignGraph g = ctx.graph();
        int u = g.regionUnit(v);
        if (u < 0) {
            return; // no location of its own (a pipeline without a region); the catalog check reports others
        }
        if (unitVerdict[u] == 0) {
            String country = ctx.countryOfUnit(u);
            unitVerdict[u] = country == null ? (byte) 3 : admitted(dc, country) ? (byte) 1 : (byte) 2;
        }
        if (unitVerdict[u] == 1) {
            return;
        }
        List<String> path = path(g, v, pred);
        String where = describe(ctx, v);
        String route = String.join(" → ", path);
        if (unitVerdict[u] == 2) {
            findings.add(new Finding(
                    Severity.ERROR,
                    NAME,
                    "residency.violation",
                    path,
                    label(dc) + " reaches " + where + ", outside " + String.join(", ", dc.allowedJurisdictions()) + ": "
                            + route));
        } else {
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "residency.unknown-location",
                    path,
                    label(dc) + " reaches " + where + " whose country is unknown, so residency cannot be checked: "
                            + route));
        }
    }

    private static boolean shipsTelemetryOf(DesignGraph g, int v, DataClass dc) {
        for (int k = 0; k < g.outDegree(ConnectionType.SHIPS_TELEMETRY, v); k++) {
            if (g.connection(g.outEdge(ConnectionType.SHIPS_TELEMETRY, v, k))
                    .dataClasses()
                    .contains(dc.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who operates the component at {@code v}: {@code provider:ID} for a catalog provider's region, {@code
     * saas:ID} for a SaaS sink, empty for the owner's own custom site and for what sits in no region. The
     * key of a region is kept in {@code regionOperators}: every component the search reaches asks.
     */
    private static Optional<String> operatorKey(DesignGraph g, int v, String[] regionOperators) {
        int r = g.region(v);
        if (r < 0) {
            return Optional.empty();
        }
        Component c = g.component(v);
        if (c instanceof Component.Telemetry t && t.hosting() == TelemetryHosting.SAAS) {
            return Optional.of("saas:" + t.id());
        }
        String key = regionOperators[r];
        if (key == null) {
            key = g.regionComponent(v).isCustom()
                    ? ""
                    : g.catalogProviderOf(r).map(p -> "provider:" + p).orElse("");
            regionOperators[r] = key;
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private Optional<String> headquarters(DesignContext ctx, String key) {
        if (key.startsWith("saas:")) {
            // a saas: key is made from a SaaS telemetry component's id (operatorKey)
            return ctx.design()
                    .component(key.substring(5))
                    .filter(Component.Telemetry.class::isInstance)
                    .flatMap(c -> Component.Telemetry.class.cast(c).operatorCountry());
        }
        return operators.headquarters(key.substring(9)).map(Operators.Headquarters::country);
    }

    private String headquartersText(DesignContext ctx, String key) {
        if (key.startsWith("saas:")) {
            return headquarters(ctx, key).orElse("an unknown country") + " (operatorCountry of the sink)";
        }
        return operators
                .headquarters(key.substring(9))
                .map(h -> h.country() + " (" + h.source() + ", " + h.asOf() + ")")
                .orElse("an unknown country");
    }

    private static String operatorName(String key) {
        return key.startsWith("saas:") ? "SaaS sink " + key.substring(5) : "Provider " + key.substring(9);
    }

    private void judgeOperator(
            DesignContext ctx,
            DataClass dc,
            int v,
            int[] pred,
            String[] regionOperators,
            Set<String> judged,
            Map<String, Set<String>> stated,
            Map<String, String> statedSubject,
            List<Finding> findings) {
        DesignGraph g = ctx.graph();
        Optional<String> key = operatorKey(g, v, regionOperators);
        if (key.isEmpty() || !judged.add(key.get())) {
            return; // own site, no location, or this class already judged against this operator
        }
        Optional<String> hq = headquarters(ctx, key.get());
        if (!dc.allowedOperators().isEmpty()) {
            if (hq.isPresent() && admittedOperator(dc, hq.get())) {
                return;
            }
            List<String> path = path(g, v, pred);
            String route = String.join(" → ", path);
            if (hq.isEmpty()) {
                findings.add(new Finding(
                        Severity.WARNING,
                        NAME,
                        "residency.unknown-operator",
                        path,
                        label(dc) + " must be operated from " + String.join(", ", dc.allowedOperators()) + ", but "
                                + operatorName(key.get()).toLowerCase(java.util.Locale.ROOT)
                                + "'s headquarters country is unknown: " + route));
            } else {
                findings.add(new Finding(
                        Severity.ERROR,
                        NAME,
                        "residency.foreign-operator",
                        path,
                        label(dc) + " must be operated from " + String.join(", ", dc.allowedOperators()) + ", but "
                                + operatorName(key.get()).toLowerCase(java.util.Locale.ROOT)
                                + " is headquartered in " + headquartersText(ctx, key.get()) + ": " + route));
            }
            return;
        }
        if (hq.isPresent() && !admitted(dc, hq.get())) {
            stated.computeIfAbsent(key.get(), k -> new java.util.TreeSet<>()).add(dc.id());
            statedSubject.putIfAbsent(key.get(), g.id(v));
        }
    }

    private static boolean admittedOperator(DataClass dc, String country) {
        for (String j : dc.allowedOperators()) {
            if (Jurisdictions.admits(j, country)) {
                return true;
            }
        }
        return false;
    }

    static boolean admitted(DataClass dc, String country) {
        for (String j : dc.allowedJurisdictions()) {
            if (Jurisdictions.admits(j, country)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> path(DesignGraph g, int v, int[] pred) {
        List<String> reversed = new ArrayList<>();
        for (int x = v; x >= 0; x = pred[x]) {
            reversed.add(g.id(x));
        }
        List<String> path = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return path;
    }

    private static String label(DataClass dc) {
        return dc.name().isEmpty() ? "data class " + dc.id() : dc.name() + " (" + dc.id() + ")";
    }

    private static String describe(DesignContext ctx, int v) {
        DesignGraph g = ctx.graph();
        Component c = g.component(v);
        Component.Region r = g.regionComponent(v);
        String country = ctx.countryOf(v);
        String place = r.isCustom() ? r.label() : r.region();
        return c.type().json() + " " + c.id() + " in " + place + (country == null ? "" : " (" + country + ")");
    }
}
