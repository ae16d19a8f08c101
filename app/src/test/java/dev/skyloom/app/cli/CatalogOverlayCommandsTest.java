package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.app.service.AppDirectories;
import dev.skyloom.app.service.CatalogOverlayStore;
import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.catalog.OverlayPrice;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that prices uses the refreshed-price overlay as {@code cost} does, and {@code --no-overlay}
 * goes back to the snapshot. The overlay here is written in Skyloom's own overlay format with a plumbing
 * value (1 USD an hour for p5.48xlarge in us-east-1, source {@code plumbing-test.csv}), not a price claim:
 * the real price-file excerpts (catalog test resources, pricefiles/README.md) match only EBS gp3 in
 * us-east-2, at the same 0.08 USD/GB-month as the snapshot's us-east-1 reference price, and GPU hours are
 * what simulate's figures are made of; {@link CatalogRefreshCommandTest} covers refreshing from the real files.
 */
class CatalogOverlayCommandsTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void ownDataFolder() {
        previous = System.getProperty(AppDirectories.PROPERTY);
        System.setProperty(AppDirectories.PROPERTY, dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(AppDirectories.PROPERTY);
        } else {
            System.setProperty(AppDirectories.PROPERTY, previous);
        }
    }

    private void writeOverlay() throws Exception {
        new CatalogOverlayStore(dir.resolve("data"))
                .write(new CatalogOverlay(List.of(new OverlayPrice(
                        "aws",
                        "p5.48xlarge",
                        "on-demand",
                        "us-east-1",
                        BigDecimal.ONE,
                        "USD",
                        "plumbing-test.csv",
                        "2026-12-01",
                        "2026-12-02"))));
    }

    /** {@code count} on-demand p5.48xlarge in us-east-1, served to no one. */
    private Path design(String name, int count) throws Exception {
        Path file = dir.resolve(name + ".skyloom.json");
        Files.writeString(file, """
                {"skyloom": 1, "name": "Virginia serving", "currency": "USD", "components": [
                  {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
                  {"id": "iad", "type": "region", "parent": "aws", "name": "N. Virginia", "region": "us-east-1"},
                  {"id": "pool", "type": "gpu-pool", "parent": "iad", "name": "Serving",
                   "instanceType": "p5.48xlarge", "count": %d, "pricing": "on-demand", "hoursPerMonth": 730},
                  {"id": "serving", "type": "pipeline", "name": "Serving", "survives": "none"}
                ], "connections": [
                  {"id": "c1", "type": "runs-on", "from": "serving", "to": "pool"}
                ]}
                """.formatted(count));
        return file;
    }

    private static JsonNode json(CliRun r, int expectedCode) throws Exception {
        assertEquals(expectedCode, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static BigDecimal simulateHourlyTotal(Path design, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("simulate", design.toString(), "--fail", "aws", "--json"));
        args.addAll(List.of(extra));
        return json(CliRun.of(args.toArray(new String[0])), 1)
                .get("hourly")
                .get("total")
                .decimalValue();
    }

    @Test
    void simulateCountsTheRefreshedHourlyPriceAndNoOverlayGoesBackToTheSnapshot() throws Exception {
        Path design = design("serving", 2);
        BigDecimal snapshot = simulateHourlyTotal(design);

        writeOverlay();

        assertEquals(0, new BigDecimal("2.00").compareTo(simulateHourlyTotal(design)), "2 instances × 1 USD/hour");
        assertEquals(0, snapshot.compareTo(simulateHourlyTotal(design, "--no-overlay")));
        assertNotEquals(0, snapshot.compareTo(new BigDecimal("2.00")), "the plumbing value differs from the snapshot");
    }

    @Test
    void diffPricesBothSidesWithTheOverlayAndNoOverlayGoesBackToTheSnapshot() throws Exception {
        Path base = design("base", 2);
        Path head = design("head", 3);
        JsonNode snapshot = json(CliRun.of("diff", base.toString(), head.toString(), "--json"), 0)
                .get("cost")
                .get("monthly");

        writeOverlay();

        JsonNode refreshed = json(CliRun.of("diff", base.toString(), head.toString(), "--json"), 0)
                .get("cost")
                .get("monthly");
        assertEquals(0, new BigDecimal("1460").compareTo(refreshed.get("before").decimalValue()), "2 × 1 × 730 h");
        assertEquals(0, new BigDecimal("730").compareTo(refreshed.get("delta").decimalValue()), "1 more × 1 × 730 h");
        JsonNode back = json(CliRun.of("diff", base.toString(), head.toString(), "--json", "--no-overlay"), 0)
                .get("cost")
                .get("monthly");
        assertEquals(snapshot, back);
        assertNotEquals(snapshot, refreshed);

        CliRun text = CliRun.of("diff", base.toString(), head.toString());
        assertTrue(text.out().contains("Cost (USD): monthly 1460"), text.out());
    }

    @Test
    void latencyAndImportRunWithNoOverlay() throws Exception {
        writeOverlay();
        CliRun latency = CliRun.of("latency", design("serving", 2).toString(), "--no-overlay");
        assertEquals(0, latency.code(), latency.err());
        CliRun imported = CliRun.of(
                "import",
                Path.of("..", "exporters", "src", "test", "resources", "tfimport", "infracost-gcp-igm")
                        .toString(),
                "--no-overlay");
        assertEquals(0, imported.code(), imported.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "cost", "simulate", "latency", "export", "diff", "import", "catalog"})
    void everyCommandThatPricesListsNoOverlayInItsHelp(String command) {
        CliRun r = CliRun.of(command, "--help");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("--no-overlay"), r.out());
    }

    @ParameterizedTest
    @CsvSource({"check,", "cost,", "simulate,--fail aws", "latency,", "export,--svg OUT"})
    void everyCommandOnOneDesignNamesItsFileTheSameWay(String command, String options) {
        CliRun help = CliRun.of(command, "--help");
        assertTrue(help.out().contains("FILE") && help.out().contains("The design file (*.skyloom.json)."), help.out());

        List<String> args = new ArrayList<>(
                List.of(command, dir.resolve("missing.skyloom.json").toString()));
        if (options != null) {
            args.addAll(List.of(
                    options.replace("OUT", dir.resolve("out.svg").toString()).split(" ")));
        }
        CliRun missing = CliRun.of(args.toArray(new String[0]));
        assertEquals(2, missing.code(), missing.out());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("missing.skyloom.json"), missing.err());
    }
}
