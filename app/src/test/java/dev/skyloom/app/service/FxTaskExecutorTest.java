package dev.skyloom.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.AnalysisService;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Background work that throws an {@link Error} (out of memory in a large analysis) reaches the failure
 * callback, the worker survives it, and live analysis says so and goes on (issue 12, point 11).
 */
class FxTaskExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anErrorInTheWorkReachesTheFailureCallbackAndTheWorkerGoesOn() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        CompletableFuture<Exception> failed = new CompletableFuture<>();
        tasks.<String>submit(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                r -> failed.completeExceptionally(new AssertionError("succeeded: " + r)),
                e -> {
                    assertTrue(Platform.isFxApplicationThread());
                    failed.complete(e);
                });
        Exception e = failed.get();
        assertInstanceOf(BackgroundFailure.class, e);
        assertInstanceOf(OutOfMemoryError.class, e.getCause());
        assertTrue(e.getMessage().startsWith("out of memory"), e.getMessage());

        // Both workers are still there: two more tasks complete.
        for (int i = 0; i < 2; i++) {
            CompletableFuture<String> next = new CompletableFuture<>();
            tasks.submit(() -> "fine", next::complete, next::completeExceptionally);
            assertEquals("fine", next.get());
        }
    }

    @Test
    void theDirectExecutorReportsErrorsTheSameWay() {
        Exception[] seen = new Exception[1];
        TaskExecutor.direct()
                .<String>submit(
                        () -> {
                            throw new StackOverflowError();
                        },
                        r -> {},
                        e -> seen[0] = e);
        assertInstanceOf(BackgroundFailure.class, seen[0]);
    }

    /** Fails the first piece of work with an OutOfMemoryError, runs the rest on the real executor. */
    private static final class FirstRunOutOfMemory implements TaskExecutor {
        private final FxTaskExecutor real = new FxTaskExecutor();
        private final AtomicBoolean failedOnce = new AtomicBoolean();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            real.submit(
                    () -> {
                        if (failedOnce.compareAndSet(false, true)) {
                            throw new OutOfMemoryError("Java heap space");
                        }
                        return work.call();
                    },
                    onSuccess,
                    onFailure);
        }

        @Override
        public void runLater(Runnable action) {
            real.runLater(action);
        }
    }

    @Test
    void liveAnalysisShowsTheFailureAndAnalysesTheNextEdit() throws Exception {
        Design design = Examples.read(ExampleFiles.path("global-inference"));
        CompletableFuture<AnalysisService> failedOnce = new CompletableFuture<>();
        Platform.runLater(() -> {
            AnalysisService s = new AnalysisService(new FirstRunOutOfMemory(), Duration.ZERO);
            s.failureProperty().addListener((o, was, now) -> {
                if (!now.isEmpty()) {
                    failedOnce.complete(s);
                }
            });
            s.setCatalog(Examples.catalog());
            s.update(design);
        });
        AnalysisService s = failedOnce.get();
        CompletableFuture<String> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            shown.complete(s.failureProperty().get());
            s.currentProperty().addListener((o, was, now) -> {
                if (now != null) {
                    done(s);
                }
            });
            s.update(design.withName(design.name() + " (edited)"));
        });
        assertTrue(shown.get().startsWith("Analysis failed: out of memory"), shown.get());
        assertNotNull(analysed.get().current());
        assertEquals("", analysed.get().failureProperty().get());
    }

    private final CompletableFuture<AnalysisService> analysed = new CompletableFuture<>();

    private void done(AnalysisService s) {
        analysed.complete(s);
    }
}
