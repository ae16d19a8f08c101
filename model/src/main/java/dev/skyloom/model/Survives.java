package dev.skyloom.model;

import java.util.Optional;

/** The outage a pipeline must survive. */
public enum Survives {
    NONE("none"),
    REGION("region"),
    PROVIDER("provider");

    private final String json;

    Survives(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Survives> fromJson(String value) {
        for (Survives s : values()) {
            if (s.json.equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
