package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.model.file.BadInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CheckCommandTest {
    @TempDir
    static Path dir;

    @Test
    void jsonHasSummaryAndFindingsInTheContractShape() throws Exception {
        CliRun r = CliRun.of("check", CliRun.example("global-inference"), "--json");

        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("summary", "findings"), keys);
        List<String> summary = new ArrayList<>();
        root.get("summary").fieldNames().forEachRemaining(summary::add);
        assertEquals(List.of("errors", "warnings", "infos"), summary);
        JsonNode first = root.get("findings").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("severity", "check", "code", "subjects", "message"), fields);
        assertEquals(1, root.get("summary").get("errors").asInt());
        assertEquals(
                root.get("findings").size(),
                root.get("summary").get("errors").asInt()
                        + root.get("summary").get("warnings").asInt()
                        + root.get("summary").get("infos").asInt());
    }

    @Test
    void humanOutputNamesTheFileAndShowsTheResidencyPath() {
        CliRun r = CliRun.of("check", CliRun.example("global-inference"));

        assertEquals(1, r.code());
        assertTrue(r.out().contains("1 error, "), r.out());
        assertTrue(r.out().contains("eu-sessions → eu-sessions-se → personalisation → us-serve-pool"), r.out());
    }

    @Test
    void missingFileIsOneLineOnStderrAndExitTwo() {
        CliRun r = CliRun.of("check", dir.resolve("nope.skyloom.json").toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("nope.skyloom.json") && r.err().contains("not found"), r.err());
    }

    @Test
    void missingArgumentIsAUsageErrorWithExitTwo() {
        assertEquals(2, CliRun.of("check").code());
    }

    static List<BadInputs.Case> badInputs() {
        return BadInputs.cases();
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void everyBadInputGivesExitTwoAndOneClearStderrLine(BadInputs.Case bad) throws Exception {
        Path file = bad.writeTo(Files.createDirectories(dir.resolve("bad")));

        CliRun r = CliRun.of("check", file.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(bad.name()), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void badInputSuiteIsLargeAndVaried() {
        Set<String> names = new TreeSet<>();
        BadInputs.cases().forEach(c -> names.add(c.name()));
        assertTrue(names.size() >= 40, "cases: " + names.size());
    }
}
