package dev.skyloom.catalog;

import java.util.Objects;

/**
 * Where a part of the catalog comes from: the source id used in rows, its origin, date and licence note.
 * {@code asOfPublished} is false when the source carries no date of its own and {@code asOf} is the date
 * the snapshot read it (sources.csv {@code as_of_kind} other than {@code published}).
 */
public record CatalogSource(String id, String origin, String asOf, String licence, boolean asOfPublished) {
    public CatalogSource {
        Objects.requireNonNull(id, "id");
        origin = origin == null ? "" : origin;
        asOf = asOf == null ? "" : asOf;
        licence = licence == null ? "" : licence;
    }

    /** A source whose date is its own published date. */
    public CatalogSource(String id, String origin, String asOf, String licence) {
        this(id, origin, asOf, licence, true);
    }
}
