package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code catalog --sources} and {@code --overlay} list sources and refreshed files, not offerings: a filter
 * given with them would be silently ignored, so the combination is refused on one line (exit 2).
 */
class CatalogFlagCombinationsTest {
    @ParameterizedTest
    @CsvSource({
        "--sources --gpu H100, --gpu",
        "--sources --provider aws, --provider",
        "--sources --region us-east-1, --region",
        "--overlay --gpu GB200, --gpu",
        "--overlay --provider aws --region us-east-1, '--provider, --region'",
        "--overlay --sources, --sources"
    })
    void aFilterThatWouldBeIgnoredIsRefused(String args, String named) {
        String[] argv = ("catalog " + args).split(" ");

        CliRun r = CliRun.of(argv);

        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(named), r.err());
        assertTrue(r.out().isEmpty(), r.out());
    }
}
