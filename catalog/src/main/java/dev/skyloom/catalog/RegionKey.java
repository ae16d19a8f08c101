package dev.skyloom.catalog;

import java.util.Objects;

/** Identifies a region: region codes are only unique within a provider. */
public record RegionKey(String provider, String code) {
    public RegionKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(code, "code");
    }

    // Written out (same meaning as the generated ones): record methods are bootstrapped on first use,
    // which costs tens of milliseconds in a cold JVM, and region keys are hashed while the catalog loads.
    @Override
    public boolean equals(Object o) {
        return o instanceof RegionKey k && provider.equals(k.provider) && code.equals(k.code);
    }

    @Override
    public int hashCode() {
        return 31 * provider.hashCode() + code.hashCode();
    }

    @Override
    public String toString() {
        return provider + "/" + code;
    }
}
