package dev.skyloom.app;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Registered for every test of this module (junit-platform.properties): after each test, every window it
 * left open (a dialog, a tooltip, a context menu) is hidden and every key it left pressed is released, so
 * a robot's clicks in the next test land on that test's own window, not on a leftover popup.
 */
public final class CloseLeftoverWindows implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.cleanupInput(new FxRobot()); // a key or button a failed test left pressed (Alt)
            FxToolkit.cleanupStages();
        }
    }
}
