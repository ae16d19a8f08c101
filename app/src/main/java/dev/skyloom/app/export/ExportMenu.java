package dev.skyloom.app.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The designer's export menu items: one per {@link ExportFormats.MenuEntry}, in registry order. */
public final class ExportMenu {
    private ExportMenu() {}

    /** Items with ids {@code action-export-ID}; choosing one calls {@code export} with its entry. */
    public static List<MenuItem> items(ExportFormats formats, Consumer<ExportFormats.MenuEntry> export) {
        List<MenuItem> items = new ArrayList<>();
        for (ExportFormats.MenuEntry entry : formats.menu()) {
            MenuItem item = new MenuItem(
                    entry.label(),
                    new FontIcon(
                            entry.first().info().needsFolder()
                                    ? Material2AL.FOLDER_OPEN
                                    : Material2AL.INSERT_DRIVE_FILE));
            item.setId("action-" + entry.id());
            item.setOnAction(e -> export.accept(entry));
            items.add(item);
        }
        return items;
    }
}
