package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example designs give exactly the errors and warnings the README's "Checks" section says. */
class ExampleDesignsTest {
    private static JsonNode check(String example, int expectedExit) throws Exception {
        CliRun r = CliRun.of("check", CliRun.example(example), "--json");
        assertEquals(expectedExit, r.code(), r.err() + r.out());
        assertEquals("", r.err());
        return new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(r.out());
    }

    /** "severity code subject,subject,..." for every error and warning, in report order. */
    private static List<String> problems(JsonNode root) {
        List<String> result = new ArrayList<>();
        for (JsonNode f : root.get("findings")) {
            if (f.get("severity").asText().equals("info")) {
                continue;
            }
            List<String> subjects = new ArrayList<>();
            f.get("subjects").forEach(s -> subjects.add(s.asText()));
            result.add(f.get("severity").asText() + " " + f.get("code").asText() + " " + String.join(",", subjects));
        }
        return result;
    }

    @Test
    void euSovereignTrainingIsClean() throws Exception {
        JsonNode root = check("eu-sovereign-training", 0);

        assertEquals(List.of(), problems(root));
        assertEquals(0, root.get("summary").get("errors").asInt());
    }

    @Test
    void globalInferenceHasAResidencyViolationThreeHopsFromItsOrigin() throws Exception {
        JsonNode root = check("global-inference", 1);

        assertEquals(
                List.of(
                        "error residency.violation eu-sessions,eu-sessions-se,personalisation,us-serve-pool",
                        // the gap the example keeps: GCP is not federated to Entra ID
                        "warning governance.unfederated-provider gcp",
                        // Tokyo (80 ms budget) falls back to Iowa (~201 ms) or Virginia (~223 ms)
                        "warning latency.failover-exceeds-budget users-tyo,global-inference,gcp-serve-pool,gcp-tyo",
                        "warning latency.failover-exceeds-budget users-tyo,global-inference,us-serve-pool,gcp",
                        "warning redundancy.single-point us-serve-pool,global-inference,personalisation"),
                problems(root));
        // all four populations are within budget now; losing West Europe leaves Frankfurt (35 %) unserved
        JsonNode coverage = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("code").asText().equals("reach.coverage")) {
                coverage = f;
            }
        }
        assertEquals(
                "100% of users (by share of traffic) are within their latency budget now; 65% when"
                        + " azure/westeurope fails (the worst single region or provider failure)",
                coverage.get("message").asText());
    }

    @Test
    void singleProviderDesignFailsItsProviderOutageRequirement() throws Exception {
        JsonNode root = check("single-provider", 1);

        assertEquals(
                List.of(
                        "error redundancy.provider-outage serving,aws",
                        "warning portability.single-provider-accelerator trn-pool",
                        "warning portability.single-provider-design aws"),
                problems(root));
    }

    @Test
    void hybridNeocloudIsCleanAndPricesTheOwnSiteFromUnitPrices() throws Exception {
        JsonNode root = check("hybrid-neocloud", 0);
        assertEquals(List.of(), problems(root));

        CliRun cost = CliRun.of("cost", CliRun.example("hybrid-neocloud"), "--json");
        assertEquals(0, cost.code(), cost.err());
        JsonNode c = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(cost.out());
        // dgx: 2 × 18.50 × 730 = 27,010.00; storage: 90 TB × 1000 × 0.012 = 1,080.00
        assertEquals(
                0,
                new java.math.BigDecimal("28090.00")
                        .compareTo(c.get("byProvider").get("onprem").decimalValue()));
        assertTrue(c.get("byProvider").has("lambda"));
    }
}
