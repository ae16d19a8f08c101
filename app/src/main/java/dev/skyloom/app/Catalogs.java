package dev.skyloom.app;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;

/** The catalog the designer shows: the bundled snapshot. */
final class Catalogs {
    private Catalogs() {}

    static Catalog bundled() {
        return CatalogLoader.bundled();
    }
}
