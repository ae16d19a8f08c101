package dev.skyloom.model.graph;

/**
 * Articulation points (cut vertices) of the undirected dependency graph: components joined by any
 * dependency ({@link #joins}: not {@code serves}, {@code federates} or {@code ships-telemetry}, since two pipelines serving the same users do not
 * depend on each other), parallel connections kept apart by their index. A component is a cut point when removing
 * it splits the part of the design it belongs to.
 *
 * <p>Algorithm: Hopcroft–Tarjan low-link, written with an explicit stack so a 100,000-component chain
 * needs no deep recursion (JGraphT's recursive {@code BiconnectivityInspector} overflows the default
 * thread stack at about 10,000 components). O(V + E) time, O(V + E) memory.
 */
public final class CutPoints {
    private CutPoints() {}

    /** Whether a connection of this kind makes its ends depend on each other. */
    static boolean joins(dev.skyloom.model.ConnectionType type) {
        return switch (type) {
            case READS, WRITES, RUNS_ON, REPLICATES_TO -> true;
            // a shared identity provider or telemetry sink is not a data dependency between workloads
            case SERVES, FEDERATES, SHIPS_TELEMETRY -> false;
        };
    }

    /** {@code result[v]} is true when component {@code v} is a cut point. */
    public static boolean[] of(DesignGraph g) {
        int n = g.size();
        int m = g.edgeCount();
        // undirected adjacency in CSR form: each dependency appears at both ends
        boolean[] skip = new boolean[m];
        int[] start = new int[n + 1];
        for (int e = 0; e < m; e++) {
            if (!joins(g.connection(e).type())) {
                skip[e] = true;
                continue;
            }
            start[g.edgeFrom(e) + 1]++;
            start[g.edgeTo(e) + 1]++;
        }
        for (int i = 1; i <= n; i++) {
            start[i] += start[i - 1];
        }
        int[] adj = new int[2 * m];
        int[] adjEdge = new int[2 * m];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int e = 0; e < m; e++) {
            if (skip[e]) {
                continue;
            }
            int a = g.edgeFrom(e);
            int b = g.edgeTo(e);
            adj[fill[a]] = b;
            adjEdge[fill[a]++] = e;
            adj[fill[b]] = a;
            adjEdge[fill[b]++] = e;
        }
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parentEdge = new int[n];
        int[] cursor = new int[n];
        int[] stack = new int[n];
        boolean[] cut = new boolean[n];
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (disc[root] != 0) {
                continue;
            }
            int rootChildren = 0;
            int sp = 0;
            stack[sp++] = root;
            disc[root] = low[root] = ++time;
            parentEdge[root] = -1;
            cursor[root] = start[root];
            while (sp > 0) {
                int v = stack[sp - 1];
                if (cursor[v] < start[v + 1]) {
                    int k = cursor[v]++;
                    int w = adj[k];
                    if (adjEdge[k] == parentEdge[v]) {
                        continue;
                    }
                    if (disc[w] == 0) {
                        disc[w] = low[w] = ++time;
                        parentEdge[w] = adjEdge[k];
                        cursor[w] = start[w];
                        stack[sp++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (disc[w] < low[v]) {
                        low[v] = disc[w];
                    }
                } else {
                    sp--;
                    if (sp > 0) {
                        int u = stack[sp - 1];
                        if (low[v] < low[u]) {
                            low[u] = low[v];
                        }
                        if (u != root && low[v] >= disc[u]) {
                            cut[u] = true;
                        }
                    }
                }
            }
            if (rootChildren > 1) {
                cut[root] = true;
            }
        }
        return cut;
    }
}
