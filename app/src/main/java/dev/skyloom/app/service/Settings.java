package dev.skyloom.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What persists between runs: window geometry, theme and recent files (most recent first). */
public record Settings(
        double x, double y, double width, double height, boolean maximized, boolean dark, List<String> recentFiles) {
    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULT = new Settings(Double.NaN, Double.NaN, 1440, 900, false, false, List.of());

    public Settings {
        recentFiles = List.copyOf(Objects.requireNonNull(recentFiles, "recentFiles"));
    }

    public Settings withRecent(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(path);
        list.add(0, path);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        return new Settings(x, y, width, height, maximized, dark, list);
    }

    public Settings withoutRecent(Path file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file.toAbsolutePath().normalize().toString());
        return new Settings(x, y, width, height, maximized, dark, list);
    }

    public Settings withWindow(double x, double y, double width, double height, boolean maximized) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles);
    }

    public Settings withDark(boolean dark) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles);
    }
}
