package dev.skyloom.app.service;

import dev.skyloom.export.picture.PngPictureExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What persists between runs: window geometry, theme, recent files (most recent first), the scale last
 * chosen for PNG pictures of the canvas, the height of the analysis drawer for each of its tabs (the
 * split's divider position, by tab key), whether the minimap is open or collapsed to its button,
 * whether exported pictures carry the "Skyloom" mark, and whether dragged cards snap to the grid and edges.
 */
public record Settings(
        double x,
        double y,
        double width,
        double height,
        boolean maximized,
        boolean dark,
        List<String> recentFiles,
        double pictureScale,
        Map<String, Double> drawerDividers,
        boolean minimapOpen,
        boolean pictureMark,
        boolean snapToGrid) {
    public static final int MAX_RECENT = 10;
    /** PNG pixels per canvas unit when none was chosen yet: sharp on slides and high-density screens. */
    public static final double DEFAULT_PICTURE_SCALE = 2;

    public static final Settings DEFAULT = new Settings(Double.NaN, Double.NaN, 1440, 900, false, false, List.of());

    public Settings {
        recentFiles = List.copyOf(Objects.requireNonNull(recentFiles, "recentFiles"));
        Map<String, Double> dividers = new TreeMap<>();
        Objects.requireNonNull(drawerDividers, "drawerDividers").forEach((tab, p) -> {
            // an open drawer: the canvas keeps some room and the panel shows more than its tab headers
            if (tab != null && p != null && p >= 0.05 && p <= 0.95) {
                dividers.put(tab, p);
            }
        });
        drawerDividers = Collections.unmodifiableMap(dividers);
        if (!(pictureScale >= PngPictureExporter.MIN_SCALE && pictureScale <= PngPictureExporter.MAX_SCALE)) {
            pictureScale = DEFAULT_PICTURE_SCALE;
        }
    }

    /** Settings with snapping on (as a new canvas starts). */
    public Settings(
            double x,
            double y,
            double width,
            double height,
            boolean maximized,
            boolean dark,
            List<String> recentFiles,
            double pictureScale,
            Map<String, Double> drawerDividers,
            boolean minimapOpen,
            boolean pictureMark) {
        this(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                true);
    }

    /** Settings without remembered drawer heights, the minimap open, the mark on pictures and snapping on. */
    public Settings(
            double x,
            double y,
            double width,
            double height,
            boolean maximized,
            boolean dark,
            List<String> recentFiles,
            double pictureScale) {
        this(x, y, width, height, maximized, dark, recentFiles, pictureScale, Map.of(), true, true);
    }

    /** Settings with the default picture scale. */
    public Settings(
            double x,
            double y,
            double width,
            double height,
            boolean maximized,
            boolean dark,
            List<String> recentFiles) {
        this(x, y, width, height, maximized, dark, recentFiles, DEFAULT_PICTURE_SCALE);
    }

    public Settings withRecent(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(path);
        list.add(0, path);
        while (list.size() > MAX_RECENT) {
            list.remove(list.size() - 1);
        }
        return withRecentFiles(list);
    }

    public Settings withoutRecent(Path file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file.toAbsolutePath().normalize().toString());
        return withRecentFiles(list);
    }

    private Settings withRecentFiles(List<String> list) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                list,
                pictureScale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                snapToGrid);
    }

    public Settings withWindow(double x, double y, double width, double height, boolean maximized) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                snapToGrid);
    }

    public Settings withDark(boolean dark) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                snapToGrid);
    }

    public Settings withDrawerDividers(Map<String, Double> dividers) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                dividers,
                minimapOpen,
                pictureMark,
                snapToGrid);
    }

    public Settings withMinimapOpen(boolean open) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                open,
                pictureMark,
                snapToGrid);
    }

    public Settings withPictureMark(boolean on) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                minimapOpen,
                on,
                snapToGrid);
    }

    public Settings withSnapToGrid(boolean on) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                pictureScale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                on);
    }

    public Settings withPictureScale(double scale) {
        return new Settings(
                x,
                y,
                width,
                height,
                maximized,
                dark,
                recentFiles,
                scale,
                drawerDividers,
                minimapOpen,
                pictureMark,
                snapToGrid);
    }
}
