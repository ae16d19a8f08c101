package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartOptionsTest {
    @Test
    void readsOpenFileAndScreenshotInEitherSpelling() {
        assertEquals(new StartOptions(Optional.empty(), Optional.empty()), StartOptions.parse(List.of()));
        assertEquals(
                new StartOptions(Optional.of(Path.of("a.skyloom.json")), Optional.empty()),
                StartOptions.parse(List.of("open", "a.skyloom.json")));
        assertEquals(
                new StartOptions(Optional.of(Path.of("d.skyloom.json")), Optional.of(Path.of("out.png"))),
                StartOptions.parse(List.of("--screenshot", "out.png", "d.skyloom.json")));
        assertEquals(
                new StartOptions(Optional.empty(), Optional.of(Path.of("x.png"))),
                StartOptions.parse(List.of("--screenshot=x.png")));
    }

    @Test
    void readsTheAnalysisScreenshotOptionsIncludingPresentationMode() {
        assertEquals(
                new StartOptions(
                        Optional.of(Path.of("d.skyloom.json")),
                        Optional.of(Path.of("p.png")),
                        Optional.empty(),
                        List.of("aws"),
                        true),
                StartOptions.parse(
                        List.of("--screenshot", "p.png", "--present", "--what-if", "aws", "d.skyloom.json")));
        assertEquals(false, StartOptions.parse(List.of("--screenshot", "p.png")).present());
    }

    @Test
    void refusesAScreenshotWithoutFileAndUnknownOptions() {
        assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("--screenshot")));
        assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(List.of("--bogus")));
    }
}
