package dev.skyloom.app;

import dev.skyloom.app.actions.ActionBinding;
import dev.skyloom.app.actions.ActionControls;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.app.export.ExportMenu;
import dev.skyloom.app.presentation.AnalysisPanels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;

/**
 * The window's menus, built from {@link AppAction}: the menu bar (with Open Recent and the check items bound
 * to the canvas and window state), the toolbar and the canvas's context menu.
 */
final class WindowMenus {
    private final ActionBinding actions;
    private final DocumentViewModel vm;
    private final DesignCanvas board;
    private final AnalysisPanels analysis;
    private final WindowSettings settings;
    private final BooleanProperty dark;
    private final BooleanProperty minimapOpen;
    private final Menu recentMenu = new Menu("Open Recent");
    private final ContextMenu contextMenu = new ContextMenu();

    WindowMenus(
            ActionBinding actions,
            DocumentViewModel vm,
            DesignCanvas board,
            AnalysisPanels analysis,
            WindowSettings settings,
            BooleanProperty dark,
            BooleanProperty minimapOpen) {
        this.actions = actions;
        this.vm = vm;
        this.board = board;
        this.analysis = analysis;
        this.settings = settings;
        this.dark = dark;
        this.minimapOpen = minimapOpen;
    }

    /** File, Edit, View, Analysis and Help. */
    MenuBar menuBar(ActionControls controls) {
        MenuBar menus = new MenuBar();
        menus.setId("menu-bar");
        Menu fileMenu = controls.menu("_File", Arrays.asList(AppAction.NEW, AppAction.OPEN));
        fileMenu.getItems().add(recentMenu);
        for (AppAction a : Arrays.asList(
                null,
                AppAction.SAVE,
                AppAction.SAVE_AS,
                AppAction.REVERT,
                null,
                AppAction.IMPORT_TERRAFORM,
                null,
                AppAction.COMPARE_WITH,
                AppAction.LEAVE_COMPARE,
                null,
                AppAction.EXIT)) {
            fileMenu.getItems().add(a == null ? new javafx.scene.control.SeparatorMenuItem() : controls.item(a));
        }
        Menu edit = controls.menu(
                "_Edit",
                Arrays.asList(
                        AppAction.UNDO,
                        AppAction.REDO,
                        null,
                        AppAction.CUT,
                        AppAction.COPY,
                        AppAction.PASTE,
                        AppAction.DUPLICATE,
                        AppAction.DELETE,
                        null,
                        AppAction.SELECT_ALL,
                        AppAction.RENAME,
                        AppAction.DATA_CLASSES,
                        null,
                        AppAction.ARRANGE,
                        AppAction.ADD_NOTE,
                        AppAction.ADD_ZONE));
        CheckMenuItem connectItem = controls.checkItem(AppAction.CONNECT_MODE);
        connectItem.selectedProperty().bindBidirectional(board.connectModeProperty());
        connectItem.setOnAction(null);
        // before Rename: Rename, Data classes, a separator, Arrange, Add note and Add zone follow it
        edit.getItems().add(edit.getItems().size() - 6, connectItem);
        edit.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        edit.getItems()
                .add(controls.menu(
                        "_Align",
                        Arrays.asList(
                                AppAction.ALIGN_LEFT,
                                AppAction.ALIGN_CENTER,
                                AppAction.ALIGN_RIGHT,
                                AppAction.ALIGN_TOP,
                                AppAction.ALIGN_BOTTOM,
                                null,
                                AppAction.DISTRIBUTE_HORIZONTALLY,
                                AppAction.DISTRIBUTE_VERTICALLY)));
        Menu view = controls.menu(
                "_View",
                Arrays.asList(
                        AppAction.FIND,
                        null,
                        AppAction.ZOOM_IN,
                        AppAction.ZOOM_OUT,
                        AppAction.ZOOM_FIT,
                        AppAction.ZOOM_SELECTION,
                        null));
        CheckMenuItem minimapItem = controls.checkItem(AppAction.MINIMAP);
        minimapItem.selectedProperty().bindBidirectional(minimapOpen);
        minimapItem.setOnAction(null);
        CheckMenuItem snapItem = controls.checkItem(AppAction.SNAP);
        board.snapProperty().set(settings.current().snapToGrid());
        snapItem.selectedProperty().bindBidirectional(board.snapProperty());
        snapItem.setOnAction(null);
        board.snapProperty().addListener((o, a, b) -> settings.save());
        CheckMenuItem markItem = new CheckMenuItem("Skyloom Mark on Pictures");
        markItem.setId("picture-mark");
        markItem.setSelected(analysis.exports().pictureMark());
        markItem.selectedProperty().addListener((o, a, on) -> {
            analysis.exports().setPictureMark(on);
            settings.save();
        });
        view.getItems().addAll(minimapItem, snapItem, markItem);
        CheckMenuItem darkItem = controls.checkItem(AppAction.DARK_THEME);
        darkItem.selectedProperty().bindBidirectional(dark);
        darkItem.setOnAction(null);
        view.getItems().add(darkItem);
        Menu help = controls.menu("_Help", Arrays.asList(AppAction.SHORTCUTS, AppAction.ABOUT));
        Menu analyse = controls.menu(
                "_Analysis", Arrays.asList(AppAction.ANALYSIS_PANELS, AppAction.WHAT_IF, AppAction.PRESENTATION, null));
        analyse.getItems().addAll(ExportMenu.items(ExportFormats.STANDARD, e -> analysis.exports()
                .export(e)));
        menus.getMenus().addAll(fileMenu, edit, view, analyse, help);
        return menus;
    }

