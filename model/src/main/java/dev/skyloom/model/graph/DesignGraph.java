package dev.skyloom.model.graph;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * A compact, int-indexed snapshot of one immutable {@link Design}: components are numbered in document
 * order, connections are stored per type as compressed adjacency arrays (out and in), and every
 * component knows its region, its provider and its failure units. Built once per design in O(V + E);
 * the checks, the cost engine and the outage simulation all work on it instead of on maps of strings.
 *
 * <p>A <em>region unit</em> is what fails in a region outage: all region components naming the same
 * catalog region of the same catalog provider fail together; a custom site is a unit of its own. A
 * <em>provider unit</em> is every region of one catalog provider id. Components outside any region
 * belong to no unit and are not affected by outages (the catalog check reports them).
 */
public final class DesignGraph {
    private static final ConnectionType[] TYPES = ConnectionType.values();

    private final Design design;
    private final int n;
    private final Component[] components;
    private final Map<String, Integer> index;
    private final int[] parent;
    private final int[] region;
    private final int[] provider;
    private final Connection[] connections;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int[][] outStart;
    private final int[][] outTarget;
    private final int[][] outEdge;
    private final int[][] inStart;
    private final int[][] inSource;
    private final int[][] inEdge;
    private final int[] regionUnit;
    private final int[] providerUnit;
    private final List<String> regionUnitKeys;
    private final List<List<String>> regionUnitComponents;
    private final int[] regionUnitProvider;
    private final List<String> providerUnitKeys;
    private final List<List<String>> providerUnitComponents;
    private volatile Graph<String, Connection> jgrapht;

