package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCommandTest {
    @Test
    void jsonHasTheContractShapeAndTotalsEqualTheSumOfPricedLines() throws Exception {
        CliRun r = CliRun.of("cost", CliRun.example("eu-sovereign-training"), "--json");
        assertEquals(0, r.code(), r.err());

        JsonNode root = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(r.out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of("currency", "monthly", "annual", "unpricedLines", "byProvider", "lines", "unpriced", "catalog"),
                keys);
        assertEquals("2026-12-02", root.get("catalog").get("snapshotDate").asText());
        // its AWS transfer lines (AWS-DT-PAGES) are dated "2026" only: counted from the year's start, older
        // than the AWS-VANTAGE GPU prices of 2026-01-21
        assertEquals("2026-01-01", root.get("catalog").get("oldestPriceUsed").asText());
        assertTrue(root.get("catalog").get("stale").asBoolean());
        List<String> lineKeys = new ArrayList<>();
        root.get("lines").get(0).fieldNames().forEachRemaining(lineKeys::add);
        assertEquals(
                List.of(
                        "id",
                        "provider",
                        "region",
                        "category",
                        "description",
                        "unitPrice",
                        "monthly",
                        "priceState",
                        "source",
                        "asOf",
                        "estimate",
                        "note"),
                lineKeys);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : root.get("lines")) {
            if (!line.get("monthly").isNull()) {
                sum = sum.add(line.get("monthly").decimalValue());
            }
        }
        assertEquals(0, sum.compareTo(root.get("monthly").decimalValue()));
        assertEquals(
                0,
                sum.multiply(BigDecimal.valueOf(12))
                        .compareTo(root.get("annual").decimalValue()));
        assertEquals("USD", root.get("currency").asText());
    }

    @Test
    void gpuPoolLineIsCountTimesCatalogPriceTimesHours() throws Exception {
        CliRun r = CliRun.of("cost", CliRun.example("single-provider"), "--json");
        JsonNode root = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(r.out());

        JsonNode serve = null;
        for (JsonNode line : root.get("lines")) {
            if (line.get("id").asText().equals("serve-iad")) {
                serve = line;
            }
        }
        // p5.48xlarge in us-east-1 is 55.04 $/h in the bundled catalog: 2 × 55.04 × 730
        assertEquals(0, new BigDecimal("55.04").compareTo(serve.get("unitPrice").decimalValue()));
        assertEquals(
                0, new BigDecimal("80358.40").compareTo(serve.get("monthly").decimalValue()));
        assertTrue(r.out().contains("\"monthly\" : 80358.40"), "money keeps its cents");
    }

    @Test
    void humanOutputShowsTotalsAndMarksEstimates() {
        CliRun r = CliRun.of("cost", CliRun.example("eu-sovereign-training"));

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Monthly "), r.out());
        assertTrue(r.out().contains("~ = estimate"), r.out());
    }
}
