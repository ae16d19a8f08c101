package dev.skyloom.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.app.cli.SkyloomCli;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example designs, the bundled catalog and the CLI's JSON answers about them, for the analysis tests. */
public final class Examples {
    private static Catalog catalog;

    private Examples() {}

    public static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = CatalogLoader.bundled();
        }
        return catalog;
    }

    /** Every examples/*.skyloom.json (tests run in the module folder). */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(Path.of("..", "examples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".skyloom.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String name) {
        return Path.of("..", "examples", name + ".skyloom.json");
    }

    public static Design read(Path file) {
        try {
            return DesignFile.read(file);
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code skyloom ARGS} in-process and parses its JSON output. */
    public static JsonNode cliJson(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SkyloomCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code == 2) {
            throw new AssertionError("skyloom " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        }
        try {
            return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
