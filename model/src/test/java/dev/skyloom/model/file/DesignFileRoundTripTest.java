package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Round trips over designs built in code, including one that uses every field of the format. */
class DesignFileRoundTripTest {
    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of("minimal", TestDesigns.minimal()),
                Arguments.of("euTraining", TestDesigns.euTraining()),
                Arguments.of("unicode", TestDesigns.unicode()),
                Arguments.of("everything", TestDesigns.everything()),
                Arguments.of("generated", GeneratedDesigns.regionChain(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void readingWhatWasWrittenGivesAnEqualDesign(String name, Design design) throws Exception {
        assertEquals(design, DesignFile.parse(DesignFile.toJson(design), name + ".skyloom.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void savingAndReadingAFileGivesAnEqualDesign(String name, Design design, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name + ".skyloom.json");
        DesignFile.save(design, file);
        assertEquals(design, DesignFile.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void writingWhatWasReadGivesIdenticalText(String name, Design design) throws Exception {
        String first = DesignFile.toJson(design);
        String second = DesignFile.toJson(DesignFile.parse(first, name));
        assertEquals(first, second);
        assertTrue(first.endsWith("}\n"));
    }

    /** Issue 14, point 9: a dragged position such as 147.69999035490588 is saved as 147.5 (stable diffs). */
    @org.junit.jupiter.api.Test
    void layoutIsSavedOnHalfUnits() throws Exception {
        Design d = TestDesigns.euTraining();
        String id = d.components().get(0).id();
        java.util.Map<String, dev.skyloom.model.Bounds> layout = new java.util.LinkedHashMap<>(d.layout());
        layout.put(id, new dev.skyloom.model.Bounds(147.69999035490588, -20.26, 240.74, 0));
        String text = DesignFile.toJson(d.withLayout(layout));
        assertTrue(text.contains(": { \"x\": 147.5, \"y\": -20.5, \"w\": 240.5, \"h\": 0 }"), text);
        assertEquals(
                new dev.skyloom.model.Bounds(147.5, -20.5, 240.5, 0),
                DesignFile.parse(text, "t.skyloom.json").layout().get(id));
    }

    @org.junit.jupiter.api.Test
    void savingADesignWithUnroundedLayoutWritesItOnHalfUnits(@TempDir Path dir) throws Exception {
        Design d = TestDesigns.euTraining();
        String id = d.components().get(0).id();
        java.util.Map<String, dev.skyloom.model.Bounds> layout = new java.util.LinkedHashMap<>(d.layout());
        layout.put(id, new dev.skyloom.model.Bounds(147.69999035490588, 20, 0, 0));
        Path file = dir.resolve("u.skyloom.json");
        DesignFile.save(d.withLayout(layout), file);
        assertEquals(147.5, DesignFile.read(file).layout().get(id).x());
    }

    /** Correctness at size; how long it takes is measured by ModelBenchmarks (read, write) in benchmarks/. */
    @org.junit.jupiter.api.Test
    void readsAndWritesTenThousandComponents() throws Exception {
        Design big = GeneratedDesigns.regionChain(10_000);
        String text = DesignFile.toJson(big);
        assertEquals(big, DesignFile.parse(text, "big.skyloom.json"));
        assertEquals(text, DesignFile.toJson(DesignFile.parse(text, "big.skyloom.json")));
    }
}
