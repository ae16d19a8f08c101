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
import org.junit.jupiter.api.io.TempDir;
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
        assertEquals("skyloom: 5 new errors (--fail-on-new-errors)", r.err().strip());
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

    @Test
    void removingTheTokyoRegionMovesTokyoUsersAndDropsCoverage(@TempDir Path dir) throws IOException {
        // APAC inference no longer runs on its pool in gcp/asia-northeast1: Tokyo is served by global
        // inference from the US, over its 80 ms budget
        String base = CliRun.example("global-inference");
        String text = Files.readString(Path.of(base));
        String runsInTokyo =
                "    { \"id\": \"c11\", \"type\": \"runs-on\", \"from\": \"apac-inference\", \"to\": \"apac-pool\" },\n";
        assertTrue(text.contains(runsInTokyo));
        Path head = dir.resolve("no-tokyo.skyloom.json");
        Files.writeString(head, text.replace(runsInTokyo, ""));

        JsonNode d =
                JSON.readTree(CliRun.of("diff", base, head.toString(), "--json").out());
        JsonNode latency =
                JSON.readTree(CliRun.of("latency", head.toString(), "--json").out());

        JsonNode coverage = d.get("latency").get("coverage");
        assertEquals(1.0, coverage.get("before").get("now").asDouble());
        // Tokyo's 20 % share is lost: 80 %, the figure of `skyloom latency` on the head
        assertEquals(0.8, coverage.get("after").get("now").asDouble());
        assertEquals(
                latency.get("coverage").asDouble(),
                coverage.get("after").get("now").asDouble());
        JsonNode moved = d.get("latency").get("populations");
        assertEquals(1, moved.size());
        assertEquals("users-tyo", moved.get(0).get("id").asText());
        assertEquals(
                "gcp/asia-northeast1", moved.get(0).get("before").get("region").asText());
        JsonNode tokyo = null;
        for (JsonNode p : latency.get("populations")) {
            if (p.get("id").asText().equals("users-tyo")) {
                tokyo = p;
            }
        }
        JsonNode after = moved.get(0).get("after");
        assertEquals(tokyo.get("region").asText(), after.get("region").asText());
        assertEquals(tokyo.get("pool").asText(), after.get("pool").asText());
        assertEquals(tokyo.get("rttMs").decimalValue(), after.get("rttMs").decimalValue());
        assertEquals("over-budget", after.get("status").asText());
        assertFalse(after.get("region").asText().equals("gcp/asia-northeast1"));

        String md = CliRun.of("diff", base, head.toString(), "--markdown").out();
        assertTrue(md.contains("| Users within latency budget | 100 % (65 % if azure/westeurope fails) | 80 % "), md);
        assertTrue(md.contains("| -20 pts |"), md);
    }
}
