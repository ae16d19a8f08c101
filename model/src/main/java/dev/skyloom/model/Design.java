package dev.skyloom.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole design document: immutable, and valid by construction (see {@link DesignStructure}; the
 * constructor throws {@link InvalidDesignException} with every problem). Components and connections
 * keep document order; look-ups by id are indexed.
 */
public final class Design {
    /**
     * The newest file format this build reads and writes. Format 2 is format 1 plus newer component and
     * connection kinds (see {@link ComponentType#sinceFormat()}), assumptions and annotations; a design that uses none
     * of them is still written as format 1 (see {@link #formatVersion()}), so older builds keep reading it.
     */
    public static final int FORMAT_VERSION = 2;

    private final String name;
    private final String currency;
    private final Assumptions assumptions;
    private final List<DataClass> dataClasses;
    private final List<Component> components;
    private final List<Connection> connections;
    private final Map<String, Bounds> layout;
    private final Map<String, String> extras;
    private final List<Annotation> annotations;

    private final Map<String, Component> byId;
    private final Map<String, List<Component>> children;
    private final Map<String, List<Connection>> outgoing;
    private final Map<String, List<Connection>> incoming;
    private final Map<String, Connection> connectionsById;
    private final Map<String, DataClass> dataClassesById;

    public Design(
            String name,
            String currency,
            Assumptions assumptions,
            List<DataClass> dataClasses,
            List<Component> components,
            List<Connection> connections,
            Map<String, Bounds> layout,
            Map<String, String> extras) {
        this(name, currency, assumptions, dataClasses, components, connections, layout, extras, List.of());
    }

    /** A design with notes and zones ({@link Annotation}); their ids are unique among all ids. */
    public Design(
            String name,
            String currency,
            Assumptions assumptions,
            List<DataClass> dataClasses,
            List<Component> components,
            List<Connection> connections,
            Map<String, Bounds> layout,
            Map<String, String> extras,
            List<Annotation> annotations) {
        this.annotations = List.copyOf(annotations);
        this.name = name == null ? "" : name;
        this.currency = currency == null || currency.isBlank() ? "USD" : currency;
        this.assumptions = Objects.requireNonNull(assumptions, "assumptions");
        this.dataClasses = List.copyOf(dataClasses);
        this.components = List.copyOf(components);
        this.connections = List.copyOf(connections);
        this.layout = Collections.unmodifiableMap(new LinkedHashMap<>(layout));
        this.extras = Map.copyOf(extras);
        List<StructureProblem> problems = DesignStructure.problems(this.dataClasses, this.components, this.connections);
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        Map<String, Connection> conns = new LinkedHashMap<>();
        Map<String, List<Connection>> out = new LinkedHashMap<>();
        Map<String, List<Connection>> in = new LinkedHashMap<>();
        for (Connection k : this.connections) {
            out.computeIfAbsent(k.from(), x -> new ArrayList<>()).add(k);
            in.computeIfAbsent(k.to(), x -> new ArrayList<>()).add(k);
            conns.put(k.id(), k);
        }
        Map<String, DataClass> classes = new LinkedHashMap<>();
        for (DataClass d : this.dataClasses) {
            classes.put(d.id(), d);
        }
        this.byId = byIdOf(this.components);
        this.children = childrenOf(this.components);
        this.outgoing = Collections.unmodifiableMap(out);
        this.incoming = Collections.unmodifiableMap(in);
        this.connectionsById = Collections.unmodifiableMap(conns);
        this.dataClassesById = Collections.unmodifiableMap(classes);
        checkAnnotationIds(this.annotations, byId, connectionsById);
    }

    /**
     * {@code base} with other components or another layout and everything else kept. The maps made from its
     * connections and data classes hold no component, so they are shared; other components are checked and
     * indexed in full, as the public constructor does. An edit of a component or a move then no longer
     * copies the layout and re-indexes thousands of connections (at 5,000 components, most of an edit's time).
     */
    private Design(Design base, List<Component> components, Map<String, Bounds> layout) {
        this.annotations = base.annotations;
        this.name = base.name;
        this.currency = base.currency;
        this.assumptions = base.assumptions;
        this.dataClasses = base.dataClasses;
        this.connections = base.connections;
        this.layout = layout;
        this.extras = base.extras;
        this.outgoing = base.outgoing;
        this.incoming = base.incoming;
        this.connectionsById = base.connectionsById;
        this.dataClassesById = base.dataClassesById;
        if (components == base.components) {
            this.components = base.components;
            this.byId = base.byId;
            this.children = base.children;
            return;
        }
        this.components = List.copyOf(components);
        List<StructureProblem> problems = DesignStructure.problems(dataClasses, this.components, connections);
        if (!problems.isEmpty()) {
            throw new InvalidDesignException(problems);
        }
        this.byId = byIdOf(this.components);
        this.children = childrenOf(this.components);
        checkAnnotationIds(annotations, byId, connectionsById);
    }

