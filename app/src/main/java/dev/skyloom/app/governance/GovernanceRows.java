package dev.skyloom.app.governance;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row per cloud the design places containers in: which identity providers federate it, how many of
 * its GPU pools and pipelines ship telemetry (themselves, their region or the provider container, as the
 * governance check counts), to which sinks, and whether its audit log is exported (the provider container
 * or one of its regions ships telemetry, which the Terraform skeleton turns into the cloud's audit-log
 * export). A design that places nothing in a cloud's container has no row for it.
 */
public final class GovernanceRows {
    private GovernanceRows() {}

    /**
     * @param cloud the catalog's provider id ("aws")
     * @param containers the provider containers of that cloud
     * @param identities the identity providers federating one of them
     * @param workloads the GPU pools and pipelines inside them
     * @param observed those of {@code workloads} whose telemetry reaches a sink
     * @param sinks the telemetry sinks anything of this cloud ships to
     * @param auditLogged whether the container or one of its regions ships telemetry
     */
    public record Row(
            String cloud,
            List<String> containers,
            List<String> identities,
            List<String> workloads,
            List<String> observed,
            List<String> sinks,
            boolean auditLogged) {
        public Row {
            containers = List.copyOf(containers);
            identities = List.copyOf(identities);
            workloads = List.copyOf(workloads);
            observed = List.copyOf(observed);
            sinks = List.copyOf(sinks);
        }

        public boolean federated() {
            return !identities.isEmpty();
        }

        /** Every GPU pool and pipeline observed (true when there are none). */
        public boolean fullyObserved() {
            return observed.size() == workloads.size();
        }

        /** What a click selects: the containers, the identity providers and the sinks of this row. */
        public List<String> subjects() {
            Set<String> ids = new LinkedHashSet<>(containers);
            ids.addAll(identities);
            ids.addAll(sinks);
            return List.copyOf(ids);
        }
    }

    public static List<Row> of(Design d) {
        Map<String, List<Component.Provider>> byCloud = new LinkedHashMap<>();
        for (Component c : d.components()) {
            if (c instanceof Component.Provider p) {
                byCloud.computeIfAbsent(p.provider(), k -> new ArrayList<>()).add(p);
            }
        }
        // each component's provider, found once: the rows below visit every component once per cloud
        List<Component> components = d.components();
        List<Optional<Component.Provider>> providers = new ArrayList<>(components.size());
        for (Component c : components) {
            providers.add(d.providerOf(c.id()));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Component.Provider>> e : byCloud.entrySet()) {
            Set<String> containers = new LinkedHashSet<>();
            Set<String> identities = new LinkedHashSet<>();
            boolean audit = false;
            for (Component.Provider p : e.getValue()) {
                containers.add(p.id());
                for (Connection k : d.incoming(p.id())) {
                    if (k.type() == ConnectionType.FEDERATES) {
                        identities.add(k.from());
                    }
                }
            }
            List<String> workloads = new ArrayList<>();
            List<String> observed = new ArrayList<>();
            Set<String> sinks = new LinkedHashSet<>();
            for (int i = 0; i < components.size(); i++) {
                Component c = components.get(i);
                Optional<Component.Provider> provider = providers.get(i);
                if (provider.isEmpty() || !containers.contains(provider.get().id())) {
                    continue;
                }
                List<String> shipsTo = sinksOf(d, c.id());
                sinks.addAll(shipsTo);
                if ((c instanceof Component.Provider || c instanceof Component.Region) && !shipsTo.isEmpty()) {
                    audit = true;
                }
                if (c instanceof Component.GpuPool || c instanceof Component.Pipeline) {
                    workloads.add(c.id());
                    boolean seen = !shipsTo.isEmpty()
                            || d.regionOf(c.id())
                                    .map(r -> !sinksOf(d, r.id()).isEmpty())
                                    .orElse(false)
                            || !sinksOf(d, provider.get().id()).isEmpty();
                    if (seen) {
                        observed.add(c.id());
                    }
                }
            }
            rows.add(new Row(
                    e.getKey(),
                    List.copyOf(containers),
                    List.copyOf(identities),
                    workloads,
                    observed,
                    List.copyOf(sinks),
                    audit));
        }
        return rows;
    }

    private static List<String> sinksOf(Design d, String id) {
        List<String> out = new ArrayList<>();
        for (Connection k : d.outgoing(id)) {
            if (k.type() == ConnectionType.SHIPS_TELEMETRY) {
                out.add(k.to());
            }
        }
        return out;
    }
}
