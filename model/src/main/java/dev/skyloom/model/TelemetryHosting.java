package dev.skyloom.model;

import java.util.Optional;

/**
 * How a telemetry sink is run: a cloud's own service in one of its regions, a SaaS (Datadog, Grafana
 * Cloud, ...) placed in the region of its site, or a stack the design's owner runs on a custom site.
 */
public enum TelemetryHosting {
    CLOUD("cloud"),
    SAAS("saas"),
    SELF_HOSTED("self-hosted");

    private final String json;

    TelemetryHosting(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<TelemetryHosting> fromJson(String value) {
        for (TelemetryHosting h : values()) {
            if (h.json.equals(value)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
