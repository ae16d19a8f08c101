package dev.skyloom.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Connection kinds, the component kinds each joins and the file format that introduced each. */
public enum ConnectionType {
    READS("reads", EnumSet.of(ComponentType.PIPELINE), ComponentType.STORAGE, 1),
    WRITES("writes", EnumSet.of(ComponentType.PIPELINE), ComponentType.STORAGE, 1),
    RUNS_ON("runs-on", EnumSet.of(ComponentType.PIPELINE), ComponentType.GPU_POOL, 1),
    REPLICATES_TO("replicates-to", EnumSet.of(ComponentType.STORAGE), ComponentType.STORAGE, 1),
    /** A pipeline answers a population's requests (format 2); {@code monthlyTb} is what it sends them. */
    SERVES("serves", EnumSet.of(ComponentType.PIPELINE), ComponentType.USERS, 2),
    /** A provider's access (human and workload identities) is federated to an identity provider (format 2). */
    FEDERATES("federates", EnumSet.of(ComponentType.IDENTITY), ComponentType.PROVIDER, 2),
    /**
     * Logs, metrics and traces of a provider, region, pool or pipeline go to a sink (format 2); {@code
     * monthlyTb} is their volume and {@code dataClasses} the classes of data they carry.
     */
    SHIPS_TELEMETRY(
            "ships-telemetry",
            EnumSet.of(ComponentType.PROVIDER, ComponentType.REGION, ComponentType.GPU_POOL, ComponentType.PIPELINE),
            ComponentType.TELEMETRY,
            2);

    private final String json;
    private final Set<ComponentType> from;
    private final ComponentType to;
    private final int sinceFormat;

    ConnectionType(String json, Set<ComponentType> from, ComponentType to, int sinceFormat) {
        this.json = json;
        this.from = Set.copyOf(from);
        this.to = to;
        this.sinceFormat = sinceFormat;
    }

    /** The file format version that introduced this kind. */
    public int sinceFormat() {
        return sinceFormat;
    }

    public String json() {
        return json;
    }

    /** The kinds a connection of this type may start from (one for most types). */
    public Set<ComponentType> fromTypes() {
        return from;
    }

    public ComponentType to() {
        return to;
    }

    /** Whether a connection of this type may go from a component of kind {@code a} to one of kind {@code b}. */
    public boolean joins(ComponentType a, ComponentType b) {
        return from.contains(a) && to == b;
    }

    /** The kinds it may start from, in declaration order: "pipeline", "provider, region, gpu-pool or pipeline". */
    public String fromText() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (ComponentType t : ComponentType.values()) {
            if (from.contains(t)) {
                names.add(t.json());
            }
        }
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    }

    public static Optional<ConnectionType> fromJson(String value) {
        for (ConnectionType t : values()) {
            if (t.json.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
