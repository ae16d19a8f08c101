package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code skyloom diff}: goldens (reasoned in src/test/resources/diff/README.md), thresholds, bad input. */
class DiffCommandTest {
    static final Path PAIRS = Path.of("src", "test", "resources", "diff");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String head(String pair) {
        return PAIRS.resolve(pair + ".skyloom.json").toString();
    }

    static String base(String pair) {
        return CliRun.example(pair.substring(0, pair.indexOf('.')));
    }

    @ParameterizedTest
    @CsvSource({
        "single-provider.count",
        "eu-sovereign-training.moved-pool",
        "global-inference.replica",
        "eu-sovereign-training.data-class"
    })
    void jsonAndMarkdownEqualTheirGoldens(String pair) throws IOException {
        CliRun json = CliRun.of("diff", base(pair), head(pair), "--json");
        CliRun md = CliRun.of("diff", base(pair), head(pair), "--markdown");

        assertEquals(0, json.code(), json.err());
        assertEquals(0, md.code(), md.err());
        assertEquals(Files.readString(PAIRS.resolve(pair + ".diff.json")), json.out());
        assertEquals(Files.readString(PAIRS.resolve(pair + ".diff.md")), md.out());
    }

    @ParameterizedTest
    @CsvSource({
        "single-provider.count",
        "eu-sovereign-training.moved-pool",
        "global-inference.replica",
        "eu-sovereign-training.data-class"
    })
    void costTotalsAreThoseOfTheCostCommandOnEachSide(String pair) throws IOException {
        JsonNode diff = JSON.readTree(
                CliRun.of("diff", base(pair), head(pair), "--json").out());
        JsonNode before = JSON.readTree(CliRun.of("cost", base(pair), "--json").out());
        JsonNode after = JSON.readTree(CliRun.of("cost", head(pair), "--json").out());

        JsonNode monthly = diff.get("cost").get("monthly");
        assertEquals(
                0,
                before.get("monthly")
                        .decimalValue()
                        .compareTo(monthly.get("before").decimalValue()));
        assertEquals(
                0,
                after.get("monthly")
                        .decimalValue()
                        .compareTo(monthly.get("after").decimalValue()));
        assertEquals(
                0,
                after.get("monthly")
                        .decimalValue()
                        .subtract(before.get("monthly").decimalValue())
                        .compareTo(monthly.get("delta").decimalValue()));
        assertEquals(
                before.get("unpriced").size(),
                diff.get("cost").get("unpriced").get("before").asInt());
        assertEquals(
                after.get("unpriced").size(),
                diff.get("cost").get("unpriced").get("after").asInt());
    }

    @Test
    void aChangedCountIsPricedAtTheCatalogRate() throws IOException {
        JsonNode d =
                JSON.readTree(CliRun.of("diff", base("single-provider.count"), head("single-provider.count"), "--json")
                        .out());

        JsonNode field = d.get("components").get(0).get("fields").get(0);
        assertEquals("count", field.get("field").asText());
        assertEquals("2", field.get("before").asText());
        assertEquals("3", field.get("after").asText());
        // one more p5.48xlarge in us-east-1: 55.04 $/h × 730 h
        assertEquals(
                0,
                new BigDecimal("40179.20")
                        .compareTo(
                                d.get("cost").get("lines").get(0).get("delta").decimalValue()));
        assertEquals(
                0,
                new BigDecimal("482150.40")
                        .compareTo(d.get("cost").get("annual").get("delta").decimalValue()));
    }

    @Test
    void aNewReplicaMakesThePipelineSurviveTheRegionOutage() throws IOException {
        JsonNode d = JSON.readTree(
                CliRun.of("diff", base("global-inference.replica"), head("global-inference.replica"), "--json")
                        .out());

        JsonNode swe = null;
        for (JsonNode o : d.get("resilience").get("outages")) {
            if (o.get("key").asText().equals("azure/swedencentral")) {
                swe = o;
            }
        }
        assertEquals("personalisation", swe.get("downBefore").get(0).asText());
        assertEquals(0, swe.get("downAfter").size());
        assertEquals("personalisation", swe.get("nowSurvive").get(0).asText());
    }

