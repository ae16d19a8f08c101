package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden Terraform for shared designs with the bundled catalog; each export also passes {@code
 * terraform fmt -check}, {@code validate} without init (only missing providers) and the hcl4j parse.
 * The repository's example designs (examples/*.skyloom.json) are covered when the folder exists.
 */
class DesignGoldenTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static void check(String name, Design design, Path dir) throws Exception {
        TerraformProject project = new TerraformExporter(CATALOG).render(design);
        Golden.assertMatches(name, project.files());
        TerraformTools.parseAll(project.files());
        if (TerraformTools.terraformAvailable()) {
            Path out = Files.createDirectories(dir.resolve(name));
            TerraformTools.assertFmtClean(out, project.files());
            for (String summary : TerraformTools.validateSummaries(out)) {
                assertEquals("Missing required provider", summary, name);
            }
        }
    }

    @Test
    void euTrainingDesign(@TempDir Path dir) throws Exception {
        check("eu-training", TestDesigns.euTraining(), dir);
    }

    @Test
    void unicodeDesign(@TempDir Path dir) throws Exception {
        check("unicode", TestDesigns.unicode(), dir);
    }

    @Test
    void generatedDesignOfEightyComponents(@TempDir Path dir) throws Exception {
        check("generated-80", GeneratedDesigns.generate(80, 7), dir);
    }

    @Test
    void exampleDesigns(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(ExampleFiles.folder()), "no examples folder yet");
        List<Path> files = ExampleFiles.all();
        Assumptions.assumeFalse(files.isEmpty(), "no example designs yet");
        for (Path f : files) {
            String name = "example-" + f.getFileName().toString().replace(".skyloom.json", "");
            check(name, DesignFile.read(f), dir);
        }
        assertTrue(files.size() > 0);
    }
}
