package dev.skyloom.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What loading catalog data produced: the catalog built from every row that could be read, and every
 * problem found (all of them, not just the first).
 */
public record CatalogLoadResult(Catalog catalog, List<CatalogProblem> problems) {
    public CatalogLoadResult {
        Objects.requireNonNull(catalog, "catalog");
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
