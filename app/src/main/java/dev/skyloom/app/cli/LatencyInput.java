package dev.skyloom.app.cli;

import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.RttImport;
import dev.skyloom.model.latency.RttImportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The latency model a command uses: the bundled data, with the user's measurements file laid over when given. */
final class LatencyInput {
    private static final long MAX_BYTES = 10_000_000;

    private LatencyInput() {}

    static Latencies read(Path measurements) {
        if (measurements == null) {
            return Latencies.standard();
        }
        try {
            if (Files.size(measurements) > MAX_BYTES) {
                throw new UserInputException(measurements + ": measurements file larger than 10 MB", null);
            }
            String text = Files.readString(measurements, StandardCharsets.UTF_8);
            return Latencies.standard()
                    .withImported(RttImport.parse(
                            measurements.getFileName().toString(), text, LocalDate.now(ZoneOffset.UTC)));
        } catch (RttImportException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserInputException(measurements + ": cannot read the measurements file: " + e.getMessage(), e);
        }
    }
}
