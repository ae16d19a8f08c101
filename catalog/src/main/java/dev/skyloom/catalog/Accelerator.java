package dev.skyloom.catalog;

import java.util.Objects;

/**
 * An accelerator model as a provider names it ({@code model}, e.g. "H100-80G-SXM5"), normalised to a
 * {@code family} shared across providers (e.g. "H100"), with its vendor (NVIDIA, AMD, AWS, Google,
 * ...) and kind.
 */
public record Accelerator(String model, String family, String vendor, AcceleratorKind kind) {
    public Accelerator {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(family, "family");
        vendor = vendor == null ? "" : vendor;
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isProprietary() {
        return kind == AcceleratorKind.PROPRIETARY;
    }
}
