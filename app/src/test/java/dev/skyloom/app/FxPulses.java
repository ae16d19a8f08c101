package dev.skyloom.app;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a scene's next pulses. A pulse runs CSS and layout, so after one the scene's nodes have the sizes
 * and places their state gives them; {@code waitForFxEvents} alone only drains queued runnables, which on a
 * loaded machine can finish before the next pulse. No deadline, as {@link Eventually}.
 */
public final class FxPulses {
    private FxPulses() {}

    public static void await(Scene scene, int count) {
        AtomicInteger seen = new AtomicInteger();
        Runnable counter = () -> {
            if (seen.incrementAndGet() < count) {
                Platform.requestNextPulse();
            }
        };
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(counter);
            Platform.requestNextPulse();
        }));
        try {
            Eventually.until(() -> seen.get() >= count);
        } finally {
            WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(counter)));
        }
    }
}
