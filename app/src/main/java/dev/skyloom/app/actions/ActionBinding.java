package dev.skyloom.app.actions;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;

/** What each action does and when it is enabled; the menus, toolbar and context menus share it. */
public final class ActionBinding {
    private final Map<AppAction, Runnable> handlers = new EnumMap<>(AppAction.class);
    private final Map<AppAction, BooleanExpression> enabled = new EnumMap<>(AppAction.class);
    private final Map<AppAction, ObservableStringValue> labels = new EnumMap<>(AppAction.class);

    public ActionBinding on(AppAction action, Runnable handler) {
        handlers.put(action, handler);
        return this;
    }

    public ActionBinding enabledWhen(AppAction action, BooleanExpression condition) {
        enabled.put(action, condition);
        return this;
    }

    /** A label that changes (e.g. "Undo Move"). */
    public ActionBinding labelled(AppAction action, ObservableStringValue label) {
        labels.put(action, label);
        return this;
    }

    public void run(AppAction action) {
        Runnable r = handlers.get(action);
        if (r != null && isEnabled(action)) {
            r.run();
        }
    }

    public boolean isEnabled(AppAction action) {
        return handlers.containsKey(action) && enabled(action).get();
    }

    public BooleanExpression enabled(AppAction action) {
        if (!handlers.containsKey(action)) {
            return new SimpleBooleanProperty(false);
        }
        return enabled.getOrDefault(action, new SimpleBooleanProperty(true));
    }

    public ObservableStringValue label(AppAction action) {
        return labels.get(action);
    }
}
