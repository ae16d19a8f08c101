package dev.skyloom.app.actions;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds menu items and toolbar buttons from {@link AppAction}s. */
public final class ActionControls {
    private final ActionBinding binding;

    public ActionControls(ActionBinding binding) {
        this.binding = binding;
    }

    /** A menu of actions; {@code null} entries become separators. */
    public Menu menu(String text, List<AppAction> actions) {
        Menu m = new Menu(text);
        for (AppAction a : actions) {
            m.getItems().add(a == null ? new SeparatorMenuItem() : item(a));
        }
        return m;
    }

    public MenuItem item(AppAction a) {
        MenuItem item = new MenuItem(a.label(), new FontIcon(a.icon()));
        return wire(item, a);
    }

    public CheckMenuItem checkItem(AppAction a) {
        CheckMenuItem item = new CheckMenuItem(a.label());
        return wire(item, a);
    }

    private <T extends MenuItem> T wire(T item, AppAction a) {
        item.setId(a.id());
        a.accelerator().ifPresent(item::setAccelerator);
        if (binding.label(a) != null) {
            item.textProperty().bind(binding.label(a));
        }
        item.disableProperty().bind(binding.enabled(a).not());
        item.setOnAction(e -> binding.run(a));
        return item;
    }

    /** A toolbar toggle for a mode the window keeps in {@code state} (both ways). */
    public ToggleButton toggle(AppAction a, BooleanProperty state) {
        ToggleButton b = new ToggleButton(null, new FontIcon(a.icon()));
        b.setId(a.id());
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltip t = new Tooltip(a.tooltip());
        t.setShowDelay(Duration.millis(400));
        b.setTooltip(t);
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(state);
        return b;
    }

    public Button button(AppAction a) {
        Button b = new Button(null, new FontIcon(a.icon()));
        b.setId(a.id());
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltip t = new Tooltip(a.tooltip());
        t.setShowDelay(Duration.millis(400));
        b.setTooltip(t);
        b.setFocusTraversable(false);
        b.disableProperty().bind(binding.enabled(a).not());
        b.setOnAction(e -> binding.run(a));
        return b;
    }
}
