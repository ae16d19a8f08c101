package dev.skyloom.app;

import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until a condition holds, letting FX events run in between. No deadline: on a slow machine
 * the test just waits longer; a real hang is ended by surefire's forkedProcessTimeoutInSeconds
 * (parent pom), the only time limit in the tests.
 */
public final class Eventually {

    private Eventually() {}

    public static void until(BooleanSupplier condition) {
        WaitForAsyncUtils.waitForFxEvents();
        while (!holds(condition)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // as TestFX's waitFor: a condition that throws (a node not there yet) does not hold yet
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}
