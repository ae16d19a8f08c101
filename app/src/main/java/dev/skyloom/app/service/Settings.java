package dev.skyloom.app.service;

import dev.skyloom.export.picture.PngPictureExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What persists between runs: window geometry, theme, recent files (most recent first) and the scale last
 * chosen for PNG pictures of the canvas, whether the minimap is open or collapsed to its button, and whether exported pictures carry the
 * "Skyloom" mark.
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
        boolean minimapOpen,
        boolean pictureMark) {
    public static final int MAX_RECENT = 10;
    /** PNG pixels per canvas unit when none was chosen yet: sharp on slides and high-density screens. */
    public static final double DEFAULT_PICTURE_SCALE = 2;

    public static final Settings DEFAULT = new Settings(Double.NaN, Double.NaN, 1440, 900, false, false, List.of());

    public Settings {
        recentFiles = List.copyOf(Objects.requireNonNull(recentFiles, "recentFiles"));
        if (!(pictureScale >= PngPictureExporter.MIN_SCALE && pictureScale <= PngPictureExporter.MAX_SCALE)) {
            pictureScale = DEFAULT_PICTURE_SCALE;
        }
    }

    /** Settings with the minimap open. */
    public Settings(
            double x,
            double y,
            double width,
            double height,
            boolean maximized,
            boolean dark,
            List<String> recentFiles,
            double pictureScale) {
        this(x, y, width, height, maximized, dark, recentFiles, pictureScale, true, true);
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
        return new Settings(x, y, width, height, maximized, dark, list, pictureScale, minimapOpen, pictureMark);
    }

    public Settings withoutRecent(Path file) {
        List<String> list = new ArrayList<>(recentFiles);
        list.remove(file.toAbsolutePath().normalize().toString());
        return new Settings(x, y, width, height, maximized, dark, list, pictureScale, minimapOpen, pictureMark);
    }

    public Settings withWindow(double x, double y, double width, double height, boolean maximized) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles, pictureScale, minimapOpen, pictureMark);
    }

    public Settings withDark(boolean dark) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles, pictureScale, minimapOpen, pictureMark);
    }

    public Settings withMinimapOpen(boolean open) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles, pictureScale, open, pictureMark);
    }

    public Settings withPictureMark(boolean on) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles, pictureScale, minimapOpen, on);
    }

    public Settings withPictureScale(double scale) {
        return new Settings(x, y, width, height, maximized, dark, recentFiles, scale, minimapOpen, pictureMark);
    }
}
