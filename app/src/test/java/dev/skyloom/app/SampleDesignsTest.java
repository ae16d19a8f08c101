package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleDesignsTest {
    @Test
    void theAppStartsOnTheBundledCopyOfTheFirstExample() throws Exception {
        Path example = ExampleFiles.path("eu-sovereign-training");
        assertEquals(DesignFile.read(example), SampleDesigns.firstExample(DesignIos.standard()));
        assertNotEquals(SampleDesigns.builtIn(), SampleDesigns.firstExample(DesignIos.standard()));
    }
}
