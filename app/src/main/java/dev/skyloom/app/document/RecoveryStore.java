package dev.skyloom.app.document;

import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The recovery copy of unsaved work in the data folder: {@code recovery.skyloom.json} plus a one-line
 * {@code recovery.origin} naming the file it belongs to (empty for an unsaved design).
 */
public final class RecoveryStore {
    private final Path json;
    private final Path origin;

    /** A recovery copy found at start-up. */
    public record Recovery(String json, Optional<Path> original) {}

    public RecoveryStore(Path dataDirectory) {
        this.json = dataDirectory.resolve("recovery.skyloom.json");
        this.origin = dataDirectory.resolve("recovery.origin");
    }

    /** Writes the copy and its origin together (one {@link AtomicOutput} set), so they always match. */
    public void write(String designJson, Optional<Path> original) throws IOException {
        try (AtomicOutput out = AtomicOutput.begin()) {
            out.createFolders(json.getParent());
            out.stage(
                    origin,
                    original.map(p -> p.toAbsolutePath().toString()).orElse("").getBytes(StandardCharsets.UTF_8));
            out.stage(json, designJson.getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
    }

    public Optional<Recovery> find() throws IOException {
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        String from = Files.isRegularFile(origin)
                ? Files.readString(origin, StandardCharsets.UTF_8).trim()
                : "";
        return Optional.of(new Recovery(text, from.isEmpty() ? Optional.empty() : Optional.of(Path.of(from))));
    }

    public void clear() throws IOException {
        Files.deleteIfExists(json);
        Files.deleteIfExists(origin);
    }

    public Path file() {
        return json;
    }
}