    private DesignGraph(Design design) {
        this.design = design;
        List<Component> list = design.components();
        this.n = list.size();
        this.components = list.toArray(new Component[0]);
        this.index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(components[i].id(), i);
        }
        this.parent = new int[n];
        for (int i = 0; i < n; i++) {
            Optional<String> p = components[i].parent();
            parent[i] = p.isPresent() ? index.get(p.get()) : -1;
        }
        this.region = new int[n];
        this.provider = new int[n];
        Arrays.fill(region, Integer.MIN_VALUE);
        Arrays.fill(provider, Integer.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            resolveAncestors(i);
        }
        List<Connection> conns = design.connections();
        int m = conns.size();
        this.connections = conns.toArray(new Connection[0]);
        this.edgeFrom = new int[m];
        this.edgeTo = new int[m];
        int t = TYPES.length;
        int[][] outCount = new int[t][n + 1];
        int[][] inCount = new int[t][n + 1];
        for (int e = 0; e < m; e++) {
            edgeFrom[e] = index.get(connections[e].from());
            edgeTo[e] = index.get(connections[e].to());
            int ty = connections[e].type().ordinal();
            outCount[ty][edgeFrom[e] + 1]++;
            inCount[ty][edgeTo[e] + 1]++;
        }
        this.outStart = new int[t][];
        this.outTarget = new int[t][];
        this.outEdge = new int[t][];
        this.inStart = new int[t][];
        this.inSource = new int[t][];
        this.inEdge = new int[t][];
        for (int ty = 0; ty < t; ty++) {
            outStart[ty] = prefix(outCount[ty]);
            inStart[ty] = prefix(inCount[ty]);
            outTarget[ty] = new int[outStart[ty][n]];
            outEdge[ty] = new int[outStart[ty][n]];
            inSource[ty] = new int[inStart[ty][n]];
            inEdge[ty] = new int[inStart[ty][n]];
        }
        int[][] outFill = new int[t][];
        int[][] inFill = new int[t][];
        for (int ty = 0; ty < t; ty++) {
            outFill[ty] = Arrays.copyOf(outStart[ty], n);
            inFill[ty] = Arrays.copyOf(inStart[ty], n);
        }
        for (int e = 0; e < m; e++) {
            int ty = connections[e].type().ordinal();
            int a = outFill[ty][edgeFrom[e]]++;
            outTarget[ty][a] = edgeTo[e];
            outEdge[ty][a] = e;
            int b = inFill[ty][edgeTo[e]]++;
            inSource[ty][b] = edgeFrom[e];
            inEdge[ty][b] = e;
        }
        // failure units
        this.regionUnit = new int[n];
        this.providerUnit = new int[n];
        Map<String, Integer> regionKeys = new LinkedHashMap<>();
        Map<String, Integer> providerKeys = new LinkedHashMap<>();
        List<List<String>> unitComponents = new ArrayList<>();
        List<Integer> unitProvider = new ArrayList<>();
        int[] unitOfRegionComponent = new int[n];
        int[] providerOfProviderComponent = new int[n];
        for (int i = 0; i < n; i++) {
            if (components[i] instanceof Component.Provider p) {
                providerOfProviderComponent[i] = providerKeys.computeIfAbsent(p.provider(), k -> providerKeys.size());
            }
        }
        for (int i = 0; i < n; i++) {
            if (components[i] instanceof Component.Region r) {
                String providerId = provider[i] >= 0 ? catalogProviderId(provider[i]) : "";
                String key = r.isCustom() ? "custom:" + r.id() : providerId + "/" + r.region();
                Integer u = regionKeys.get(key);
                if (u == null) {
                    u = regionKeys.size();
                    regionKeys.put(key, u);
                    unitComponents.add(new ArrayList<>());
                    unitProvider.add(provider[i] >= 0 ? providerOfProviderComponent[provider[i]] : -1);
                }
                unitComponents.get(u).add(r.id());
                unitOfRegionComponent[i] = u;
            }
        }
        for (int i = 0; i < n; i++) {
            regionUnit[i] = region[i] >= 0 ? unitOfRegionComponent[region[i]] : -1;
            providerUnit[i] = provider[i] >= 0 ? providerOfProviderComponent[provider[i]] : -1;
        }
        this.regionUnitKeys = List.copyOf(regionKeys.keySet());
        List<List<String>> frozen = new ArrayList<>();
        for (List<String> l : unitComponents) {
            frozen.add(List.copyOf(l));
        }
        this.regionUnitComponents = List.copyOf(frozen);
        this.regionUnitProvider =
                unitProvider.stream().mapToInt(Integer::intValue).toArray();
        this.providerUnitKeys = List.copyOf(providerKeys.keySet());
        List<List<String>> byProvider = new ArrayList<>();
        for (int u = 0; u < providerUnitKeys.size(); u++) {
            byProvider.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (components[i] instanceof Component.Provider) {
                byProvider.get(providerUnit[i]).add(components[i].id());
            }
        }
        this.providerUnitComponents = byProvider.stream().map(List::copyOf).toList();
    }

    private DesignGraph(DesignGraph shape, Design design) {
        this.design = design;
        this.n = shape.n;
        this.components = design.components().toArray(new Component[0]);
        this.index = shape.index;
        this.parent = shape.parent;
        this.region = shape.region;
        this.provider = shape.provider;
        this.connections = design.connections().toArray(new Connection[0]);
        this.edgeFrom = shape.edgeFrom;
        this.edgeTo = shape.edgeTo;
        this.outStart = shape.outStart;
        this.outTarget = shape.outTarget;
        this.outEdge = shape.outEdge;
        this.inStart = shape.inStart;
        this.inSource = shape.inSource;
        this.inEdge = shape.inEdge;
        this.regionUnit = shape.regionUnit;
        this.providerUnit = shape.providerUnit;
        this.regionUnitKeys = shape.regionUnitKeys;
        this.regionUnitComponents = shape.regionUnitComponents;
        this.regionUnitProvider = shape.regionUnitProvider;
        this.providerUnitKeys = shape.providerUnitKeys;
        this.providerUnitComponents = shape.providerUnitComponents;
    }

    /**
     * This snapshot's arrays with the components and connections of {@code design}, which must have the
     * same ids, parents, region codes, provider ids and connections in the same order (only attributes
     * such as counts, pricing or names changed). O(V) instead of rebuilding the indexes.
     */
    public DesignGraph rebind(Design design) {
        if (design.components().size() != n || design.connections().size() != connections.length) {
            throw new IllegalArgumentException("a rebound design must have the same shape");
        }
        return new DesignGraph(this, design);
    }

    /** Builds the snapshot of a design; O(V + E). */
    public static DesignGraph of(Design design) {
        return new DesignGraph(design);
    }

    private static int[] prefix(int[] counts) {
        int[] start = counts.clone();
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        return start;
    }

    private void resolveAncestors(int start) {
        // iterative: walk up until a resolved ancestor, then fill the walked path
        int[] path = new int[8];
        int len = 0;
        int c = start;
        while (c >= 0 && region[c] == Integer.MIN_VALUE) {
            if (len == path.length) {
                path = Arrays.copyOf(path, len * 2);
            }
            path[len++] = c;
            c = parent[c];
        }
        int r = c >= 0 ? region[c] : -1;
        int p = c >= 0 ? provider[c] : -1;
        for (int k = len - 1; k >= 0; k--) {
            int x = path[k];
            if (components[x] instanceof Component.Region) {
                r = x;
            }
            if (components[x] instanceof Component.Provider) {
                p = x;
            }
            region[x] = r;
            provider[x] = p;
        }
    }

    public Design design() {
        return design;
    }

    /** Number of components. */
    public int size() {
        return n;
    }

    /** Number of connections. */
    public int edgeCount() {
        return connections.length;
    }

    /** The index of a component id, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int v) {
        return components[v].id();
    }

    public Component component(int v) {
        return components[v];
    }

    /**
     * The region component a component sits in (itself for a region). For a component that sits in one
     * ({@link #region} ≥ 0); the graph resolves regions only to region components, so anything else is a bug.
     */
    public Component.Region regionComponent(int v) {
        int r = region[v];
        if (r < 0) {
            throw new IllegalArgumentException(components[v].id() + " sits in no region");
        }
        return as(Component.Region.class, r);
    }

    /** The users component at {@code v}, for indices known to be populations (e.g. {@code ReachAnalysis}'s). */
    public Component.Users users(int v) {
        return as(Component.Users.class, v);
    }

    /** The one checked cast behind the typed accessors: a failure names the component and the broken invariant. */
    private <T extends Component> T as(Class<T> type, int v) {
        Component c = components[v];
        if (!type.isInstance(c)) {
            throw new IllegalStateException("design graph invariant broken: " + c.id() + " is a "
                    + c.type().json() + ", expected " + type.getSimpleName());
        }
        return type.cast(c);
    }

    /** Parent index, or -1. */
    public int parent(int v) {
        return parent[v];
    }

    /** Index of the region component a component sits in (itself for a region), or -1. */
    public int region(int v) {
        return region[v];
    }

    /** Index of the provider component a component sits in (itself for a provider), or -1. */
    public int provider(int v) {
        return provider[v];
    }

    /** The catalog provider id of the provider component at index {@code p}. */
    public String catalogProviderId(int p) {
        return as(Component.Provider.class, p).provider();
    }

    /** The catalog provider id a component sits in, or empty. */
    public Optional<String> catalogProviderOf(int v) {
        return provider[v] >= 0 ? Optional.of(catalogProviderId(provider[v])) : Optional.empty();
    }

    public Connection connection(int e) {
        return connections[e];
    }

    public int edgeFrom(int e) {
        return edgeFrom[e];
    }

    public int edgeTo(int e) {
        return edgeTo[e];
    }

    public int outDegree(ConnectionType type, int v) {
        int[] s = outStart[type.ordinal()];
        return s[v + 1] - s[v];
    }

    /** The {@code k}-th target of {@code v}'s outgoing connections of a type, in document order. */
    public int out(ConnectionType type, int v, int k) {
        return outTarget[type.ordinal()][outStart[type.ordinal()][v] + k];
    }

    /** The connection index of the {@code k}-th outgoing connection of a type. */
    public int outEdge(ConnectionType type, int v, int k) {
        return outEdge[type.ordinal()][outStart[type.ordinal()][v] + k];
    }

    public int inDegree(ConnectionType type, int v) {
        int[] s = inStart[type.ordinal()];
        return s[v + 1] - s[v];
    }

    /** The {@code k}-th source of {@code v}'s incoming connections of a type, in document order. */
    public int in(ConnectionType type, int v, int k) {
        return inSource[type.ordinal()][inStart[type.ordinal()][v] + k];
    }

    public int inEdge(ConnectionType type, int v, int k) {
        return inEdge[type.ordinal()][inStart[type.ordinal()][v] + k];
    }

    /** The region unit a component fails with, or -1 when it is in no region. */
    public int regionUnit(int v) {
        return regionUnit[v];
    }

    /** The provider unit a component fails with, or -1 when it is in no provider. */
    public int providerUnit(int v) {
        return providerUnit[v];
    }

    public int regionUnitCount() {
        return regionUnitKeys.size();
    }

    /** {@code provider/code} for a catalog region, {@code custom:ID} for a custom site. */
    public String regionUnitKey(int u) {
        return regionUnitKeys.get(u);
    }

    /** The region component ids of a region unit, in document order. */
    public List<String> regionUnitComponents(int u) {
        return regionUnitComponents.get(u);
    }

    /** The provider unit a region unit belongs to, or -1. */
    public int regionUnitProvider(int u) {
        return regionUnitProvider[u];
    }

    public int providerUnitCount() {
        return providerUnitKeys.size();
    }

    /** The catalog provider id of a provider unit. */
    public String providerUnitKey(int u) {
        return providerUnitKeys.get(u);
    }

    /** The provider component ids of a provider unit, in document order. */
    public List<String> providerUnitComponents(int u) {
        return providerUnitComponents.get(u);
    }

    /** The provider unit for a catalog provider id, or -1. */
    public int providerUnitOf(String catalogProviderId) {
        return providerUnitKeys.indexOf(catalogProviderId);
    }

    /** The region unit for a key ({@code provider/code} or {@code custom:ID}), or -1. */
    public int regionUnitOf(String key) {
        return regionUnitKeys.indexOf(key);
    }

    /**
     * A JGraphT view of the connections (vertices are component ids, edges the connections), built on
     * first use. Convenient for small designs and ad-hoc analyses; the checks use the arrays above.
     */
    public Graph<String, Connection> asJGraphT() {
        Graph<String, Connection> g = jgrapht;
        if (g == null) {
            DirectedMultigraph<String, Connection> built = new DirectedMultigraph<>(null, null, false);
            for (Component c : components) {
                built.addVertex(c.id());
            }
            for (Connection k : connections) {
                built.addEdge(k.from(), k.to(), k);
            }
            g = built;
            jgrapht = g;
        }
        return g;
    }
}
