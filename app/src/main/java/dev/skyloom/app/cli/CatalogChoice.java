package dev.skyloom.app.cli;

import dev.skyloom.app.service.CatalogOverlayStore;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.PriceListException;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * {@code --no-overlay}, shared by every command that uses the catalog (check, cost, simulate, latency, export,
 * diff, import, catalog): which catalog it uses — the bundled snapshot with the prices refreshed by {@code
 * catalog refresh} laid over it, or the snapshot alone.
 */
public final class CatalogChoice {
    @Option(
            names = "--no-overlay",
            description = "Use the bundled catalog snapshot only, without prices refreshed by 'catalog refresh'.")
    boolean noOverlay;

    /** The catalog to use; a damaged overlay file is a usage error naming it (exit 2). */
    Catalog catalog() {
        CatalogOverlayStore store = CatalogOverlayStore.standard();
        try {
            return store.catalog(noOverlay);
        } catch (IOException | PriceListException e) {
            throw new UserInputException(
                    "refreshed prices unreadable: " + e.getMessage() + " (run with --no-overlay, or remove "
                            + store.file() + " with 'skyloom catalog refresh --clear')",
                    e);
        }
    }
}
