package dev.skyloom.model;

import java.util.Optional;

/** How a GPU pool is bought. */
public enum Pricing {
    ON_DEMAND("on-demand"),
    SPOT("spot"),
    RESERVED_1Y("reserved-1y"),
    RESERVED_3Y("reserved-3y");

    private final String json;

    Pricing(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Pricing> fromJson(String value) {
        for (Pricing p : values()) {
            if (p.json.equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
