package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Format 2: populations, serves connections and the latency assumption; format 1 files stay format 1. */
class PopulationsFileTest {
    private static Design served() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("gpu", "fra", "p5.48xlarge", 1)
                .pipeline("serve", null, Survives.NONE)
                .runsOn("serve", "gpu")
                .users("fra-users", "frankfurt-am-main-de", "0.4", "50")
                .serves("serve", "fra-users")
                .build();
    }

    @Test
    void aDesignWithoutNewerKindsIsStillWrittenAsFormat1() throws Exception {
        String text = DesignFile.toJson(TestDesigns.everything());
        assertTrue(text.startsWith("{\n  \"skyloom\": 1,\n"), text.substring(0, 40));
        assertTrue(!text.contains("remoteDataMs"));
    }

    @Test
    void populationsAndServesAreWrittenAsFormat2AndRoundTripExactly() throws Exception {
        Design d = served();
        String text = DesignFile.toJson(d);

        assertTrue(text.startsWith("{\n  \"skyloom\": 2,\n"), text.substring(0, 40));
        assertTrue(text.contains("\"remoteDataMs\": 50"), text);
        assertTrue(
                text.contains("      \"id\": \"fra-users\",\n      \"type\": \"users\",\n"
                        + "      \"city\": \"frankfurt-am-main-de\",\n      \"share\": 0.4,\n"
                        + "      \"latencyBudgetMs\": 50\n"),
                text);
        assertTrue(text.contains("\"type\": \"serves\""), text);
        Design back = DesignFile.parse(text, "served.skyloom.json");
        assertEquals(d, back);
        assertEquals(text, DesignFile.toJson(back));
    }

    @Test
    void customCoordinatesAndUserCountsRoundTrip() throws Exception {
        Component.Users custom = new Component.Users(
                "ashburn",
                "Ashburn VA",
                Optional.empty(),
                Optional.of(new BigDecimal("39.04372")),
                Optional.of(new BigDecimal("-77.48749")),
                Optional.of("US"),
                Optional.empty(),
                Optional.of(1_500_000L),
                new BigDecimal("80"),
                Map.of());
        Design d = served().withTopology(java.util.List.of(custom), java.util.List.of());
        Design back = DesignFile.parse(DesignFile.toJson(d), "c.skyloom.json");
        assertEquals(d, back);
        assertTrue(DesignFile.toJson(d).contains("\"userCount\": 1500000"));
    }

    @Test
    void aChangedLatencyAssumptionAloneMakesTheFileFormat2() throws Exception {
        Design d = TestDesigns.minimal().withAssumptions(Assumptions.DEFAULT.withRemoteDataMs(BigDecimal.valueOf(80)));
        String text = DesignFile.toJson(d);
        assertTrue(text.startsWith("{\n  \"skyloom\": 2,\n"));
        assertEquals(d, DesignFile.parse(text, "a.skyloom.json"));
    }

    @Test
    void aFormat1FileOpensUnchangedAndIsSavedAsFormat1() throws Exception {
        String v1 = DesignFile.toJson(TestDesigns.euTraining());
        assertTrue(v1.startsWith("{\n  \"skyloom\": 1,"));
        assertEquals(v1, DesignFile.toJson(DesignFile.parse(v1, "v1.skyloom.json")));
    }

    private static DesignFormatException refuse(String component) {
        String text = "{\"skyloom\": 2, \"components\": [" + component + "]}";
        return assertThrows(DesignFormatException.class, () -> DesignFile.parse(text, "p.skyloom.json"));
    }

    @Test
    void badPopulationsAreRefusedWithTheFieldNamed() {
        assertTrue(refuse("{\"id\": \"u\", \"type\": \"users\", \"latencyBudgetMs\": 50}")
                .getMessage()
                .contains("a population needs a \"city\" or \"latitude\" and \"longitude\""));
        assertTrue(refuse("{\"id\": \"u\", \"type\": \"users\", \"city\": \"x\", \"latitude\": 1, \"longitude\": 2,"
                        + " \"latencyBudgetMs\": 50}")
                .getMessage()
                .contains("not both"));
        assertTrue(refuse("{\"id\": \"u\", \"type\": \"users\", \"latitude\": 91, \"longitude\": 2,"
                        + " \"latencyBudgetMs\": 50}")
                .getMessage()
                .contains("\"latitude\" must be at most 90"));
        assertTrue(refuse("{\"id\": \"u\", \"type\": \"users\", \"city\": \"berlin-de\"}")
                .getMessage()
                .contains("latencyBudgetMs"));
        assertTrue(refuse("{\"id\": \"u\", \"type\": \"users\", \"city\": \"berlin-de\", \"latencyBudgetMs\": 0}")
                .getMessage()
                .contains("\"latencyBudgetMs\" must be at least 1"));
        assertTrue(refuse("{\"id\": \"p\", \"type\": \"provider\", \"provider\": \"aws\"},"
                        + " {\"id\": \"u\", \"type\": \"users\", \"parent\": \"p\", \"city\": \"berlin-de\","
                        + " \"latencyBudgetMs\": 50}")
                .getMessage()
                .contains("a population has no parent"));
    }

    @Test
    void servesMustGoFromAPipelineToUsers() {
        String text = "{\"skyloom\": 2, \"components\": ["
                + "{\"id\": \"u\", \"type\": \"users\", \"city\": \"berlin-de\", \"latencyBudgetMs\": 50},"
                + "{\"id\": \"v\", \"type\": \"users\", \"city\": \"tokyo-jp\", \"latencyBudgetMs\": 50}],"
                + " \"connections\": [{\"id\": \"k\", \"type\": \"serves\", \"from\": \"u\", \"to\": \"v\"}]}";
        DesignFormatException e =
                assertThrows(DesignFormatException.class, () -> DesignFile.parse(text, "s.skyloom.json"));
        assertTrue(
                e.getMessage().contains("a serves connection must go from a pipeline to a users component"),
                e.getMessage());
    }
}
