package dev.skyloom.model.cost;

import java.util.Locale;

/** What a cost line pays for. */
public enum CostCategory {
    GPU,
    STORAGE,
    TRANSFER;

    /** The JSON name: {@code gpu}, {@code storage}, {@code transfer}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
