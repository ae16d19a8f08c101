package dev.skyloom.app.picture;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The designs every picture test runs on: the repository's examples, the built-in sample, a generated one. */
final class ExampleDesigns {
    private ExampleDesigns() {}

    /** The repository root (the folder holding {@code mvnw}), found upwards from the working folder. */
    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("mvnw"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException(
                    "no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** {@code examples/*.skyloom.json} of the repository, sorted by name (empty if there are none yet). */
    static List<Path> exampleFiles() {
        Path dir = repositoryRoot().resolve("examples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".skyloom.json"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Design> all() {
        Map<String, Design> designs = new LinkedHashMap<>();
        for (Path f : exampleFiles()) {
            try {
                designs.put(f.getFileName().toString(), DesignFile.read(f));
            } catch (DesignFormatException e) {
                throw new IllegalStateException("example " + f + " does not load: " + e.getMessage(), e);
            }
        }
        designs.put("built-in sample", SampleDesigns.builtIn());
        designs.put("generated 120", GeneratedDesigns.generate(120, 7));
        return designs;
    }
}
