package dev.skyloom.model.latency;

import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single region and provider failures that can change how a design's populations are served — the
 * region and provider units holding a serving pipeline's pools or storage — each computed once, on first
 * use, by {@link ReachAnalysis}. Shared by the latency check and {@code diff}, so both see the same failures.
 */
public final class SingleFailures {
    /** One single failure: its name, the region or provider components that fail, and who serves whom then. */
    public record Failure(String name, List<String> components, List<Serving> servings) {
        public Failure {
            components = List.copyOf(components);
            servings = List.copyOf(servings);
        }
    }

    private final DesignGraph g;
    private final ReachAnalysis reach;
    private final Map<String, Failure> computed = new LinkedHashMap<>();

    public SingleFailures(ReachAnalysis reach) {
        this.g = reach.graph();
        this.reach = reach;
    }

    /** The failure of one region unit. */
    public Failure region(int unit) {
        return computed.computeIfAbsent("r" + unit, k -> {
            boolean[] failed = new boolean[g.regionUnitCount()];
            failed[unit] = true;
            return new Failure(g.regionUnitKey(unit), g.regionUnitComponents(unit), reach.under(failed));
        });
    }

    /** The failure of every region unit of one provider unit. */
    public Failure provider(int provider) {
        return computed.computeIfAbsent("p" + provider, k -> {
            boolean[] failed = new boolean[g.regionUnitCount()];
            for (int u = 0; u < failed.length; u++) {
                failed[u] = g.regionUnitProvider(u) == provider;
            }
            return new Failure(g.providerUnitKey(provider), g.providerUnitComponents(provider), reach.under(failed));
        });
    }

    /** Every failure touching a serving pipeline, regions first, in unit order. */
    public List<Failure> all() {
        boolean[] regions = new boolean[g.regionUnitCount()];
        for (int p : reach.populations()) {
            for (int k = 0; k < g.inDegree(ConnectionType.SERVES, p); k++) {
                int pipeline = g.in(ConnectionType.SERVES, p, k);
                for (ConnectionType t :
                        new ConnectionType[] {ConnectionType.RUNS_ON, ConnectionType.READS, ConnectionType.WRITES}) {
                    for (int j = 0; j < g.outDegree(t, pipeline); j++) {
                        int u = g.regionUnit(g.out(t, pipeline, j));
                        if (u >= 0) {
                            regions[u] = true;
                        }
                    }
                }
            }
        }
        List<Failure> result = new ArrayList<>();
        boolean[] providers = new boolean[g.providerUnitCount()];
        for (int u = 0; u < regions.length; u++) {
            if (regions[u]) {
                result.add(region(u));
                int p = g.regionUnitProvider(u);
                if (p >= 0) {
                    providers[p] = true;
                }
            }
        }
        for (int p = 0; p < providers.length; p++) {
            if (providers[p]) {
                result.add(provider(p));
            }
        }
        return result;
    }
}
