package dev.skyloom.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/** Runs work on the FX thread and waits for its result; what it throws (an assertion too) is thrown here. */
public final class OnFx {
    private OnFx() {}

    public static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
