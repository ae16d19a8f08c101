package dev.skyloom.app.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    public void write(String designJson, Optional<Path> original) throws IOException {
        Files.createDirectories(json.getParent());
        Path tmp = json.resolveSibling("recovery.skyloom.json.tmp");
        Files.writeString(tmp, designJson, StandardCharsets.UTF_8);
        Files.writeString(
                origin, original.map(p -> p.toAbsolutePath().toString()).orElse(""), StandardCharsets.UTF_8);
        Files.move(tmp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
