package dev.skyloom.catalog;

import java.util.Optional;

/** Which purchase term an instance-hour price is for. */
public enum PriceTerm {
    ON_DEMAND("on-demand"),
    SPOT("spot"),
    RESERVED_1Y("reserved-1y"),
    RESERVED_3Y("reserved-3y");

    private final String id;

    PriceTerm(String id) {
        this.id = id;
    }

    /** The spelling used in files and output ({@code on-demand}, {@code reserved-1y}, ...). */
    public String id() {
        return id;
    }

    public static Optional<PriceTerm> fromId(String id) {
        for (PriceTerm t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
