package dev.skyloom.app.service;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The refreshed prices ({@code skyloom catalog refresh}) in the data folder, {@value
 * CatalogOverlay#FILE_NAME}, and the catalog that the designer and every command that prices use: the bundled
 * snapshot with that overlay laid over it.
 */
public final class CatalogOverlayStore {
    private final Path file;

    public CatalogOverlayStore(Path dataDirectory) {
        this.file = dataDirectory.resolve(CatalogOverlay.FILE_NAME);
    }

    /** The store in the user's data folder ({@link AppDirectories}). */
    public static CatalogOverlayStore standard() {
        return new CatalogOverlayStore(AppDirectories.dataDirectory());
    }

    public Path file() {
        return file;
    }

    /**
     * The active overlay, empty when none was refreshed.
     *
     * @throws IOException when the file cannot be read
     * @throws dev.skyloom.catalog.PriceListException when it is damaged
     */
    public CatalogOverlay read() throws IOException {
        if (!Files.exists(file)) {
            return CatalogOverlay.empty();
        }
        return CatalogOverlay.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Replaces the overlay atomically: a failure leaves the previous one. */
    public void write(CatalogOverlay overlay) throws IOException {
        AtomicOutput.write(file, overlay.toCsv().getBytes(StandardCharsets.UTF_8));
    }

    /** The bundled snapshot with the overlay over it ({@code noOverlay}: the snapshot alone). */
    public Catalog catalog(boolean noOverlay) throws IOException {
        Catalog bundled = CatalogLoader.bundled();
        return noOverlay ? bundled : read().applyTo(bundled);
    }
}
