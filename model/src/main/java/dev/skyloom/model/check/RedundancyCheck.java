package dev.skyloom.model.check;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Survives;
import dev.skyloom.model.graph.CutPoints;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

/**
 * Redundancy: what survives a region or provider outage.
 *
 * <p><b>What.</b> A pipeline is up under a failure when one of its {@code runs-on} pools is outside it
 * and every storage it reads or writes has a copy (itself or a {@code replicates-to} target, transitively)
 * outside it (the same definition as the outage simulation, see {@code Availability}). A pipeline with
 * {@code survives: region} must be up under every single region failure, one with {@code survives:
 * provider} under every single provider failure (which implies every region failure).
 *
 * <p><b>Findings.</b> {@code redundancy.region-outage} / {@code redundancy.provider-outage} (error): the
 * pipeline, then the failed region components (or provider), and what goes. {@code redundancy.no-pool}
 * (error): a pipeline that must survive has no pool at all. {@code redundancy.unreplicated-storage}
 * (warning): storage without any replica read by a pipeline that must survive. {@code
 * redundancy.single-point} (warning): a GPU pool or unreplicated storage that is a cut point
 * (articulation point) of the undirected dependency graph (components joined by connections) — the only
 * link between pipelines that share nothing else, so its loss hits all of them.
 *
 * <p><b>Algorithm and cost.</b> A single failure of unit u takes a pipeline down only if all its pools are
 * in u or some storage it uses has every copy in u. So for each storage the search records the one unit
 * holding all its copies (or none), stopping as soon as a second unit appears; each pipeline then yields
 * its killing units directly instead of trying every failure: O(V + E) for typical replication depths.
 * Cut points by an iterative Hopcroft–Tarjan pass, O(V + E).
 */
