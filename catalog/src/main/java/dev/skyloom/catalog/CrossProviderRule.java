package dev.skyloom.catalog;

import java.util.Objects;

/**
 * A documented rule without a price of its own: transfer from {@code provider} to another provider is
 * billed as the sender's internet egress (ingress is free at the providers listed). Kept as
 * documentation, never as a rate.
 */
public record CrossProviderRule(String provider, String fromScope, String toScope, String source, String note) {
    public CrossProviderRule {
        Objects.requireNonNull(provider, "provider");
        fromScope = fromScope == null ? "" : fromScope;
        toScope = toScope == null ? "" : toScope;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }
}
