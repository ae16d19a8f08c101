package dev.skyloom.app;

import dev.skyloom.app.service.AppDirectories;
import dev.skyloom.app.service.CatalogOverlayStore;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.PriceListException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog the designer shows: the bundled snapshot with the prices refreshed by {@code skyloom
 * catalog refresh} laid over it; a damaged overlay file is logged and the snapshot alone is used.
 */
final class Catalogs {
    private static final Logger LOG = LoggerFactory.getLogger(Catalogs.class);

    private Catalogs() {}

    static Catalog active() {
        try {
            return new CatalogOverlayStore(AppDirectories.dataDirectory()).catalog(false);
        } catch (IOException | PriceListException e) {
            LOG.warn("refreshed prices not used: {}", e.getMessage());
            return CatalogLoader.bundled();
        }
    }
}
