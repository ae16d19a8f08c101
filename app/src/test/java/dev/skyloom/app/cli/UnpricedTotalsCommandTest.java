package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals on the command line when lines are unpriced. AWS p6e-gb200 is sold through capacity blocks only
 * (price on request in the bundled catalog): a design of such pools costs "unpriced", never 0.00, and a
 * design with a priced p5 pool beside it costs the priced sum plus its unpriced line, never a bare sum.
 */
class UnpricedTotalsCommandTest {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path dir;

    static String mixed;
    static String unpriced;

    @BeforeAll
    static void designs() throws Exception {
        String gb200 = "{ \"id\": \"gb200\", \"type\": \"gpu-pool\", \"parent\": \"use1\", \"name\": \"GB200\","
                + " \"instanceType\": \"p6e-gb200.36xlarge\", \"count\": 1, \"pricing\": \"on-demand\","
                + " \"hoursPerMonth\": 730 }";
        String h100 = "{ \"id\": \"h100\", \"type\": \"gpu-pool\", \"parent\": \"use1\", \"name\": \"H100s\","
                + " \"instanceType\": \"p5.48xlarge\", \"count\": 2, \"pricing\": \"on-demand\","
                + " \"hoursPerMonth\": 730 }";
        mixed = write("mixed.skyloom.json", "Mixed", h100 + ", " + gb200);
        unpriced = write("unpriced.skyloom.json", "Only unpriced", gb200);
    }

    private static String write(String file, String name, String pools) throws Exception {
        String text = "{ \"skyloom\": 2, \"name\": \"" + name + "\", \"currency\": \"USD\", \"components\": ["
                + " { \"id\": \"aws\", \"type\": \"provider\", \"name\": \"AWS\", \"provider\": \"aws\" },"
                + " { \"id\": \"use1\", \"type\": \"region\", \"parent\": \"aws\", \"name\": \"Virginia\","
                + " \"region\": \"us-east-1\" }, " + pools + " ], \"connections\": [] }";
        Path p = dir.resolve(file);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void costTextSaysUnpricedOrCountsTheUnpricedLines() {
        CliRun none = CliRun.of("cost", unpriced);
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("Monthly unpriced (1 line), annual unpriced (1 line)"), none.out());
        assertTrue(none.out().matches("(?s).*\\n  aws +unpriced \\(1 line\\)\\R.*"), none.out());
        assertFalse(none.out().contains("0.00"), none.out());

        CliRun some = CliRun.of("cost", mixed);
        assertTrue(
                some.out().contains("Monthly 80358.40 USD + 1 unpriced line, annual 964300.80 USD + 1 unpriced line"),
                some.out());
        assertTrue(some.out().contains("80358.40 USD/month + 1 unpriced line"), some.out());
    }

    @Test
    void costJsonHasNullTotalsAndTheUnpricedCount() throws Exception {
        JsonNode none = JSON.readTree(CliRun.of("cost", unpriced, "--json").out());
        assertTrue(none.get("monthly").isNull(), none.toString());
        assertTrue(none.get("annual").isNull(), none.toString());
        assertEquals(1, none.get("unpricedLines").asInt());
        assertTrue(none.get("byProvider").get("aws").isNull(), none.toString());

        JsonNode some = JSON.readTree(CliRun.of("cost", mixed, "--json").out());
        assertEquals(0, new BigDecimal("80358.40").compareTo(some.get("monthly").decimalValue()));
        assertEquals(1, some.get("unpricedLines").asInt());
    }

    @Test
    void diffTextJsonAndMarkdownNeverShowAnUnpricedSideAsZero() throws Exception {
        CliRun text = CliRun.of("diff", mixed, unpriced);
        assertEquals(0, text.code(), text.err());
        assertTrue(
                text.out()
                        .contains("Cost (USD): monthly 80358.40 + 1 unpriced line → unpriced (1 line) (change unknown),"
                                + " annual 964300.80 + 1 unpriced line → unpriced (1 line); unpriced lines 1 → 1"),
                text.out());

        JsonNode cost = JSON.readTree(
                        CliRun.of("diff", unpriced, mixed, "--json").out())
                .get("cost");
        assertTrue(cost.get("monthly").get("before").isNull(), cost.toString());
        assertEquals(
                0,
                new BigDecimal("80358.40")
                        .compareTo(cost.get("monthly").get("after").decimalValue()));
        assertTrue(cost.get("monthly").get("delta").isNull(), cost.toString());
        assertTrue(cost.get("annual").get("before").isNull(), cost.toString());
        assertTrue(cost.get("byProvider").get(0).get("before").isNull(), cost.toString());
        assertTrue(cost.get("byProvider").get(0).get("delta").isNull(), cost.toString());

        String md = CliRun.of("diff", unpriced, mixed, "--markdown").out();
        assertTrue(
                md.contains("| Monthly cost (USD) | unpriced (1 line) | 80,358.40 + 1 unpriced line | unknown |"), md);
        assertTrue(
                md.contains("| Annual cost (USD) | unpriced (1 line) | 964,300.80 + 1 unpriced line | unknown |"), md);
        assertTrue(md.contains("| aws | unpriced | 80,358.40 | — | 1 | 1 |"), md);
        assertTrue(md.contains("Cost: monthly change unknown (unpriced lines)"), md);
    }

    @Test
    void aChangeBetweenPartlyPricedDesignsSaysItCoversPricedLinesOnly() {
        String md = CliRun.of("diff", mixed, mixed, "--markdown").out();
        // a design compared with itself has no cost section change, but the summary row says what it covers
        assertTrue(
                md.contains("| Monthly cost (USD) | 80,358.40 + 1 unpriced line | 80,358.40 + 1 unpriced line |"
                        + " 0.00 (priced lines only) |"),
                md);
    }
}
