package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import java.nio.file.Path;
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
        // How long each case takes is measured by HostileInputHarness in benchmarks/, not asserted here.
        DesignFormatException e = assertThrows(DesignFormatException.class, () -> DesignFile.read(file));
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

    static List<BadInputs.Case> validCases() {
        return BadInputs.validCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void suspiciousButValidFilesAreReadAndKeptOnARoundTrip(BadInputs.Case c, @TempDir Path dir) throws Exception {
        Design d = DesignFile.read(c.writeTo(dir));
        Design again = DesignFile.parse(DesignFile.toJson(d), c.name());
        assertEquals(d, again);
        assertEquals(DesignFile.toJson(d), DesignFile.toJson(again));
    }

    @Test
    void validFilesKeepTheirUnusualContent() throws Exception {
        List<BadInputs.Case> valid = BadInputs.validCases();
        assertEquals(4, valid.size());
        Design unicode = DesignFile.parse(valid.get(0).bytes(), "u");
        assertEquals("تصميم 🚀 设计 \u202e override", unicode.name());
        assertEquals("שלום 👩‍💻 ETL", unicode.component("etl").orElseThrow().name());
        assertTrue(DesignFile.toJson(unicode).contains("\\u202e"), "bidi override is escaped in the file");
        Design future = DesignFile.parse(valid.get(2).bytes(), "f");
        assertEquals("[\"ana\",\"bo\"]", future.extras().get("reviewedBy"));
        assertEquals(
                "{\"cron\":\"0 3 * * *\",\"tz\":\"UTC\"}",
                future.component("etl").orElseThrow().extras().get("schedule"));
    }
}
