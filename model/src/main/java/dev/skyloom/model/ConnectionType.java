package dev.skyloom.model;

import java.util.Optional;

/** Connection kinds, the component kinds each joins and the file format that introduced each. */
public enum ConnectionType {
    READS("reads", ComponentType.PIPELINE, ComponentType.STORAGE, 1),
    WRITES("writes", ComponentType.PIPELINE, ComponentType.STORAGE, 1),
    RUNS_ON("runs-on", ComponentType.PIPELINE, ComponentType.GPU_POOL, 1),
    REPLICATES_TO("replicates-to", ComponentType.STORAGE, ComponentType.STORAGE, 1),
    /** A pipeline answers a population's requests (format 2); {@code monthlyTb} is what it sends them. */
    SERVES("serves", ComponentType.PIPELINE, ComponentType.USERS, 2);

    private final String json;
    private final ComponentType from;
    private final ComponentType to;
    private final int sinceFormat;

    ConnectionType(String json, ComponentType from, ComponentType to, int sinceFormat) {
        this.json = json;
        this.from = from;
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

    public ComponentType from() {
        return from;
    }

    public ComponentType to() {
        return to;
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
