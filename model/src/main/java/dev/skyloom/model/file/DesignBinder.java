package dev.skyloom.model.file;

import dev.skyloom.model.Annotation;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.DesignStructure;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.Ids;
import dev.skyloom.model.InvalidDesignException;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.StructureProblem;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TelemetryHosting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a JSON tree of the current format into a {@link Design}, collecting every problem of the file:
 * field problems (wrong types, ranges, unknown names) as it goes, then duplicate ids and the structural
 * rules of {@link DesignStructure}, each with the id and the line of the object concerned. A component
 * with a broken field still takes part in the structural checks as a placeholder of its type, so one
 * bad count does not also produce "parent does not exist" noise for its children.
 */
final class DesignBinder {
    static final int MAX_COUNT = 100_000;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(744);
    static final BigDecimal MAX_UNIT_PRICE = BigDecimal.valueOf(1_000_000);
    static final BigDecimal MAX_TB = BigDecimal.valueOf(1_000_000_000);
    static final double MAX_COORDINATE = 1e9;
    static final BigDecimal MAX_LATENCY_MS = BigDecimal.valueOf(10_000);
    static final int MAX_USER_COUNT = 2_000_000_000;

    private static final List<String> COMPONENT_TYPES = names(ComponentType.values(), ComponentType::json);
    private static final List<String> CONNECTION_TYPES = names(ConnectionType.values(), ConnectionType::json);
    private static final List<String> PRICINGS = names(Pricing.values(), Pricing::json);
    private static final List<String> SURVIVES = names(Survives.values(), Survives::json);
    private static final List<String> IDENTITY_KINDS = names(IdentityKind.values(), IdentityKind::json);
    private static final List<String> HOSTINGS = names(TelemetryHosting.values(), TelemetryHosting::json);

    private final String file;
    private final List<FileProblem> problems = new ArrayList<>();
    /** Line of the first object with each component or connection id, then of each data class. */
    private final Map<String, Integer> lines = new HashMap<>();

    private final Map<String, Integer> classLineById = new HashMap<>();
    private final Set<String> unboundComponents = new HashSet<>();
    private final Set<String> unboundDataClasses = new HashSet<>();

    private DesignBinder(String file) {
        this.file = file;
    }

    static Design bind(JsonTree.Obj root, String file) throws DesignFormatException {
        return new DesignBinder(file).design(root);
    }

