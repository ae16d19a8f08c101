package dev.skyloom.model.cost;

import java.util.Locale;

/** What a cost line pays for. */
public enum CostCategory {
    GPU,
    STORAGE,
    TRANSFER,
    /** What a telemetry sink charges for what it ingests (the transfer to it is a TRANSFER line). */
    TELEMETRY;

    private final String json = name().toLowerCase(Locale.ROOT);

    /** The JSON name: {@code gpu}, {@code storage}, {@code transfer}, {@code telemetry}. */
    public String json() {
        return json; // asked once per cost line per analysis
    }
}
