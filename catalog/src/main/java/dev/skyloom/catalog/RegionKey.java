package dev.skyloom.catalog;

import java.util.Objects;

/** Identifies a region: region codes are only unique within a provider. */
public record RegionKey(String provider, String code) {
    public RegionKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return provider + "/" + code;
    }
}