    @Test
    void aDataClassThatLeavesItsCountryIsNewResidencyErrors() throws IOException {
        CliRun r = CliRun.of(
                "diff",
                base("eu-sovereign-training.data-class"),
                head("eu-sovereign-training.data-class"),
                "--json",
                "--fail-on-new-errors");

        assertEquals(1, r.code(), "new errors with --fail-on-new-errors");
        assertEquals("skyloom: 5 new error(s) (--fail-on-new-errors)", r.err().strip());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(5, d.get("findings").get("new").size());
        for (JsonNode f : d.get("findings").get("new")) {
            assertEquals("residency.violation", f.get("code").asText());
            assertEquals("lake", f.get("subjects").get(0).asText(), "every path starts at the lake");
        }
    }

    @Test
    void aDesignComparedWithItselfReportsNoChangeAndExitsZero() throws IOException {
        String file = CliRun.example("global-inference");
        CliRun r = CliRun.of("diff", file, file, "--json", "--fail-on-new-errors", "--fail-on-cost-increase", "0");

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode d = JSON.readTree(r.out());
        assertTrue(d.get("unchanged").asBoolean());
        assertEquals(0, d.get("components").size());
        assertEquals(0, d.get("cost").get("lines").size());
        assertEquals(
                0,
                BigDecimal.ZERO.compareTo(
                        d.get("cost").get("monthly").get("delta").decimalValue()));
        assertEquals(0, d.get("findings").get("new").size());
        for (JsonNode o : d.get("resilience").get("outages")) {
            assertEquals(o.get("downBefore"), o.get("downAfter"));
        }
        assertTrue(CliRun.of("diff", file, file, "--markdown").out().contains("No change to the design"));
        assertTrue(CliRun.of("diff", file, file).out().contains("No change to the design"));
    }

    /** The count pair raises the monthly total by exactly 40,179.20 from 235,956.80 (17.028 %). */
    @ParameterizedTest
    @CsvSource({"40179.20, 0", "40179.19, 1", "40179.21, 0", "0, 1", "17.03%, 0", "17.02%, 1", "100%, 0"})
    void costThresholdExitsOneExactlyWhenCrossed(String threshold, int expected) {
        CliRun r = CliRun.of(
                "diff",
                base("single-provider.count"),
                head("single-provider.count"),
                "--fail-on-cost-increase",
                threshold);

        assertEquals(expected, r.code(), r.err());
        assertEquals(expected == 1, r.err().contains("--fail-on-cost-increase"), r.err());
    }

    @Test
    void aCostDecreaseNeverCrossesTheThreshold() {
        // the same pair the other way round: the total falls by 40,179.20
        CliRun r = CliRun.of(
                "diff", head("single-provider.count"), base("single-provider.count"), "--fail-on-cost-increase", "0");

        assertEquals(0, r.code(), r.err());
    }

    @Test
    void noNewErrorsPassesTheErrorThreshold() {
        CliRun r = CliRun.of(
                "diff", base("global-inference.replica"), head("global-inference.replica"), "--fail-on-new-errors");

        assertEquals(0, r.code(), r.err());
    }

    @ParameterizedTest
    @CsvSource({"abc", "-5", "-1%", "%"})
    void aBadThresholdIsBadInput(String threshold) {
        String file = CliRun.example("single-provider");
        CliRun r = CliRun.of("diff", file, file, "--fail-on-cost-increase=" + threshold);

        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--fail-on-cost-increase"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        CliRun r = CliRun.of("diff", CliRun.example("single-provider"), "no-such.skyloom.json");

        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such.skyloom.json"), r.err());
    }

    @Test
    void jsonAndMarkdownTogetherAreAUsageError() {
        String file = CliRun.example("single-provider");
        CliRun r = CliRun.of("diff", file, file, "--json", "--markdown");

        assertEquals(2, r.code());
        assertFalse(r.err().isBlank());
    }
}
