package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {
    static List<BadInputs.Case> cases() {
        return BadInputs.cases();
    }

    @Test
    void catalogueHasAtLeastFortyCases() {
        assertTrue(cases().size() >= 40, "only " + cases().size() + " cases");
    }

    @Test
    void theBaseEveryCaseVariesIsValid() throws Exception {
        assertEquals(
                5,
                DesignFile.parse(BadInputs.validBase(), "valid-base.skyloom.json")
                        .components()
                        .size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedWithOneLineNamingFileLineAndProblem(BadInputs.Case c, @TempDir Path dir) throws Exception {
        Path file = c.writeTo(dir);
        DesignFormatException e = assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> assertThrows(DesignFormatException.class, () -> DesignFile.read(file)));
        String message = e.getMessage();
        assertNotNull(message);
        assertFalse(message.contains("\n") || message.contains("\r"), "message is not one line: " + message);
        assertTrue(message.startsWith(file.toString() + ": "), "message does not start with the file: " + message);
        assertTrue(message.contains(c.expected()), "expected \"" + c.expected() + "\" in: " + message);
        assertFalse(message.contains("internal error"), message);
        FileProblem first = e.problems().get(0);
        assertEquals(c.line(), first.line(), "line of: " + message);
        if (c.line() > 0) {
            assertTrue(message.startsWith(file + ": line " + c.line() + ": "), message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badBytesGiveTheSameProblemWithoutAFile(BadInputs.Case c) {
        DesignFormatException e =
                assertThrows(DesignFormatException.class, () -> DesignFile.parse(c.bytes(), c.name()));
        assertTrue(e.getMessage().startsWith(c.name() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(c.expected()), e.getMessage());
    }
}
