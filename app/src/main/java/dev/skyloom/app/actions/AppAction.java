package dev.skyloom.app.actions;

import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Every command of the window: label, icon and shortcut in one place; menus and toolbar are built from it. */
public enum AppAction {
    NEW("New", Material2MZ.NOTE_ADD, "Shortcut+N", "Start a new, empty design"),
    OPEN("Open…", Material2MZ.OPEN_IN_NEW, "Shortcut+O", "Open a design file"),
    SAVE("Save", Material2MZ.SAVE, "Shortcut+S", "Save the design"),
    SAVE_AS("Save As…", Material2MZ.SAVE_ALT, "Shortcut+Shift+S", "Save the design to another file"),
    IMPORT_TERRAFORM(
            "Import from Terraform…",
            Material2AL.CLOUD_DOWNLOAD,
            null,
            "Import an estate from Terraform plan/state JSON or a folder of .tf files"),
    REVERT("Revert", Material2MZ.RESTORE, null, "Discard unsaved changes and reload the file"),
    COMPARE_WITH(
            "Compare with…",
            Material2AL.COMPARE_ARROWS,
            null,
            "Compare this design with another design file or a git revision of it"),
    LEAVE_COMPARE("Leave Compare Mode", Material2AL.CLOSE, null, "Show the design without the comparison (Esc)"),
    EXIT("Exit", Material2AL.EXIT_TO_APP, "Shortcut+Q", "Close Skyloom"),
    UNDO("Undo", Material2MZ.UNDO, "Shortcut+Z", "Undo the last edit"),
    REDO("Redo", Material2MZ.REDO, "Shortcut+Y", "Redo the edit just undone (also Ctrl+Shift+Z)"),
    CUT("Cut", Material2AL.CONTENT_CUT, "Shortcut+X", "Cut the selection"),
    COPY("Copy", Material2AL.CONTENT_COPY, "Shortcut+C", "Copy the selection"),
    PASTE("Paste", Material2AL.CONTENT_PASTE, "Shortcut+V", "Paste with new ids"),
    DUPLICATE("Duplicate", Material2AL.CONTROL_POINT_DUPLICATE, "Shortcut+D", "Duplicate the selection"),
    DELETE("Delete", Material2AL.DELETE, "Delete", "Delete the selection with its connections"),
    SELECT_ALL("Select All", Material2MZ.SELECT_ALL, "Shortcut+A", "Select every component"),
    RENAME("Rename", Material2AL.EDIT, "F2", "Rename the selected component in place"),
    ARRANGE(
            "Arrange",
            Material2AL.ACCOUNT_TREE,
            "Shortcut+Shift+L",
            "Lay out the selected containers, or the whole design, so nothing overlaps"),
    ADD_NOTE(
            "Add Note", Material2MZ.STICKY_NOTE_2, "Shortcut+Shift+N", "Add a free-text note for slides (F2 edits it)"),
    ADD_ZONE("Add Zone", Material2AL.CROP_FREE, "Shortcut+Shift+B", "Add a labelled dashed frame for slides"),
    DATA_CLASSES("Data Classes…", Material2AL.LOCK, "Shortcut+Shift+D", "Edit the design's data classes"),
    CONNECT_MODE(
            "Connect Mode",
            Material2AL.LINK,
            null,
            "Connect by dragging from one card to another, no modifier key (C on the canvas; Esc leaves)"),
    FIND("Find in Palette", Material2MZ.SEARCH, "Shortcut+F", "Search the catalog palette"),
    ZOOM_IN("Zoom In", Material2MZ.ZOOM_IN, "Shortcut+EQUALS", "Zoom in"),
    ZOOM_OUT("Zoom Out", Material2MZ.ZOOM_OUT, "Shortcut+MINUS", "Zoom out"),
    ZOOM_FIT("Zoom to Fit", Material2MZ.ZOOM_OUT_MAP, "Shortcut+0", "Show the whole design"),
    ZOOM_SELECTION("Zoom to Selection", Material2AL.CENTER_FOCUS_STRONG, "Shortcut+9", "Show the selection"),
    ALIGN_LEFT("Align Left", Material2AL.ALIGN_HORIZONTAL_LEFT, "Alt+Shift+L", "Align the selection's left edges"),
    ALIGN_CENTER("Align Centres", Material2AL.ALIGN_HORIZONTAL_CENTER, "Alt+Shift+C", "Align the selection's centres"),
    ALIGN_RIGHT("Align Right", Material2AL.ALIGN_HORIZONTAL_RIGHT, "Alt+Shift+R", "Align the selection's right edges"),
    ALIGN_TOP("Align Top", Material2AL.ALIGN_VERTICAL_TOP, "Alt+Shift+T", "Align the selection's top edges"),
    ALIGN_BOTTOM(
            "Align Bottom", Material2AL.ALIGN_VERTICAL_BOTTOM, "Alt+Shift+B", "Align the selection's bottom edges"),
    DISTRIBUTE_HORIZONTALLY(
            "Distribute Horizontally",
            Material2AL.HORIZONTAL_DISTRIBUTE,
            "Alt+Shift+H",
            "Equal gaps between three or more selected components, left to right"),
    DISTRIBUTE_VERTICALLY(
            "Distribute Vertically",
            Material2MZ.VERTICAL_DISTRIBUTE,
            "Alt+Shift+V",
            "Equal gaps between three or more selected components, top to bottom"),
    SNAP(
            "Snap to Grid and Edges",
            Material2AL.GRID_ON,
            null,
            "Snap dragged components to the grid and to neighbours' edges"),
    MINIMAP("Minimap", Material2MZ.MAP, "Shortcut+Shift+M", "Show or collapse the minimap"),
    DARK_THEME("Dark Theme", Material2AL.BRIGHTNESS_4, "Shortcut+Shift+T", "Switch between light and dark"),
    ANALYSIS_PANELS(
            "Problems, Cost and What-if",
            Material2MZ.VIEW_AGENDA,
            "Shortcut+Shift+P",
            "Open or close the analysis panels under the canvas"),
    WHAT_IF(
            "What-if Outages",
            Material2AL.CLOUD_OFF,
            "Shortcut+Shift+W",
            "Fail regions or providers and see what survives"),
    PRESENTATION(
            "Presentation",
            Material2MZ.SLIDESHOW,
            "F5",
            "Full-screen canvas with a findings and cost overlay (Esc leaves)"),
    SHORTCUTS("Keyboard Shortcuts", Material2AL.KEYBOARD, "F1", "List the keyboard shortcuts"),
    ABOUT("About Skyloom", Material2AL.INFO, null, "Version and catalog date");

    private final String label;
    private final Ikon icon;
    private final String accelerator;
    private final String tooltip;

    AppAction(String label, Ikon icon, String accelerator, String tooltip) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator).map(KeyCombination::keyCombination);
    }

    public String tooltip() {
        return accelerator().map(k -> tooltip + " (" + k.getDisplayText() + ")").orElse(tooltip);
    }

    /** The fx:id-style id of the control built for this action, e.g. {@code action-save}. */
    public String id() {
        return "action-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
