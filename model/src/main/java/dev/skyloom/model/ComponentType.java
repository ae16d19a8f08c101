package dev.skyloom.model;

import java.util.Optional;

/** The component kinds, with their JSON names and the file format that introduced each. */
public enum ComponentType {
    PROVIDER("provider", 1),
    REGION("region", 1),
    GPU_POOL("gpu-pool", 1),
    STORAGE("storage", 1),
    PIPELINE("pipeline", 1),
    /** A population of users somewhere in the world (format 2). */
    USERS("users", 2),
    /** An identity provider that clouds federate their access to (format 2). */
    IDENTITY("identity", 2),
    /** A log, metrics and trace sink (format 2). */
    TELEMETRY("telemetry", 2);

    private final String json;
    private final int sinceFormat;

    ComponentType(String json, int sinceFormat) {
        this.json = json;
        this.sinceFormat = sinceFormat;
    }

    public String json() {
        return json;
    }

    /** The file format version that introduced this kind; a design using it is written in at least that format. */
    public int sinceFormat() {
        return sinceFormat;
    }

    public static Optional<ComponentType> fromJson(String value) {
        for (ComponentType t : values()) {
            if (t.json.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
