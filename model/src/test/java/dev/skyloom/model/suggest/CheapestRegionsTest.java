package dev.skyloom.model.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 10: "cheapest region" for a pool holding EU personal data must not send it to the US.
 * TinyCatalog prices p5.48xlarge at 70.00 USD/h in eu-central-1 and 55.04 in us-east-1 (cn-north-1 is in
 * CNY and never compared).
 */
class CheapestRegionsTest {
    private static final Catalog CATALOG = TinyCatalog.create();

    /** A pipeline reading EU-only data and running on a pool in Frankfurt. */
    private static Design euTraining(String... allowed) {
        return new DesignBuilder()
                .dataClass("pii", allowed)
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .storage("lake", "fra", "object", "10", "pii")
                .pool("pool", "fra", "p5.48xlarge", 2)
                .pipeline("train")
                .reads("train", "lake")
                .runsOn("train", "pool")
                .build();
    }

    @Test
    void keepsThePoolInTheEuFirstAndNamesTheResidencyErrorOfTheCheaperUsRegion() {
        MoveSuggestions.Suggestion<CheapestRegions.Region> s =
                CheapestRegions.forPool(euTraining("EU"), CATALOG, "pool");

        MoveSuggestions.Option<CheapestRegions.Region> safe = s.keepingRules().orElseThrow();
        assertEquals("eu-central-1", safe.target().code(), "the cheapest region keeping the rules is where it is");
        assertTrue(safe.keepsRules());

        MoveSuggestions.Option<CheapestRegions.Region> cheaper =
                s.ruleBreaking().orElseThrow();
        assertEquals("us-east-1", cheaper.target().code());
        assertEquals(1, cheaper.newErrors().size());
        Finding f = cheaper.newErrors().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("residency.violation", f.code());
        assertEquals(List.of("lake", "train", "pool"), f.subjects());
    }

    @Test
    void unrestrictedDataMayGoToTheCheapestRegion() {
        MoveSuggestions.Suggestion<CheapestRegions.Region> s = CheapestRegions.forPool(euTraining(), CATALOG, "pool");
        assertEquals("us-east-1", s.keepingRules().orElseThrow().target().code());
        assertEquals(s.keepingRules(), s.preferred());
        assertEquals(Optional.empty(), s.ruleBreaking());
    }

    @Test
    void anErrorTheDesignAlreadyHasIsNotCountedAsNew() {
        // data allowed only in Ireland: Frankfurt is already a violation, so moving to the US adds none of the
        // same kind on the same path (the US is just as wrong) and Frankfurt keeps its own
        Design d = euTraining("IE");
        MoveSuggestions<String> rule = new MoveSuggestions<>(x -> dev.skyloom.model.check.Checks.runAll(x, CATALOG));
        MoveSuggestions.Suggestion<String> s = rule.suggest(d, List.of("same"), c -> Optional.of(d));
        assertTrue(s.keepingRules().orElseThrow().keepsRules());
    }

    @Test
    void skipsImpossibleMovesAndReportsNothingWhenNoCandidateIsLeft() {
        MoveSuggestions<String> rule = new MoveSuggestions<>(x -> List.of());
        MoveSuggestions.Suggestion<String> s = rule.suggest(euTraining("EU"), List.of("a", "b"), c -> Optional.empty());
        assertEquals(Optional.empty(), s.keepingRules());
        assertEquals(Optional.empty(), s.preferred());
    }
}
