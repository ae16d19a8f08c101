package dev.skyloom.app.service;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Work whose result only a view on screen uses (a panel in a tab not selected, a map behind the diagram):
 * done when asked while the view is shown, otherwise once when it is shown again. FX thread only.
 */
public final class WhileShown {
    private final Runnable work;
    private ObservableBooleanValue shown = new SimpleBooleanProperty(true); // until it follows a view
    private boolean stale;

    public WhileShown(Runnable work) {
        this.work = work;
    }

    /** From now on the view is shown while {@code shown} is true. */
    public void follow(ObservableBooleanValue shown) {
        this.shown = shown;
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                run();
            }
        });
    }

    /** Does the work now if the view is shown, else when it is shown next. */
    public void run() {
        stale = !shown.get();
        if (!stale) {
            work.run();
        }
    }
}
