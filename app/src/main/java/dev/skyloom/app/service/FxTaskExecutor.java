package dev.skyloom.app.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background work on daemon threads; results and failures (errors included) delivered on the JavaFX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "skyloom-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                // An Error too (out of memory in a large analysis): the caller must hear of it, or whatever
                // waits for this result (live analysis) waits for ever.
                Exception failure = BackgroundFailure.of(t);
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public void runLater(Runnable action) {
        Platform.runLater(action);
    }
}