public final class RedundancyCheck implements DesignCheck {
    public static final String NAME = "redundancy";
    private static final int NONE = -1; // every copy is outside any unit: survives every single failure
    private static final int UNKNOWN = -3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "redundancy.region-outage",
                "redundancy.provider-outage",
                "redundancy.no-pool",
                "redundancy.unreplicated-storage",
                "redundancy.single-point");
    }

    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(DesignField.PIPELINE_SURVIVES);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        int n = g.size();
        List<Finding> findings = new ArrayList<>();
        int[] regionCopies = new int[n];
        int[] providerCopies = new int[n];
        java.util.Arrays.fill(regionCopies, UNKNOWN);
        java.util.Arrays.fill(providerCopies, UNKNOWN);
        TreeMap<String, TreeSet<String>> unreplicated = new TreeMap<>();
        for (int v = 0; v < n; v++) {
            if (!(g.component(v) instanceof Component.Pipeline p) || p.survives() == Survives.NONE) {
                continue;
            }
            if (g.outDegree(ConnectionType.RUNS_ON, v) == 0) {
                findings.add(new Finding(
                        Severity.ERROR,
                        NAME,
                        "redundancy.no-pool",
                        List.of(p.id()),
                        "Pipeline " + p.id() + " must survive a " + p.survives().json()
                                + " outage but runs on no GPU pool"));
                continue;
            }
            boolean byProvider = p.survives() == Survives.PROVIDER;
            IntUnaryOperator unitOf = byProvider ? g::providerUnit : g::regionUnit;
            int[] copies = byProvider ? providerCopies : regionCopies;
            TreeMap<Integer, String> kills = new TreeMap<>();
            int poolUnit = commonUnit(g, v, unitOf);
            if (poolUnit >= 0) {
                kills.put(poolUnit, "all its GPU pools are there");
            }
            for (ConnectionType t : new ConnectionType[] {ConnectionType.READS, ConnectionType.WRITES}) {
                for (int k = 0; k < g.outDegree(t, v); k++) {
                    int s = g.out(t, v, k);
                    if (copies[s] == UNKNOWN) {
                        copies[s] = copyUnit(g, s, unitOf);
                    }
                    if (copies[s] >= 0) {
                        kills.putIfAbsent(copies[s], "storage " + g.id(s) + " has no copy elsewhere");
                    }
                    if (g.outDegree(ConnectionType.REPLICATES_TO, s) == 0) {
                        unreplicated
                                .computeIfAbsent(g.id(s), x -> new TreeSet<>())
                                .add(p.id());
                    }
                }
            }
            for (var kill : kills.entrySet()) {
                findings.add(outage(g, p, byProvider, kill.getKey(), kill.getValue()));
            }
        }
        for (var e : unreplicated.entrySet()) {
            List<String> subjects = new ArrayList<>();
            subjects.add(e.getKey());
            subjects.addAll(e.getValue());
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "redundancy.unreplicated-storage",
                    subjects,
                    "Storage " + e.getKey() + " has no replica but " + String.join(", ", e.getValue())
                            + (e.getValue().size() == 1 ? " needs" : " need") + " it to survive outages;"
                            + " add a replicates-to connection to another region"));
        }
        singlePoints(g, findings);
        return findings;
    }

    private static Finding outage(DesignGraph g, Component.Pipeline p, boolean byProvider, int unit, String why) {
        List<String> subjects = new ArrayList<>();
        subjects.add(p.id());
        String name;
        if (byProvider) {
            name = g.providerUnitKey(unit);
            subjects.addAll(g.providerUnitComponents(unit));
        } else {
            name = g.regionUnitKey(unit);
            subjects.addAll(g.regionUnitComponents(unit));
        }
        return new Finding(
                Severity.ERROR,
                NAME,
                byProvider ? "redundancy.provider-outage" : "redundancy.region-outage",
                subjects,
                "Pipeline " + p.id() + " must survive a " + (byProvider ? "provider" : "region")
                        + " outage but goes down when " + name + " fails: " + why);
    }

    /** The unit all of a pipeline's pools share, or -1 when they are spread (or one is in no unit). */
    private static int commonUnit(DesignGraph g, int pipeline, IntUnaryOperator unitOf) {
        int common = unitOf.applyAsInt(g.out(ConnectionType.RUNS_ON, pipeline, 0));
        for (int k = 1; k < g.outDegree(ConnectionType.RUNS_ON, pipeline) && common >= 0; k++) {
            if (unitOf.applyAsInt(g.out(ConnectionType.RUNS_ON, pipeline, k)) != common) {
                common = NONE;
            }
        }
        return common;
    }

    /** The one unit holding every copy of a storage, or {@link #NONE}; stops at the second unit found. */
    private static int copyUnit(DesignGraph g, int storage, IntUnaryOperator unitOf) {
        int unit = unitOf.applyAsInt(storage);
        if (unit < 0) {
            return NONE;
        }
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        queue.add(storage);
        seen.add(storage);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int k = 0; k < g.outDegree(ConnectionType.REPLICATES_TO, s); k++) {
                int t = g.out(ConnectionType.REPLICATES_TO, s, k);
                if (unitOf.applyAsInt(t) != unit) {
                    return NONE;
                }
                if (seen.add(t)) {
                    queue.add(t);
                }
            }
        }
        return unit;
    }

    private static void singlePoints(DesignGraph g, List<Finding> findings) {
        boolean[] cut = CutPoints.of(g);
        for (int v = 0; v < g.size(); v++) {
            if (!cut[v]) {
                continue;
            }
            Component c = g.component(v);
            boolean storage = c instanceof Component.Storage;
            if (!(c instanceof Component.GpuPool) && !storage) {
                continue;
            }
            if (storage
                    && (g.outDegree(ConnectionType.REPLICATES_TO, v) > 0
                            || g.inDegree(ConnectionType.REPLICATES_TO, v) > 0)) {
                continue;
            }
            TreeSet<String> users = new TreeSet<>();
            for (ConnectionType t :
                    new ConnectionType[] {ConnectionType.READS, ConnectionType.WRITES, ConnectionType.RUNS_ON}) {
                for (int k = 0; k < g.inDegree(t, v); k++) {
                    users.add(g.id(g.in(t, v, k)));
                }
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(c.id());
            subjects.addAll(users);
            findings.add(new Finding(
                    Severity.WARNING,
                    NAME,
                    "redundancy.single-point",
                    subjects,
                    "Single point of failure: " + c.type().json() + " " + c.id()
                            + " is the only link between pipelines " + String.join(", ", users)
                            + "; if it fails they all lose it"));
        }
    }
}
