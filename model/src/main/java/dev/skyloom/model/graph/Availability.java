package dev.skyloom.model.graph;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;

/**
 * The one definition of "a pipeline is up" shared by the redundancy check and the outage simulation
 * (DESIGN.md): under a failure (a set of failed region units), a pipeline is up when one of its
 * {@code runs-on} pools is outside the failure and every storage it reads or writes has a copy — itself
 * or a {@code replicates-to} target, transitively — outside the failure. Components in no region are
 * never lost. A pipeline with no pool is never up.
 */
public final class Availability {
    private final DesignGraph g;
    private final boolean[] lost;
    private final boolean[] copyAlive;

    private Availability(DesignGraph g, boolean[] lost) {
        this.g = g;
        this.lost = lost;
        this.copyAlive = copyAlive(g, lost);
    }

    /** Availability when the given region units fail; O(V + E). */
    public static Availability underRegionFailure(DesignGraph g, boolean[] regionUnitFailed) {
        int n = g.size();
        boolean[] lost = new boolean[n];
        for (int v = 0; v < n; v++) {
            int u = g.regionUnit(v);
            lost[v] = u >= 0 && regionUnitFailed[u];
        }
        return new Availability(g, lost);
    }

    /** Whether component {@code v} sits in a failed region. */
    public boolean isLost(int v) {
        return lost[v];
    }

    /** Whether a storage has a copy (itself or a replica, transitively) outside the failure. */
    public boolean hasLiveCopy(int storage) {
        return copyAlive[storage];
    }

    /** Whether a pipeline is up under this failure. */
    public boolean isUp(int pipeline) {
        return firstProblem(pipeline) == OK;
    }

    /** Marker returned by {@link #firstProblem} when the pipeline is up. */
    public static final int OK = -2;

    /** Marker returned by {@link #firstProblem} when every pool of the pipeline is lost (or it has none). */
    public static final int NO_POOL = -1;

    /**
     * Why a pipeline is down: {@link #OK} when it is up, {@link #NO_POOL} when no pool survives, else the
     * index of the first storage it reads or writes that has no surviving copy.
     */
    public int firstProblem(int pipeline) {
        boolean pool = false;
        int pools = g.outDegree(ConnectionType.RUNS_ON, pipeline);
        for (int k = 0; k < pools && !pool; k++) {
            pool = !lost[g.out(ConnectionType.RUNS_ON, pipeline, k)];
        }
        if (!pool) {
            return NO_POOL;
        }
        for (ConnectionType t : new ConnectionType[] {ConnectionType.READS, ConnectionType.WRITES}) {
            int d = g.outDegree(t, pipeline);
            for (int k = 0; k < d; k++) {
                int s = g.out(t, pipeline, k);
                if (!copyAlive[s]) {
                    return s;
                }
            }
        }
        return OK;
    }

    /**
     * Storage with a live copy: a reverse search along {@code replicates-to} from every storage that is
     * not lost. O(V + E).
     */
    private static boolean[] copyAlive(DesignGraph g, boolean[] lost) {
        int n = g.size();
        boolean[] alive = new boolean[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int v = 0; v < n; v++) {
            if (g.component(v) instanceof Component.Storage && !lost[v]) {
                alive[v] = true;
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            int d = g.inDegree(ConnectionType.REPLICATES_TO, v);
            for (int k = 0; k < d; k++) {
                int s = g.in(ConnectionType.REPLICATES_TO, v, k);
                if (!alive[s]) {
                    alive[s] = true;
                    queue[tail++] = s;
                }
            }
        }
        return alive;
    }
}
