package dev.skyloom.catalog;

import java.util.Objects;

/** Where a part of the catalog comes from: the source id used in rows, its origin, date and licence note. */
public record CatalogSource(String id, String origin, String asOf, String licence) {
    public CatalogSource {
        Objects.requireNonNull(id, "id");
        origin = origin == null ? "" : origin;
        asOf = asOf == null ? "" : asOf;
        licence = licence == null ? "" : licence;
    }
}
