package dev.skyloom.model;

import java.util.Optional;

/** The component kinds of file format v1, with their JSON names. */
public enum ComponentType {
    PROVIDER("provider"),
    REGION("region"),
    GPU_POOL("gpu-pool"),
    STORAGE("storage"),
    PIPELINE("pipeline");

    private final String json;

    ComponentType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
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
