package dev.skyloom.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.app.service.Settings;
import dev.skyloom.app.service.SettingsStore;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Stage;

/**
 * The window's settings: the theme's stylesheet, a first window fitted to a small screen, the stage placed
 * where it was, and everything the user set saved again (geometry, theme, recent files, picture options,
 * drawer dividers, minimap, snapping).
 */
final class WindowSettings {
    private final Stage stage;
    private final SettingsStore store;
    private final DocumentViewModel vm;
    private final AnalysisPanels analysis;
    private final DesignCanvas board;
    private final BooleanProperty dark;
    private final BooleanProperty minimapOpen;
    private Settings settings;

    WindowSettings(
            Stage stage,
            SettingsStore store,
            Settings settings,
            DocumentViewModel vm,
            AnalysisPanels analysis,
            DesignCanvas board,
            BooleanProperty dark,
            BooleanProperty minimapOpen) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.vm = vm;
        this.analysis = analysis;
        this.board = board;
        this.dark = dark;
        this.minimapOpen = minimapOpen;
    }

    /**
     * Sets the AtlantaFX user-agent stylesheet before the window's fields create the first control: a
     * control created earlier would load and parse JavaFX's own Modena stylesheet, only to replace it.
     */
    static Settings themed(Settings settings) {
        String css = themeStylesheet(settings.dark());
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
        return settings;
    }

    private static String themeStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** The settings as last loaded, fitted or saved. */
    Settings current() {
        return settings;
    }

    /** A first start on a small screen (a 1366×768 laptop) gets a window that fits it. */
    Settings fitToScreen() {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (!Double.isFinite(settings.x())) {
            settings = new Settings(
                    settings.x(),
                    settings.y(),
                    Math.min(settings.width(), screen.getWidth()),
                    Math.min(settings.height(), screen.getHeight() - 30),
                    settings.maximized(),
                    settings.dark(),
                    settings.recentFiles(),
                    settings.pictureScale(),
                    settings.drawerDividers(),
                    settings.minimapOpen(),
                    settings.pictureMark(),
                    settings.snapToGrid());
        }
        return settings;
    }

    void applyTheme() {
        board.setTheme(dark.get() ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        Application.setUserAgentStylesheet(themeStylesheet(dark.get()));
        save();
    }

    void restoreGeometry() {
        if (Double.isFinite(settings.x()) && Double.isFinite(settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        if (!settings.maximized()) {
            new WindowPlacement(stage, settings.x(), settings.y(), settings.width(), settings.height()).hold();
        }
    }

    void save() {
        List<String> recent = new ArrayList<>();
        vm.recentFiles().forEach(p -> recent.add(p.toString()));
        double w =
                stage.getScene() == null ? settings.width() : stage.getScene().getWidth();
        double h =
                stage.getScene() == null ? settings.height() : stage.getScene().getHeight();
        settings = new Settings(
                stage.getX(),
                stage.getY(),
                w,
                h,
                stage.isMaximized(),
                dark.get(),
                recent,
                analysis.exports().pictureScale(),
                analysis.drawerDividers(),
                minimapOpen.get(),
                analysis.exports().pictureMark(),
                board.snapProperty().get());
        store.save(settings);
    }
}
