package dev.skyloom.export.terraform.hcl;

import java.util.Objects;

/** {@code name = value}; the name must be an identifier. */
public record Attribute(String name, HclExpression value) implements HclBody {
    public Attribute {
        if (!HclSyntax.isIdentifier(name)) {
            throw new IllegalArgumentException("not an attribute name: " + name);
        }
        Objects.requireNonNull(value, "value");
    }
}
