package dev.skyloom.app;

import dev.skyloom.catalog.Catalog;
import java.time.LocalDate;
import java.util.List;

/** The catalog the designer shows. */
final class Catalogs {
    private Catalogs() {}

    static Catalog bundled() {
        return new Catalog(LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
