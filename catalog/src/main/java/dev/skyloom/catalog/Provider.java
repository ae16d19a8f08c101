package dev.skyloom.catalog;

import java.util.Objects;

/** A cloud or site operator, e.g. {@code aws}, {@code lambda}. */
public record Provider(String id, String name, ProviderKind kind, String website, String note) {
    public Provider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        website = website == null ? "" : website;
        note = note == null ? "" : note;
    }
}
