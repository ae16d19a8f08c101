package dev.skyloom.catalog;

import java.util.Locale;
import java.util.Optional;

/** The families a design may name instead of a concrete storage class. */
public enum StorageFamily {
    OBJECT,
    BLOCK,
    FILE,
    ARCHIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StorageFamily> fromId(String id) {
        for (StorageFamily f : values()) {
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
