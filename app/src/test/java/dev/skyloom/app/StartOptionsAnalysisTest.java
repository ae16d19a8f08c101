package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartOptionsAnalysisTest {
    @Test
    void readsTheFindingToSelectAndEveryWhatIfTarget() {
        StartOptions o = StartOptions.parse(List.of(
                "--screenshot",
                "s.png",
                "--select-finding",
                "residency.violation",
                "--what-if",
                "aws",
                "--what-if",
                "eu-central-1",
                "d.skyloom.json"));
        assertEquals(Optional.of("residency.violation"), o.selectFinding());
        assertEquals(List.of("aws", "eu-central-1"), o.whatIf());
        assertEquals(Optional.of(Path.of("d.skyloom.json")), o.file());
    }

    @Test
    void refusesTheAnalysisOptionsWithoutAValue() {
        assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("--select-finding")));
        assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("--what-if")));
    }
}
