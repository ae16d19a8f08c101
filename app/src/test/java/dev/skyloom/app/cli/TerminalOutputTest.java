package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a file or design name holds reaches the terminal raw (issue 12, point 6): ESC sequences, C1
 * controls, line separators and right-to-left overrides are printed as {@code \\uXXXX}, in the
 * one-line errors and in the text reports alike.
 */
class TerminalOutputTest {
    private static final String ESC = "\u001b[2J\u001b]0;pwned\u0007";
    private static final String RLO = "\u202e";
    private static final String LSEP = "\u2028";

    @TempDir
    Path dir;

    private static void assertInert(String printed) {
        for (char c : printed.toCharArray()) {
            boolean allowed = c == '\n' || c == '\t' || c == '\r' || !TerminalWriter.needsEscape(c);
            assertTrue(allowed, () -> String.format("U+%04X printed raw in: %s", (int) c, printed));
        }
    }

    private Path designNamed(String fileName, String designName) throws Exception {
        String text = Files.readString(Path.of(CliRun.example("eu-sovereign-training")), StandardCharsets.UTF_8)
                .replace("\"EU sovereign training\"", new ObjectMapper().writeValueAsString(designName));
        return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    @Test
    void aFileNameWithEscapeSequencesIsEscapedInTheOneLineError() {
        String name = dir.resolve("x" + ESC + RLO + "gpj.skyloom.json").toString();

        CliRun r = CliRun.of("check", name);

        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertInert(r.err());
        assertTrue(r.err().contains("x\\u001b[2J\\u001b]0;pwned\\u0007\\u202egpj.skyloom.json"), r.err());
    }

    @Test
    void aDesignNameWithSeparatorsAndOverridesIsEscapedInTheCheckReport() throws Exception {
        Path file = designNamed("evil" + RLO + ".skyloom.json", "EU" + LSEP + "fake line" + RLO + "txt.exe\nsecond");

        CliRun r = CliRun.of("check", file.toString());

        assertEquals(0, r.code(), r.err());
        assertInert(r.out());
        String header = r.out().lines().findFirst().orElseThrow();
        assertTrue(header.contains("EU\\u2028fake line\\u202etxt.exe\\u000asecond"), header);
        assertTrue(header.contains("evil\\u202e.skyloom.json"), header);
    }

    @Test
    void aDesignNameWithControlsIsEscapedInTheCostTable() throws Exception {
        Path file = designNamed("cost.skyloom.json", "Costs" + RLO + "\u009b31m");

        CliRun r = CliRun.of("cost", file.toString());

        assertEquals(0, r.code(), r.err());
        assertInert(r.out());
        assertTrue(r.out().contains("Costs\\u202e\\u009b31m"), r.out());
    }

    @Test
    void jsonKeepsItsMeaningThroughTheTerminalWriter() throws Exception {
        String json = new ObjectMapper().writeValueAsString(java.util.Map.of("name", "a" + LSEP + RLO + "b"));
        StringWriter sink = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(sink)) {
            w.write(json);
        }

        assertFalse(sink.toString().contains(RLO));
        assertEquals(
                "a" + LSEP + RLO + "b",
                new ObjectMapper().readTree(sink.toString()).get("name").asText());
    }

    @Test
    void keepsLineEndingsAndPairedSurrogatesButEscapesALoneCarriageReturn() throws Exception {
        StringWriter sink = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(sink)) {
            w.write("a\r");
            w.write("\nb\rc\t\uD83D");
            w.write("\uDE00 \uD800");
        }

        assertEquals("a\r\nb\\u000dc\t\uD83D\uDE00 \\ud800", sink.toString());
    }
}
