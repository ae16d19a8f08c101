package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {
    @Test
    void regionOutageReportsSurvivorsLossesAndCapacityAsJson() throws Exception {
        CliRun r = CliRun.of("simulate", CliRun.example("single-provider"), "--fail", "us-east-1", "--json");

        assertEquals(1, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("[\"aws-iad\"]", root.get("failedRegions").toString());
        assertEquals("[\"serving\"]", root.get("up").toString());
        assertEquals("pretraining", root.get("down").get(0).get("id").asText());
        // trn1.32xlarge: 8 × 16 Trainium; p5.48xlarge: 2 × 8 H100 in each region
        assertEquals(160, root.get("gpus").get("total").asInt());
        assertEquals(16, root.get("gpus").get("surviving").asInt());
    }

    @Test
    void providerOutageTakesDownTheSingleProviderDesign() {
        CliRun r = CliRun.of("simulate", CliRun.example("single-provider"), "--fail", "aws");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("Up:   (none)"), r.out());
    }

    @Test
    void survivableOutageExitsZero() {
        CliRun r = CliRun.of("simulate", CliRun.example("global-inference"), "--fail", "gcp-tyo", "az-swe");

        assertEquals(1, r.code(), r.out());
        CliRun ok = CliRun.of("simulate", CliRun.example("eu-sovereign-training"), "--fail", "aws-fra");
        assertEquals(0, ok.code(), ok.out() + ok.err());
    }

    @Test
    void unknownTargetIsBadInput() {
        CliRun r = CliRun.of("simulate", CliRun.example("single-provider"), "--fail", "mars");

        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count());
        assertTrue(r.err().contains("\"mars\" is not a region or provider"), r.err());
    }

    @Test
    void reportsWhereEachPopulationIsServedFromAfterTheFailureAndItsNewRoundTrip() throws Exception {
        CliRun r = CliRun.of("simulate", CliRun.example("global-inference"), "--fail", "gcp-tyo", "--json");

        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode tokyo = null;
        for (JsonNode u : root.get("users")) {
            if (u.get("id").asText().equals("users-tyo")) {
                tokyo = u;
            }
        }
        assertEquals("gcp-serve-pool", tokyo.get("pool").asText());
        assertEquals("gcp/us-central1", tokyo.get("region").asText());
        assertEquals("over-budget", tokyo.get("status").asText());
        assertTrue(tokyo.get("rttMs").asDouble() > 80, tokyo.toString());
        assertEquals("apac-pool", tokyo.get("before").get("pool").asText());
        assertEquals("within-budget", tokyo.get("before").get("status").asText());

        CliRun text = CliRun.of("simulate", CliRun.example("global-inference"), "--fail", "gcp-tyo");
        assertTrue(
                text.out()
                        .contains("users-tyo: gcp-serve-pool in gcp/us-central1 at ~201 ms (budget 80 ms: OVER"
                                + " BUDGET); before: apac-pool in gcp/asia-northeast1 at <1 ms"),
                text.out());
        // a population the outage does not move says so instead of repeating its line as "before"
        assertTrue(
                text.out()
                        .contains("users-va: us-serve-pool in aws/us-east-1 at <1 ms (budget 50 ms: within budget)"
                                + " (unchanged)\n"),
                text.out());
    }
}
