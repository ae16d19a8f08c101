package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DesignFileRoundTripTest {
    static Stream<Arguments> designs() {
        return Stream.of(
                Arguments.of("minimal", TestDesigns.minimal()),
                Arguments.of("euTraining", TestDesigns.euTraining()),
                Arguments.of("unicode", TestDesigns.unicode()),
                Arguments.of("generated", TestDesigns.generated(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void readingWhatWasWrittenGivesAnEqualDesign(String name, Design design) throws Exception {
        assertEquals(design, DesignFile.parse(DesignFile.toJson(design), name + ".skyloom.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("designs")
    void writingWhatWasReadGivesIdenticalText(String name, Design design) throws Exception {
        String first = DesignFile.toJson(design);
        String second = DesignFile.toJson(DesignFile.parse(first, name));
        assertEquals(first, second);
        assertTrue(first.endsWith("}\n"));
    }
}