    /** The toolbar, with the Connect toggle next to Delete. */
    ToolBar toolBar(ActionControls controls) {
        ToolBar tools = new ToolBar();
        tools.setId("tool-bar");
        for (AppAction a : Arrays.asList(
                AppAction.NEW,
                AppAction.OPEN,
                AppAction.SAVE,
                null,
                AppAction.UNDO,
                AppAction.REDO,
                null,
                AppAction.CUT,
                AppAction.COPY,
                AppAction.PASTE,
                AppAction.DELETE,
                null,
                AppAction.ZOOM_IN,
                AppAction.ZOOM_OUT,
                AppAction.ZOOM_FIT,
                null,
                AppAction.DATA_CLASSES,
                AppAction.DARK_THEME,
                null,
                AppAction.WHAT_IF,
                AppAction.PRESENTATION)) {
            tools.getItems().add(a == null ? new Separator(Orientation.VERTICAL) : controls.button(a));
        }
        // connecting without a modifier key: next to Delete, before the zoom group
        javafx.scene.Node deleteButton = tools.getItems().stream()
                .filter(n -> AppAction.DELETE.id().equals(n.getId()))
                .findFirst()
                .orElseThrow();
        tools.getItems()
                .add(
                        tools.getItems().indexOf(deleteButton) + 1,
                        controls.toggle(AppAction.CONNECT_MODE, board.connectModeProperty()));
        return tools;
    }

    void installContextMenu(ActionControls controls) {
        for (AppAction a : Arrays.asList(
                AppAction.CUT,
                AppAction.COPY,
                AppAction.PASTE,
                AppAction.DUPLICATE,
                AppAction.DELETE,
                AppAction.RENAME,
                AppAction.ZOOM_SELECTION)) {
            contextMenu.getItems().add(controls.item(a));
        }
        contextMenu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        contextMenu.getItems().addAll(analysis.contextItems());
        contextMenu.setOnShowing(e -> analysis.prepareContextMenu());
        analysis.trackShift(contextMenu);
    }

    void showContextMenu(double screenX, double screenY) {
        contextMenu.show(board, screenX, screenY);
    }

    void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : new ArrayList<>(vm.recentFiles())) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }
}
