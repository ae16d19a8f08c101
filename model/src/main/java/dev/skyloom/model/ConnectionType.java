package dev.skyloom.model;

import java.util.Optional;

/** Connection kinds of file format v1 and the component kinds each joins. */
public enum ConnectionType {
    READS("reads", ComponentType.PIPELINE, ComponentType.STORAGE),
    WRITES("writes", ComponentType.PIPELINE, ComponentType.STORAGE),
    RUNS_ON("runs-on", ComponentType.PIPELINE, ComponentType.GPU_POOL),
    REPLICATES_TO("replicates-to", ComponentType.STORAGE, ComponentType.STORAGE);

    private final String json;
    private final ComponentType from;
    private final ComponentType to;

    ConnectionType(String json, ComponentType from, ComponentType to) {
        this.json = json;
        this.from = from;
        this.to = to;
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
