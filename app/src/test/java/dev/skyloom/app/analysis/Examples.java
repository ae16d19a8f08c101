package dev.skyloom.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.app.cli.CliRun;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.io.IOException;
import java.nio.file.Path;

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

    public static Design read(Path file) {
        try {
            return DesignFile.read(file);
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code skyloom ARGS} in-process and parses its JSON output. */
    public static JsonNode cliJson(String... args) {
        CliRun run = CliRun.of(args);
        if (run.code() == 2) {
            throw new AssertionError("skyloom " + String.join(" ", args) + ": " + run.err());
        }
        try {
            return new ObjectMapper().readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
