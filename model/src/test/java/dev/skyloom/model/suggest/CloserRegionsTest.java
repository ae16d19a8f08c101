package dev.skyloom.model.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.fixtures.DesignBuilder;
import dev.skyloom.model.latency.Latencies;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "Move closer": Tokyo users (100 ms budget) served from a p5.48xlarge pool in Stockholm
 * (eu-north-1, ~8,200 km). The bundled catalog sells p5.48xlarge in ap-northeast-1 (Tokyo) at 68.80 USD/h
 * and in eu-north-1 at 58.8928 USD/h (AWS via Vantage, catalog snapshot).
 */
class CloserRegionsTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Design tokyoFromStockholm(String... allowed) {
        return new DesignBuilder()
                .dataClass("data", allowed)
                .provider("aws", "aws")
                .region("arn", "aws", "eu-north-1")
                .storage("sessions", "arn", "object", "1", "data")
                .pool("pool", "arn", "p5.48xlarge", 1)
                .pipeline("serve")
                .reads("serve", "sessions")
                .runsOn("serve", "pool")
                .users("tokyo", "tokyo-jp", "1", "100")
                .serves("serve", "tokyo")
                .build();
    }

    @Test
    void suggestsTheNearestRegionSellingThePoolsInstanceTypeWhenItBreaksNoRule() {
        CloserRegions.Result r = CloserRegions.forPopulation(
                        tokyoFromStockholm(), CATALOG, Latencies.standard(), "tokyo")
                .orElseThrow();

        assertEquals("pool", r.subject().pool());
        assertEquals("aws/eu-north-1", r.subject().region());
        CloserRegions.Region target =
                r.suggestion().keepingRules().orElseThrow().target();
        assertEquals("ap-northeast-1", target.code());
        assertTrue(target.rtt().ms() < 100, "Tokyo to Tokyo is within the budget: " + target.rtt());
        assertEquals(Optional.empty(), r.suggestion().ruleBreaking());
    }

    @Test
    void euOnlyDataKeepsThePoolAndNamesTheResidencyErrorOfTheCloserRegion() {
        CloserRegions.Result r = CloserRegions.forPopulation(
                        tokyoFromStockholm("EU"), CATALOG, Latencies.standard(), "tokyo")
                .orElseThrow();

        // no EU region selling p5.48xlarge is closer to Tokyo than Stockholm
        assertEquals(Optional.empty(), r.suggestion().keepingRules());
        MoveSuggestions.Option<CloserRegions.Region> closest =
                r.suggestion().ruleBreaking().orElseThrow();
        assertEquals("ap-northeast-1", closest.target().code());
        assertEquals(
                List.of("residency.violation"),
                closest.newErrors().stream().map(Finding::code).toList());
    }

    @Test
    void theCostDifferenceIsThePoolsPriceDifferenceOverItsHours() {
        // (68.80 − 58.8928) USD/h × 730 h = 7,232.256 USD a month more in Tokyo
        BigDecimal diff = CloserRegions.monthlyDifference(tokyoFromStockholm(), CATALOG, "pool", "ap-northeast-1")
                .orElseThrow();
        assertEquals(
                0,
                new BigDecimal("7232.26").compareTo(diff.setScale(2, java.math.RoundingMode.HALF_UP)),
                diff.toPlainString());
    }

    @Test
    void aPopulationWithinBudgetGetsNoSuggestion() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("nrt", "aws", "ap-northeast-1")
                .pool("pool", "nrt", "p5.48xlarge", 1)
                .pipeline("serve")
                .runsOn("serve", "pool")
                .users("tokyo", "tokyo-jp", "1", "100")
                .serves("serve", "tokyo")
                .build();
        assertEquals(Optional.empty(), CloserRegions.forPopulation(d, CATALOG, Latencies.standard(), "tokyo"));
    }
}
