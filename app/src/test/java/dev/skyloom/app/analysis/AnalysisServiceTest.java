package dev.skyloom.app.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AnalysisServiceTest {
    /** Runs submitted work only when the test says so, to interleave edits with running analyses. */
    static final class SteppedExecutor implements TaskExecutor {
        final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            pending.add(() -> {
                T r;
                try {
                    r = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(r);
            });
        }

        @Override
        public void runLater(Runnable action) {
            action.run();
        }

        void step() {
            pending.remove().run();
        }
    }

    @Test
    void findingsAndCostEqualTheCheckAndCostEnginesForEveryExample() {
        for (var file : ExampleFiles.all()) {
            Design d = Examples.read(file);
            AnalysisService s = new AnalysisService(TaskExecutor.direct(), Duration.ZERO);
            s.setCatalog(Examples.catalog());
            s.update(d);
            Analysis a = s.current();
            assertNotNull(a, file.toString());
            var expected = Checks.runAll(d, Examples.catalog());
            assertEquals(expected, a.findings(), file.toString());
            assertEquals(expected, s.findings(), file.toString());
            assertEquals(
                    Checks.count(expected, Severity.ERROR), s.errorsProperty().get());
            assertEquals(
                    Checks.count(expected, Severity.WARNING),
                    s.warningsProperty().get());
            assertEquals(
                    new CostEngine(Examples.catalog()).price(d).monthly(),
                    a.cost().monthly());
        }
    }

    @Test
    void nothingIsAnalysedUntilTheCatalogArrives() {
        AnalysisService s = new AnalysisService(TaskExecutor.direct(), Duration.ZERO);
        s.update(Examples.read(ExampleFiles.path("global-inference")));
        assertNull(s.current());
        assertTrue(s.busyProperty().get());
        s.setCatalog(Examples.catalog());
        assertNotNull(s.current());
        assertTrue(!s.busyProperty().get());
    }

    @Test
    void aSingleEditIsAnalysedAtOnceWhileEditsInQuickSuccessionWaitForTheDebounce() throws Exception {
        FxToolkit.registerPrimaryStage(); // the debounce is a PauseTransition
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                SteppedExecutor ex = new SteppedExecutor();
                long[] now = {0};
                AnalysisService s = new AnalysisService(ex, Duration.seconds(30), () -> now[0]);
                s.setCatalog(Examples.catalog());
                Design base = Examples.read(ExampleFiles.path("global-inference"));
                Component.GpuPool pool =
                        (Component.GpuPool) base.component("us-serve-pool").orElseThrow();
                Design two = base.withComponents(base.components().stream()
                        .map(c -> c.id().equals(pool.id()) ? pool.withCount(pool.count() + 1) : c)
                        .toList());
                Design three = base.withComponents(base.components().stream()
                        .map(c -> c.id().equals(pool.id()) ? pool.withCount(pool.count() + 2) : c)
                        .toList());
                s.update(base);
                assertEquals(1, ex.pending.size(), "a first edit does not wait for the debounce");
                ex.step();
                assertSame(base, s.current().design());
                now[0] += 10_000_000L; // 10 ms later: typing
                s.update(two);
                assertTrue(ex.pending.isEmpty(), "an edit right after another waits for the debounce");
                assertTrue(s.busyProperty().get());
                now[0] += 60_000_000_000L; // a minute later: a single edit again
                s.update(three);
                assertEquals(1, ex.pending.size(), "after a quiet spell an edit is analysed at once");
                ex.step();
                assertSame(three, s.current().design());
                assertTrue(ex.pending.isEmpty(), "the edit that waited is superseded, not analysed too");
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get();
    }

    @Test
    void anAnalysisThatFindsTheSameProblemsLeavesTheFindingsListUntouched() {
        AnalysisService s = new AnalysisService(TaskExecutor.direct(), Duration.ZERO);
        s.setCatalog(Examples.catalog());
        Design base = Examples.read(ExampleFiles.path("global-inference"));
        s.update(base);
        assertTrue(!s.findings().isEmpty(), "the example has findings to keep");
        int[] changes = {0};
        s.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> changes[0]++);
        Design same = base.withComponents(base.components());
        s.update(same);
        assertSame(same, s.current().design(), "the new design was analysed");
        assertEquals(0, changes[0], "equal findings: no change event for the table");
        for (var file : ExampleFiles.all()) {
            Design other = Examples.read(file);
            s.update(other);
            assertEquals(Checks.runAll(other, Examples.catalog()), List.copyOf(s.findings()), file.toString());
        }
        assertTrue(changes[0] > 0, "different findings replace the list");
    }

    @Test
    void editsDuringARunAreCoalescedAndOnlyTheNewestResultIsShown() {
        SteppedExecutor ex = new SteppedExecutor();
        AnalysisService s = new AnalysisService(ex, Duration.ZERO);
        s.setCatalog(Examples.catalog());
        Design base = Examples.read(ExampleFiles.path("global-inference"));
        Component.GpuPool pool =
                (Component.GpuPool) base.component("us-serve-pool").orElseThrow();
        Design two = base.withComponents(base.components().stream()
                .map(c -> c.id().equals(pool.id()) ? pool.withCount(pool.count() + 1) : c)
                .toList());
        Design three = base.withComponents(base.components().stream()
                .map(c -> c.id().equals(pool.id()) ? pool.withCount(pool.count() + 2) : c)
                .toList());
        s.update(base);
        assertEquals(1, ex.pending.size(), "one analysis runs");
        s.update(two);
        s.update(three);
        assertEquals(1, ex.pending.size(), "edits made meanwhile wait for the running analysis");
        ex.step(); // the analysis of `base` finishes: stale, not shown; one follow-up starts
        assertNull(s.current(), "a stale result is never applied");
        assertEquals(1, ex.pending.size());
        ex.step();
        assertSame(three, s.current().design(), "the follow-up analyses the newest design");
        assertTrue(ex.pending.isEmpty());
        assertTrue(!s.busyProperty().get());
    }

    @Test
    void aFailingAnalysisIsReportedAndNotRetriedForTheSameDesign() {
        int[] calls = new int[1];
        TaskExecutor failing = new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                calls[0]++;
                onFailure.accept(new IllegalStateException("boom"));
            }

            @Override
            public void runLater(Runnable action) {
                action.run();
            }
        };
        AnalysisService s = new AnalysisService(failing, Duration.ZERO);
        s.setCatalog(Examples.catalog());
        s.update(Examples.read(ExampleFiles.path("single-provider")));
        assertEquals(1, calls[0]);
        assertEquals("Analysis failed: boom", s.failureProperty().get());
    }
}
