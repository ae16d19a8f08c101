package dev.skyloom.app.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * Two commands on one shortcut means one of them can never be reached from the keyboard (the Arrange and
 * canvas work both took Ctrl+Shift+M when they were built side by side): every accelerator is unique.
 */
class AppActionShortcutsTest {
    @Test
    void everyShortcutBelongsToOneCommand() {
        Map<String, List<AppAction>> byShortcut = new TreeMap<>();
        for (AppAction a : AppAction.values()) {
            a.accelerator().map(KeyCombination::getName).ifPresent(k -> byShortcut
                    .computeIfAbsent(k, x -> new ArrayList<>())
                    .add(a));
        }
        byShortcut.values().removeIf(actions -> actions.size() == 1);
        assertEquals(Map.of(), byShortcut);
    }
}
