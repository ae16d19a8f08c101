package dev.skyloom.model.check;

import dev.skyloom.catalog.Jurisdictions;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Data residency: where each class of data may go.
 *
 * <p><b>What.</b> A storage {@code holds} data classes. Data flows along {@code replicates-to}, from a
 * read storage into the pipeline that reads it, from a pipeline into its {@code runs-on} pools and out
 * through its {@code writes} (unless the pipeline {@code declassifies} the class); written storage passes
 * it on in turn. Every component the data reaches must sit in a region whose country is in the class's
 * {@code allowedJurisdictions} (ISO country codes or the blocs {@code EU}, {@code EEA}; an empty list means
 * unrestricted). A pipeline without a region of its own only passes data on.
 *
 * <p><b>Why.</b> Personal or regulated data that lands outside its jurisdiction is a legal problem that a
 * diagram does not show; the path tells where to cut the flow.
 *
 * <p><b>Findings.</b> {@code residency.violation} (error): subjects are the whole path from the storage
 * holding the data to where it lands, origin first. {@code residency.unknown-location} (warning): the data
 * reaches a region whose country is not known, so it cannot be judged.
 *
 * <p><b>Algorithm and cost.</b> One multi-source breadth-first search per data class from every storage
 * holding it, with a predecessor array for the paths: O(classes × (V + E)). The search reaches each
 * component once, so the path reported is a shortest one from the nearest origin.
 */
public final class ResidencyCheck implements DesignCheck {
    public static final String NAME = "residency";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of("residency.violation", "residency.unknown-location");
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
        for (DataClass dc : ctx.design().dataClasses()) {
            if (dc.allowedJurisdictions().isEmpty()) {
                continue;
            }
            stamp++;
            byte[] unitVerdict = new byte[g.regionUnitCount()];
            int head = 0;
            int tail = 0;
            for (int v = 0; v < n; v++) {
                if (g.component(v) instanceof Component.Storage s && s.holds().contains(dc.id())) {
                    seen[v] = stamp;
                    pred[v] = -1;
                    queue[tail++] = v;
                }
            }
            while (head < tail) {
                int v = queue[head++];
                judge(ctx, dc, v, pred, unitVerdict, findings);
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
            }
        }
        return findings;
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
        Component.Region r = (Component.Region) g.component(g.region(v));
        String country = ctx.countryOf(v);
        String place = r.isCustom() ? r.label() : r.region();
        return c.type().json() + " " + c.id() + " in " + place + (country == null ? "" : " (" + country + ")");
    }
}
