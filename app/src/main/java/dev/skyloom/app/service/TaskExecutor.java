package dev.skyloom.app.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the UI thread and hands the result back on it. Tests use {@link #direct()},
 * which runs everything at once on the calling thread.
 */
public interface TaskExecutor {
    /** Runs {@code work}; a failure, an {@link Error} included, reaches {@code onFailure} ({@link BackgroundFailure}). */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs on the UI thread later (or at once in tests). */
    void runLater(Runnable action);

    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Throwable t) {
                    onFailure.accept(BackgroundFailure.of(t));
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void runLater(Runnable action) {
                action.run();
            }
        };
    }
}
