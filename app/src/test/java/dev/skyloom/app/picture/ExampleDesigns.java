package dev.skyloom.app.picture;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The designs every picture test runs on: the repository's examples, the built-in sample, a generated one. */
final class ExampleDesigns {
    private ExampleDesigns() {}

    static Map<String, Design> all() {
        Map<String, Design> designs = new LinkedHashMap<>();
        for (Path f : ExampleFiles.all()) {
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