    private Design design(JsonTree.Obj root) throws DesignFormatException {
        Fields f = new Fields(root, file, problems);
        f.node(Migrations.VERSION_KEY, false);
        String name = f.text("name", Fields.Text.NAME, "");
        String currency = f.text("currency", Fields.Text.CURRENCY, "USD");
        Assumptions assumptions = assumptions(f.node("assumptions", false));
        List<DataClass> dataClasses = new ArrayList<>();
        List<Integer> classLines = new ArrayList<>();
        for (JsonTree.Node n : list(f, "dataClasses")) {
            DataClass d = dataClass(n);
            if (d != null) {
                dataClasses.add(d);
                classLines.add(n.line());
            }
        }
        List<Component> components = new ArrayList<>();
        List<Integer> componentLines = new ArrayList<>();
        for (JsonTree.Node n : list(f, "components")) {
            Component c = component(n);
            if (c != null) {
                components.add(c);
                componentLines.add(n.line());
            }
        }
        List<Connection> connections = new ArrayList<>();
        List<Integer> connectionLines = new ArrayList<>();
        for (JsonTree.Node n : list(f, "connections")) {
            Connection k = connection(n);
            if (k != null) {
                connections.add(k);
                connectionLines.add(n.line());
            }
        }
        Map<String, Bounds> layout = layout(f.node("layout", false));
        List<Annotation> annotations = new ArrayList<>();
        for (JsonTree.Node n : list(f, "annotations")) {
            Annotation a = annotation(n);
            if (a != null) {
                annotations.add(a);
            }
        }
        Map<String, String> extras = f.extras();

        dedupe(dataClasses, classLines, components, componentLines, connections, connectionLines);
        if (problems.isEmpty()) {
            // The common case: the constructor runs the structural rules once; map what it finds to lines.
            try {
                return new Design(
                        name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
            } catch (InvalidDesignException e) {
                addStructureProblems(e.problems(), connections, components);
            } catch (IllegalArgumentException e) {
                problems.add(new FileProblem(file, 0, "", "", "not a valid design: " + Quoted.plain(e.getMessage())));
            }
        } else {
            // Field problems already found: check structure on what was bound (with placeholders) to report all.
            addStructureProblems(
                    DesignStructure.problems(dataClasses, components, connections), connections, components);
        }
        List<FileProblem> sorted = new ArrayList<>(problems);
        // File order; on one line a containment cycle goes first, as the wrong parent kinds follow from it.
        sorted.sort(Comparator.comparingInt(FileProblem::line)
                .thenComparing(p -> !p.message().startsWith("containment cycle")));
        throw new DesignFormatException(sorted);
    }

    private List<JsonTree.Node> list(Fields f, String key) {
        JsonTree.Node n = f.node(key, false);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof JsonTree.Arr arr)) {
            f.problem(n.line(), key, Quoted.of(key) + " must be a list, not " + n.describe());
            return List.of();
        }
        return arr.items();
    }

    private JsonTree.Obj object(JsonTree.Node n, String what) {
        if (n instanceof JsonTree.Obj o) {
            return o;
        }
        problems.add(new FileProblem(file, n.line(), "", "", what + " must be an object, not " + n.describe()));
        return null;
    }

    private Assumptions assumptions(JsonTree.Node n) {
        if (n == null) {
            return Assumptions.DEFAULT;
        }
        JsonTree.Obj o = object(n, "\"assumptions\"");
        if (o == null) {
            return Assumptions.DEFAULT;
        }
        Fields f = new Fields(o, file, problems);
        BigDecimal r1 = f.decimal(
                "reserved1yDiscount", BigDecimal.ZERO, BigDecimal.ONE, true, Assumptions.DEFAULT.reserved1yDiscount());
        BigDecimal r3 = f.decimal(
                "reserved3yDiscount", BigDecimal.ZERO, BigDecimal.ONE, true, Assumptions.DEFAULT.reserved3yDiscount());
        BigDecimal remote =
                f.decimal("remoteDataMs", BigDecimal.ONE, MAX_LATENCY_MS, false, Assumptions.DEFAULT_REMOTE_DATA_MS);
        f.rejectUnknown("\"assumptions\"");
        return f.failed() ? Assumptions.DEFAULT : new Assumptions(r1, r3, remote);
    }

    private DataClass dataClass(JsonTree.Node n) {
        JsonTree.Obj o = object(n, "a data class");
        if (o == null) {
            return null;
        }
        Fields f = new Fields(o, file, problems);
        String id = f.text("id", Fields.Text.ID, null);
        if (id == null) {
            rememberUnbound(f, unboundDataClasses);
            return null;
        }
        f.subject(id);
        classLineById.putIfAbsent(id, o.line());
        String name = f.text("name", Fields.Text.NAME, "");
        List<String> allowed = f.texts("allowedJurisdictions", Fields.Text.JURISDICTION, true);
        List<String> operators = f.texts("allowedOperators", Fields.Text.JURISDICTION, false);
        Map<String, String> extras = f.extras();
        return new DataClass(id, or(name, ""), or(allowed, List.of()), or(operators, List.of()), extras);
    }

    private Component component(JsonTree.Node n) {
        JsonTree.Obj o = object(n, "a component");
        if (o == null) {
            return null;
        }
        Fields f = new Fields(o, file, problems);
        String id = f.text("id", Fields.Text.ID, null);
        if (id != null) {
            f.subject(id);
        }
        ComponentType type = f.choice("type", ComponentType::fromJson, COMPONENT_TYPES, null);
        if (id == null || type == null) {
            if (id != null) {
                unboundComponents.add(id);
            } else {
                rememberUnbound(f, unboundComponents);
            }
            return null;
        }
        int line = o.line();
        lines.putIfAbsent(id, line);
        String name = or(f.text("name", Fields.Text.NAME, ""), "");
        Optional<String> parent = f.optionalText("parent", Fields.Text.ID);
        if (f.present("parent") && parent.isEmpty()) {
            unboundComponents.add(id);
        }
        switch (type) {
            case PROVIDER -> {
                String provider = f.text("provider", Fields.Text.CODE, null);
                if (parent.isPresent()) {
                    f.problem(line, "parent", "a provider has no parent, but \"parent\" is " + Quoted.of(parent.get()));
                }
                return new Component.Provider(id, name, or(provider, "?"), f.extras());
            }
            case REGION -> {
                String region = f.text("region", Fields.Text.CODE, null);
                Optional<String> country = f.optionalText("country", Fields.Text.COUNTRY);
                if (Component.Region.CUSTOM.equals(region) && !f.present("country")) {
                    f.problem(line, "country", "a custom region needs a \"country\" (two-letter code)");
                }
                return new Component.Region(id, name, parent, or(region, "?"), country, f.extras());
            }
            case GPU_POOL -> {
                String instanceType = f.text("instanceType", Fields.Text.CODE, null);
                Integer count = f.whole("count", 1, MAX_COUNT, null);
                Pricing pricing = f.choice("pricing", Pricing::fromJson, PRICINGS, Pricing.ON_DEMAND);
                BigDecimal hours =
                        f.decimal("hoursPerMonth", BigDecimal.ZERO, MAX_HOURS, false, Component.GpuPool.DEFAULT_HOURS);
                Optional<BigDecimal> unitPrice = f.optionalDecimal("unitPrice", BigDecimal.ZERO, MAX_UNIT_PRICE);
                return new Component.GpuPool(
                        id,
                        name,
                        parent,
                        or(instanceType, "?"),
                        or(count, 1),
                        or(pricing, Pricing.ON_DEMAND),
                        or(hours, Component.GpuPool.DEFAULT_HOURS),
                        unitPrice,
                        f.extras());
            }
            case STORAGE -> {
                String storageClass = f.text("storageClass", Fields.Text.CODE, null);
                BigDecimal capacity = f.decimal("capacityTb", BigDecimal.ZERO, MAX_TB, false, null);
                List<String> holds = f.texts("holds", Fields.Text.ID, false);
                Optional<BigDecimal> unitPrice = f.optionalDecimal("unitPrice", BigDecimal.ZERO, MAX_UNIT_PRICE);
                return new Component.Storage(
                        id,
                        name,
                        parent,
                        or(storageClass, "?"),
                        or(capacity, BigDecimal.ZERO),
                        or(holds, List.of()),
                        unitPrice,
                        f.extras());
            }
            case PIPELINE -> {
                Survives survives = f.choice("survives", Survives::fromJson, SURVIVES, Survives.NONE);
                List<String> declassifies = f.texts("declassifies", Fields.Text.ID, false);
                return new Component.Pipeline(
                        id, name, parent, or(survives, Survives.NONE), or(declassifies, List.of()), f.extras());
            }
            case USERS -> {
                return users(f, id, name, parent, line);
            }
            case IDENTITY -> {
                IdentityKind kind = f.choice("kind", IdentityKind::fromJson, IDENTITY_KINDS, null);
                return new Component.Identity(id, name, parent, or(kind, IdentityKind.CUSTOM), f.extras());
            }
            case TELEMETRY -> {
                TelemetryHosting hosting = f.choice("hosting", TelemetryHosting::fromJson, HOSTINGS, null);
                String service = f.text("service", Fields.Text.NAME, "");
                List<String> receives = f.texts("receives", Fields.Text.ID, false);
                Optional<String> operator = f.optionalText("operatorCountry", Fields.Text.COUNTRY);
                Optional<BigDecimal> unitPrice = f.optionalDecimal("unitPrice", BigDecimal.ZERO, MAX_UNIT_PRICE);
                if (operator.isPresent() && hosting != null && hosting != TelemetryHosting.SAAS) {
                    f.problem(
                            line,
                            "operatorCountry",
                            "\"operatorCountry\" is for a SaaS sink (a cloud's operator is in the catalog, a"
                                    + " self-hosted one is yours), but \"hosting\" is " + Quoted.of(hosting.json()));
                }
                return new Component.Telemetry(
                        id,
                        name,
                        parent,
                        or(hosting, TelemetryHosting.SAAS),
                        or(service, ""),
                        or(receives, List.of()),
                        operator,
                        unitPrice,
                        f.extras());
            }
        }
        throw new IllegalStateException("unhandled component type " + type);
    }

    private Component users(Fields f, String id, String name, Optional<String> parent, int line) {
        if (parent.isPresent()) {
            f.problem(line, "parent", "a population has no parent, but \"parent\" is " + Quoted.of(parent.get()));
        }
        Optional<String> city = f.optionalText("city", Fields.Text.CODE);
        Optional<BigDecimal> latitude = f.optionalDecimal("latitude", BigDecimal.valueOf(-90), BigDecimal.valueOf(90));
        Optional<BigDecimal> longitude =
                f.optionalDecimal("longitude", BigDecimal.valueOf(-180), BigDecimal.valueOf(180));
        Optional<String> country = f.optionalText("country", Fields.Text.COUNTRY);
        Optional<BigDecimal> share = f.optionalDecimal("share", BigDecimal.ZERO, MAX_TB);
        Integer count = f.present("userCount") ? f.whole("userCount", 0, MAX_USER_COUNT, null) : null;
        BigDecimal budget = f.decimal("latencyBudgetMs", BigDecimal.ONE, MAX_LATENCY_MS, false, null);
        boolean coordinates = f.present("latitude") || f.present("longitude");
        if (f.present("latitude") != f.present("longitude")) {
            f.problem(line, "latitude", "a population's \"latitude\" and \"longitude\" go together");
        } else if (f.present("city") == coordinates) {
            f.problem(
                    line,
                    "city",
                    coordinates
                            ? "a population has a \"city\" or \"latitude\"/\"longitude\", not both"
                            : "a population needs a \"city\" or \"latitude\" and \"longitude\"");
        }
        if (f.failed()) {
            // a placeholder for the structural checks; the file is refused anyway
            return Component.Users.inCity(id, name, "?", BigDecimal.ONE, BigDecimal.ONE);
        }
        return new Component.Users(
                id,
                name,
                city,
                latitude,
                longitude,
                country,
                share,
                Optional.ofNullable(count).map(Integer::longValue),
                budget,
                f.extras());
    }

    private Connection connection(JsonTree.Node n) {
        JsonTree.Obj o = object(n, "a connection");
        if (o == null) {
            return null;
        }
        Fields f = new Fields(o, file, problems);
        String id = f.text("id", Fields.Text.ID, null);
        if (id != null) {
            f.subject(id);
            lines.putIfAbsent(id, o.line());
        }
        ConnectionType type = f.choice("type", ConnectionType::fromJson, CONNECTION_TYPES, null);
        String from = f.text("from", Fields.Text.ID, null);
        String to = f.text("to", Fields.Text.ID, null);
        BigDecimal monthlyTb = f.decimal("monthlyTb", BigDecimal.ZERO, MAX_TB, false, BigDecimal.ZERO);
        List<String> dataClasses = f.texts("dataClasses", Fields.Text.ID, false);
        Map<String, String> extras = f.extras();
        if (id == null || type == null || from == null || to == null) {
            return null;
        }
        return new Connection(id, type, from, to, or(monthlyTb, BigDecimal.ZERO), or(dataClasses, List.of()), extras);
    }

    private static final List<String> ANNOTATION_KINDS = names(Annotation.Kind.values(), Annotation.Kind::json);

    private Annotation annotation(JsonTree.Node n) {
        JsonTree.Obj o = object(n, "an annotation");
        if (o == null) {
            return null;
        }
        Fields f = new Fields(o, file, problems);
        String id = f.text("id", Fields.Text.ID, null);
        if (id != null) {
            f.subject(id);
        }
        Annotation.Kind kind = f.choice("kind", Annotation.Kind::fromJson, ANNOTATION_KINDS, null);
        String text = f.text("text", Fields.Text.NAME, "");
        Double x = f.real("x", -MAX_COORDINATE, MAX_COORDINATE, null);
        Double y = f.real("y", -MAX_COORDINATE, MAX_COORDINATE, null);
        Double w = f.real("w", 0, MAX_COORDINATE, 0.0);
        Double h = f.real("h", 0, MAX_COORDINATE, 0.0);
        f.rejectUnknown("an annotation");
        if (f.failed() || id == null || kind == null || x == null || y == null) {
            return null;
        }
        double[] size = kind.defaultSize();
        return new Annotation(id, kind, text, new Bounds(x, y, w > 0 ? w : size[0], h > 0 ? h : size[1]));
    }

    private Map<String, Bounds> layout(JsonTree.Node n) {
        Map<String, Bounds> layout = new LinkedHashMap<>();
        if (n == null) {
            return layout;
        }
        JsonTree.Obj o = object(n, "\"layout\"");
        if (o == null) {
            return layout;
        }
        for (Map.Entry<String, JsonTree.Node> e : o.fields().entrySet()) {
            String id = e.getKey();
            JsonTree.Node v = e.getValue();
            if (!Ids.isValid(id)) {
                problems.add(new FileProblem(
                        file, v.line(), "", "layout", "\"layout\" has an entry for an invalid id " + Quoted.of(id)));
                continue;
            }
            if (!(v instanceof JsonTree.Obj box)) {
                problems.add(new FileProblem(
                        file, v.line(), id, "layout", "a layout entry must be an object, not " + v.describe()));
                continue;
            }
            Fields f = new Fields(box, file, problems);
            f.subject(id);
            Double x = f.real("x", -MAX_COORDINATE, MAX_COORDINATE, null);
            Double y = f.real("y", -MAX_COORDINATE, MAX_COORDINATE, null);
            Double w = f.real("w", 0, MAX_COORDINATE, 0.0);
            Double h = f.real("h", 0, MAX_COORDINATE, 0.0);
            f.rejectUnknown("a layout entry");
            if (!f.failed()) {
                layout.put(id, new Bounds(x, y, w, h));
            }
        }
        return layout;
    }

    /** Reports and drops second uses of ids; components and connections share one id space. */
    private void dedupe(
            List<DataClass> dataClasses,
            List<Integer> classLines,
            List<Component> components,
            List<Integer> componentLines,
            List<Connection> connections,
            List<Integer> connectionLines) {
        Map<String, Integer> seen = new HashMap<>();
        dedupe(components, componentLines, Component::id, seen, "id");
        dedupe(connections, connectionLines, Connection::id, seen, "id");
        dedupe(dataClasses, classLines, DataClass::id, new HashMap<>(), "data class id");
    }

    /** Removes second uses of an id from {@code items}, reporting each with its line and the first one's. */
    private <T> void dedupe(
            List<T> items, List<Integer> itemLines, Function<T, String> id, Map<String, Integer> seen, String what) {
        List<T> unique = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            int line = itemLines.get(i);
            Integer first = seen.putIfAbsent(key, line);
            if (first == null) {
                unique.add(items.get(i));
            } else {
                problems.add(new FileProblem(
                        file,
                        line,
                        key,
                        "id",
                        "duplicate " + what + " " + Quoted.of(key) + " (first used on line " + first + ")"));
            }
        }
        items.clear();
        items.addAll(unique);
    }

    private void addStructureProblems(
            List<StructureProblem> found, List<Connection> connections, List<Component> components) {
        Map<String, Connection> byConnection = new HashMap<>();
        for (Connection k : connections) {
            byConnection.put(k.id(), k);
        }
        Map<String, Component> byComponent = new HashMap<>();
        for (Component c : components) {
            byComponent.put(c.id(), c);
        }
        for (StructureProblem p : found) {
            if (isNoise(p, byConnection, byComponent)) {
                continue;
            }
            int line = lines.getOrDefault(p.subject(), classLineById.getOrDefault(p.subject(), 0));
            problems.add(new FileProblem(file, line, p.subject(), p.field(), p.message()));
        }
    }

    private boolean isNoise(
            StructureProblem p, Map<String, Connection> byConnection, Map<String, Component> byComponent) {
        Connection k = byConnection.get(p.subject());
        if (k != null && (unboundComponents.contains(k.from()) || unboundComponents.contains(k.to()))) {
            return true;
        }
        Component c = byComponent.get(p.subject());
        if (c != null && "parent".equals(p.field())) {
            return c.parent().map(unboundComponents::contains).orElse(false);
        }
        if ("holds".equals(p.field())
                || "declassifies".equals(p.field())
                || "receives".equals(p.field())
                || "dataClasses".equals(p.field())) {
            for (String d : unboundDataClasses) {
                if (p.message().contains(Quoted.of(d))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void rememberUnbound(Fields f, Set<String> unbound) {
        JsonTree.Node id = f.node("id", false);
        if (id instanceof JsonTree.Str s) {
            unbound.add(s.value());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static <E> List<String> names(E[] values, Function<E, String> json) {
        return Arrays.stream(values).map(json).toList();
    }
}
