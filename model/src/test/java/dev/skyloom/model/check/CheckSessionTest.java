package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSessionTest {
    private static final Catalog CATALOG = dev.skyloom.catalog.CatalogLoader.bundled();

    /** Counts how often the wrapped check really runs. */
    private static final class Counting implements DesignCheck {
        final DesignCheck inner;
        int runs;

        Counting(DesignCheck inner) {
            this.inner = inner;
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public List<String> codes() {
            return inner.codes();
        }

        @Override
        public java.util.Set<DesignField> reads() {
            return inner.reads();
        }

        @Override
        public List<Finding> check(DesignContext context) {
            runs++;
            return inner.check(context);
        }
    }

    private static Design edit(Design d, boolean keepShape) {
        List<Component> list = new ArrayList<>(d.components());
        for (int i = 0; i < list.size(); i++) {
            if (keepShape && list.get(i) instanceof Component.GpuPool p) {
                list.set(i, p.withCount(p.count() + 3));
                return d.withComponents(list);
            }
            if (!keepShape && list.get(i) instanceof Component.Pipeline p && p.survives() == Survives.NONE) {
                list.set(i, p.withSurvives(Survives.REGION));
                return d.withComponents(list);
            }
        }
        throw new IllegalStateException("nothing to edit");
    }

    @Test
    void countEditReusesShapeOnlyChecksAndGivesTheSameFindingsAsAFullRun() {
        Counting residency = new Counting(new ResidencyCheck());
        Counting portability = new Counting(new PortabilityCheck());
        CheckSession session = new CheckSession(
                CATALOG,
                List.of(
                        residency,
                        new RedundancyCheck(),
                        portability,
                        new CatalogCheck(),
                        new LatencyCheck(),
                        new GovernanceCheck()));
        Design before = GeneratedDesigns.generate(2000, 3);
        Design after = edit(before, true);

        session.check(before);
        List<Finding> findings = session.check(after);

        assertEquals(Checks.runAll(after, CATALOG), findings);
        assertEquals(1, residency.runs);
        assertEquals(2, portability.runs);
    }

    @Test
    void anEditRunsAgainExactlyTheChecksThatReadTheChangedField() {
        Counting residency = new Counting(new ResidencyCheck());
        Counting redundancy = new Counting(new RedundancyCheck());
        CheckSession session = new CheckSession(CATALOG, List.of(residency, redundancy));
        Design before = GeneratedDesigns.generate(2000, 3);
        Design after = edit(before, false); // a pipeline's survives: read by redundancy, not by residency

        session.check(before);
        List<Finding> findings = session.check(after);

        assertEquals(
                Checks.run(DesignContext.of(after, CATALOG), List.of(new ResidencyCheck(), new RedundancyCheck())),
                findings);
        assertEquals(1, residency.runs);
        assertEquals(2, redundancy.runs);
    }

    @Test
    void aStructuralEditRunsEveryCheckAgain() {
        Counting residency = new Counting(new ResidencyCheck());
        CheckSession session = new CheckSession(CATALOG, List.of(residency, new RedundancyCheck()));
        Design before = GeneratedDesigns.generate(2000, 3);
        Design after = before.withComponents(
                        before.components().subList(0, before.components().size()))
                .withConnections(
                        before.connections().subList(1, before.connections().size()));

        session.check(before);
        List<Finding> findings = session.check(after);

        assertEquals(
                Checks.run(DesignContext.of(after, CATALOG), List.of(new ResidencyCheck(), new RedundancyCheck())),
                findings);
        assertEquals(2, residency.runs);
    }

    @Test
    void mergedOrderEqualsAFullSort() {
        Design d = GeneratedDesigns.generate(3000, 9);
        List<Finding> merged = Checks.runAll(d, TinyCatalog.create());
        List<Finding> sorted = new ArrayList<>(merged);
        sorted.sort(Finding.ORDER);

        assertEquals(sorted, merged);
    }

    @Test
    void theGraphOfTheLastCheckedDesignIsSharedAndPricesAsAFreshOne() {
        CheckSession session = new CheckSession(CATALOG);
        dev.skyloom.model.cost.CostEngine engine = new dev.skyloom.model.cost.CostEngine(CATALOG);
        Design before = GeneratedDesigns.generate(2000, 3);
        Design after = edit(before, true); // a count: the session rebinds its graph instead of building one

        session.check(before);
        session.check(after);
        var shared = session.graphOf(after);

        assertSame(shared, session.graphOf(after));
        assertSame(after, shared.design());
        assertEquals(engine.price(after).lines(), engine.price(shared).lines());
        assertEquals(engine.price(after).total(), engine.price(shared).total());
        // a design it has not checked (the one before) gets a graph of its own
        assertNotSame(shared, session.graphOf(before));
        assertSame(before, session.graphOf(before).design());
    }
}
