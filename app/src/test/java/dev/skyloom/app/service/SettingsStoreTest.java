package dev.skyloom.app.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void settingsSurviveARoundTrip() {
        SettingsStore store = new SettingsStore(dir);
        Settings s = Settings.DEFAULT
                .withWindow(10, 20, 1100, 700, false)
                .withDark(true)
                .withPictureScale(3)
                .withRecent(dir.resolve("a.json"));
        store.save(s);
        assertEquals(s, new SettingsStore(dir).load());
    }

    @Test
    void snappingTurnedOffSurvivesARoundTripAndAnOlderFileMeansOn() throws Exception {
        assertTrue(Settings.DEFAULT.snapToGrid(), "a new canvas snaps");
        Settings off = Settings.DEFAULT.withSnapToGrid(false).withDark(true);
        new SettingsStore(dir).save(off);
        Settings back = new SettingsStore(dir).load();
        assertFalse(back.snapToGrid());
        assertEquals(off, back);
        Files.writeString(dir.resolve("settings.json"), "{ \"dark\": true }");
        assertTrue(new SettingsStore(dir).load().snapToGrid(), "settings saved before the option existed");
    }

    @Test
    void drawerHeightsPerTabSurviveARoundTripAndImpossibleOnesAreDropped() {
        Settings s = Settings.DEFAULT.withDrawerDividers(
                java.util.Map.of("problems", 0.45, "cost", 0.6, "whatif", 1.5, "broken", Double.NaN));
        assertEquals(java.util.Map.of("problems", 0.45, "cost", 0.6), s.drawerDividers());
        new SettingsStore(dir).save(s.withDark(true));
        Settings back = new SettingsStore(dir).load();
        assertEquals(java.util.Map.of("problems", 0.45, "cost", 0.6), back.drawerDividers());
        assertEquals(s.withDark(true), back);
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutDuplicatesAndBounded() {
        Settings s = Settings.DEFAULT;
        for (int i = 0; i < 12; i++) {
            s = s.withRecent(dir.resolve("f" + i + ".json"));
        }
        s = s.withRecent(dir.resolve("f5.json"));
        assertEquals(Settings.MAX_RECENT, s.recentFiles().size());
        assertEquals(dir.resolve("f5.json").toString(), s.recentFiles().get(0));
        assertEquals(List.copyOf(new java.util.LinkedHashSet<>(s.recentFiles())), s.recentFiles());
    }

    @Test
    void aBrokenSettingsFileMeansDefaults() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertEquals(Settings.DEFAULT, new SettingsStore(dir).load());
    }
}
