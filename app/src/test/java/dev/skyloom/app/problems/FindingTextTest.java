package dev.skyloom.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14, point 3: finding messages name components as the user named them; ids stay in the finding. */
class FindingTextTest {
    private static final Map<String, String> NAMES =
            Map.of("lake", "Data lake", "lake-dr", "Lake copy", "p5-48xlarge", "Training pool", "plain", "plain");

    private static String text(String message, String... subjects) {
        Finding f = new Finding(Severity.ERROR, "residency", "residency.violation", List.of(subjects), message);
        return FindingText.of(f, id -> NAMES.getOrDefault(id, id));
    }

    @Test
    void subjectIdsBecomeNamesAsWholeWordsOnly() {
        assertEquals(
                "EU data reaches gpu-pool Training pool in us-east-1 (US): Data lake → Lake copy → Training pool",
                text(
                        "EU data reaches gpu-pool p5-48xlarge in us-east-1 (US): lake → lake-dr → p5-48xlarge",
                        "lake",
                        "lake-dr",
                        "p5-48xlarge"));
        assertEquals(
                "Single point of failure: storage Data lake.", text("Single point of failure: storage lake.", "lake"));
        assertEquals("the lakeside lake-x stays", text("the lakeside lake-x stays", "lake"), "parts of words stay");
    }

    @Test
    void unnamedSubjectsAndOtherIdsKeepTheirId() {
        assertEquals("Pipeline plain uses only aws", text("Pipeline plain uses only aws", "plain"));
        assertEquals("storage other is alone", text("storage other is alone", "other"));
    }

    @Test
    void aFindingWithThousandsOfSubjectsNamesThoseItsMessageLists() {
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            subjects.add("pool-" + i);
        }
        Finding f = new Finding(
                Severity.WARNING,
                "governance",
                "governance.no-telemetry",
                subjects,
                "No telemetry from pool-1, pool-10 and pool-4999 (and 4997 more)");
        assertEquals(
                "No telemetry from Pool 1, Pool 10 and Pool 4999 (and 4997 more)",
                FindingText.of(f, id -> "Pool " + id.substring("pool-".length())));
    }

    @Test
    void namesWithReplacementCharactersAreTakenLiterally() {
        Finding f = new Finding(Severity.ERROR, "c", "c.x", List.of("a"), "see a.");
        assertEquals("see $1 \\\\ pool.", FindingText.of(f, id -> "$1 \\\\ pool"));
    }
}