    private static Map<String, Component> byIdOf(List<Component> components) {
        Map<String, Component> ids = new LinkedHashMap<>();
        for (Component c : components) {
            ids.put(c.id(), c);
        }
        return Collections.unmodifiableMap(ids);
    }

    private static Map<String, List<Component>> childrenOf(List<Component> components) {
        Map<String, List<Component>> kids = new LinkedHashMap<>();
        for (Component c : components) {
            c.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>())
                    .add(c));
        }
        return Collections.unmodifiableMap(kids);
    }

    /** A note's or zone's id must be unique among all ids. */
    private static void checkAnnotationIds(
            List<Annotation> annotations, Map<String, Component> components, Map<String, Connection> connections) {
        List<StructureProblem> clashes = new ArrayList<>();
        java.util.Set<String> annotationIds = new java.util.HashSet<>();
        for (Annotation a : annotations) {
            if (components.containsKey(a.id()) || connections.containsKey(a.id()) || !annotationIds.add(a.id())) {
                clashes.add(new StructureProblem(a.id(), "id", "duplicate id \"" + a.id() + "\""));
            }
        }
        if (!clashes.isEmpty()) {
            throw new InvalidDesignException(clashes);
        }
    }

    public static Design empty(String name) {
        return new Design(name, "USD", Assumptions.DEFAULT, List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    public List<DataClass> dataClasses() {
        return dataClasses;
    }

    public List<Component> components() {
        return components;
    }

    public List<Connection> connections() {
        return connections;
    }

    public Map<String, Bounds> layout() {
        return layout;
    }

    /** Top-level fields this version does not know, as raw JSON text by key. */
    public Map<String, String> extras() {
        return extras;
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public <T extends Component> List<T> componentsOf(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Component c : components) {
            if (type.isInstance(c)) {
                result.add(type.cast(c));
            }
        }
        return result;
    }

    public Optional<Connection> connection(String id) {
        return Optional.ofNullable(connectionsById.get(id));
    }

    public Optional<DataClass> dataClass(String id) {
        return Optional.ofNullable(dataClassesById.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id)
                || connectionsById.containsKey(id)
                || annotation(id).isPresent();
    }

    public List<Component> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    public List<Connection> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    public List<Connection> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** The region component a component sits in (itself for a region), walking up parents. */
    public Optional<Component.Region> regionOf(String id) {
        Component c = byId.get(id);
        while (c != null) {
            if (c instanceof Component.Region r) {
                return Optional.of(r);
            }
            c = c.parent().map(byId::get).orElse(null);
        }
        return Optional.empty();
    }

    /** The provider component a component sits in (itself for a provider), walking up parents. */
    public Optional<Component.Provider> providerOf(String id) {
        Component c = byId.get(id);
        while (c != null) {
            if (c instanceof Component.Provider p) {
                return Optional.of(p);
            }
            c = c.parent().map(byId::get).orElse(null);
        }
        return Optional.empty();
    }

    /** The oldest file format that can hold this design: the newest kind or assumption it uses. */
    public int formatVersion() {
        int version = assumptions.latencyDefaults() ? 1 : 2;
        for (Component c : components) {
            version = Math.max(version, c.type().sinceFormat());
        }
        for (Connection k : connections) {
            version = Math.max(version, k.type().sinceFormat());
        }
        return annotations.isEmpty() ? version : Math.max(version, 2);
    }

    public Optional<Bounds> bounds(String id) {
        return Optional.ofNullable(layout.get(id));
    }

    public Design withName(String name) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withCurrency(String currency) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withAssumptions(Assumptions assumptions) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withDataClasses(List<DataClass> dataClasses) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withComponents(List<Component> components) {
        return new Design(this, components, layout);
    }

    public Design withConnections(List<Connection> connections) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withTopology(List<Component> components, List<Connection> connections) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    /** Notes and zones, in drawing order. */
    public List<Annotation> annotations() {
        return annotations;
    }

    public Optional<Annotation> annotation(String id) {
        for (Annotation a : annotations) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public Design withAnnotations(List<Annotation> annotations) {
        return new Design(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    public Design withLayout(Map<String, Bounds> layout) {
        return new Design(this, components, Collections.unmodifiableMap(new LinkedHashMap<>(layout)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Design d
                && name.equals(d.name)
                && currency.equals(d.currency)
                && assumptions.equals(d.assumptions)
                && dataClasses.equals(d.dataClasses)
                && components.equals(d.components)
                && connections.equals(d.connections)
                && layout.equals(d.layout)
                && extras.equals(d.extras)
                && annotations.equals(d.annotations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                name, currency, assumptions, dataClasses, components, connections, layout, extras, annotations);
    }

    @Override
    public String toString() {
        return "Design[" + name + ", components: " + components.size() + ", connections: " + connections.size() + "]";
    }
}
