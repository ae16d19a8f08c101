package dev.skyloom.app;

import dev.skyloom.app.actions.ActionBinding;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.compare.CompareMode;
import dev.skyloom.app.compare.CompareWith;
import dev.skyloom.app.document.Alignment;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.document.EstateImport;
import dev.skyloom.app.inspector.DataClassesDialog;
import dev.skyloom.app.palette.PaletteView;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Stage;

/**
 * What each {@link AppAction} does in the designer window, when it is enabled and how it is labelled, and
 * the window commands behind them (align, data classes, notes and zones, the shortcut list).
 */
final class WindowActions {
    private final MainWindow window;
    private final Stage stage;
    private final MainWindow.Services services;
    private final DocumentViewModel vm;
    private final ActionBinding actions;
    private final DesignCanvas board;
    private final PaletteView palette;
    private final AnalysisPanels analysis;
    private final CompareMode compare;
    private final BooleanProperty dark;
    private final BooleanProperty minimapOpen;

    WindowActions(
            MainWindow window,
            Stage stage,
            MainWindow.Services services,
            BooleanProperty dark,
            BooleanProperty minimapOpen) {
        this.window = window;
        this.stage = stage;
        this.services = services;
        this.vm = window.viewModel();
        this.actions = window.actions();
        this.board = window.canvas();
        this.palette = window.palette();
        this.analysis = window.analysis();
        this.compare = window.compare();
        this.dark = dark;
        this.minimapOpen = minimapOpen;
    }

    void bind() {
        BooleanExpression selected = vm.hasSelectionProperty();
        actions.on(AppAction.NEW, vm::newDocument)
                .on(AppAction.OPEN, vm::open)
                .on(
                        AppAction.IMPORT_TERRAFORM,
                        new EstateImport(vm, services.dialogs(), services.chooser(), services.tasks(), window::catalog)
                                ::run)
                .on(AppAction.SAVE, vm::save)
                .on(AppAction.SAVE_AS, vm::saveAs)
                .on(AppAction.REVERT, vm::revert)
                .enabledWhen(
                        AppAction.REVERT,
                        vm.dirtyProperty()
                                .and(Bindings.createBooleanBinding(
                                        () -> vm.fileProperty().get().isPresent(), vm.fileProperty())))
                .on(
                        AppAction.COMPARE_WITH,
                        new CompareWith(
                                compare,
                                services.io(),
                                services.dialogs(),
                                services.chooser(),
                                services.tasks(),
                                () -> vm.fileProperty().get())::run)
                .on(AppAction.LEAVE_COMPARE, compare::leave)
                .enabledWhen(AppAction.LEAVE_COMPARE, compare.activeProperty())
                .on(AppAction.EXIT, () -> {
                    if (window.close()) {
                        stage.hide();
                    }
                })
                .on(AppAction.UNDO, vm::undo)
                .enabledWhen(AppAction.UNDO, vm.canUndoProperty())
                .labelled(AppAction.UNDO, vm.undoLabelProperty())
                .on(AppAction.REDO, vm::redo)
                .enabledWhen(AppAction.REDO, vm.canRedoProperty())
                .labelled(AppAction.REDO, vm.redoLabelProperty())
                .on(AppAction.CUT, vm::cutSelection)
                .enabledWhen(AppAction.CUT, selected)
                .on(AppAction.COPY, vm::copySelection)
                .enabledWhen(AppAction.COPY, selected)
                .on(AppAction.PASTE, vm::paste)
                .enabledWhen(AppAction.PASTE, vm.canPasteProperty())
                .on(AppAction.DUPLICATE, vm::duplicateSelection)
                .enabledWhen(AppAction.DUPLICATE, selected)
                .on(AppAction.DELETE, vm::deleteSelection)
                .enabledWhen(AppAction.DELETE, selected)
                .on(AppAction.SELECT_ALL, vm::selectAll)
                .on(AppAction.RENAME, () -> vm.selection().stream()
                        .filter(id -> vm.design().component(id).isPresent()
                                || vm.design().annotation(id).isPresent())
                        .findFirst()
                        .ifPresent(board::startRename))
                .enabledWhen(AppAction.RENAME, selected)
                .on(AppAction.DATA_CLASSES, this::editDataClasses)
                .on(AppAction.CONNECT_MODE, () -> board.connectModeProperty()
                        .set(!board.connectModeProperty().get()))
                .on(AppAction.ARRANGE, () -> vm.arrange(window.catalog()))
                .on(AppAction.ADD_NOTE, () -> addAnnotation(dev.skyloom.model.Annotation.Kind.NOTE))
                .on(AppAction.ADD_ZONE, () -> addAnnotation(dev.skyloom.model.Annotation.Kind.ZONE))
                .on(AppAction.FIND, () -> palette.searchField().requestFocus())
                .on(AppAction.ZOOM_IN, board::zoomIn)
                .on(AppAction.ZOOM_OUT, board::zoomOut)
                .on(AppAction.ZOOM_FIT, board::zoomToFit)
                .on(AppAction.ZOOM_SELECTION, board::zoomToSelection)
                .enabledWhen(AppAction.ZOOM_SELECTION, selected)
                .on(AppAction.DARK_THEME, () -> dark.set(!dark.get()))
                .on(AppAction.ALIGN_LEFT, () -> align(Alignment.LEFT))
                .on(AppAction.ALIGN_CENTER, () -> align(Alignment.CENTER))
                .on(AppAction.ALIGN_RIGHT, () -> align(Alignment.RIGHT))
                .on(AppAction.ALIGN_TOP, () -> align(Alignment.TOP))
                .on(AppAction.ALIGN_BOTTOM, () -> align(Alignment.BOTTOM))
                .on(AppAction.DISTRIBUTE_HORIZONTALLY, () -> align(Alignment.DISTRIBUTE_HORIZONTALLY))
                .on(AppAction.DISTRIBUTE_VERTICALLY, () -> align(Alignment.DISTRIBUTE_VERTICALLY))
                .on(AppAction.MINIMAP, () -> minimapOpen.set(!minimapOpen.get()))
                .on(AppAction.SNAP, () -> board.snapProperty()
                        .set(!board.snapProperty().get()))
                .on(AppAction.ANALYSIS_PANELS, () -> analysis.togglePanels())
                .on(AppAction.WHAT_IF, () -> analysis.whatIfModel()
                        .activeProperty()
                        .set(!analysis.whatIfModel().activeProperty().get()))
                .on(AppAction.PRESENTATION, () -> window.presentation().toggle())
                .on(AppAction.SHORTCUTS, this::showShortcuts)
                .on(AppAction.ABOUT, () -> services.dialogs()
                        .showInfo(
                                "About Skyloom",
                                "Skyloom — a designer for multi-cloud AI infrastructure.\n"
                                        + window.catalog()
                                                .map(c -> "Catalog snapshot of " + c.snapshotDate())
                                                .orElse("Catalog not loaded yet")));
    }

    /** Aligns or distributes the selection as one undoable edit; says why when it cannot. */
    void align(Alignment how) {
        Optional<dev.skyloom.model.edit.Edit> edit = how.apply(vm.design(), Set.copyOf(vm.selection()));
        if (edit.isPresent()) {
            vm.apply(edit.get());
        } else {
            vm.setStatus(how.label() + ": select at least " + Counted.of(how.minimum(), "component")
                    + " that are not already in line");
        }
    }

    void editDataClasses() {
        javafx.scene.Node before =
                stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        new DataClassesDialog(stage, vm.design().dataClasses()).showAndWait().ifPresent(list -> {
            if (!vm.apply(new dev.skyloom.model.edit.Edit.SetDataClasses(list))) {
                services.dialogs().showError("Data classes", vm.statusProperty().get());
            }
        });
        restoreFocus(before);
    }

    /**
     * Gives the keyboard back to the control the user was in before a dialog or mode took it (the inspector
     * finds its own field again after a rebuild); the canvas when that control is gone.
     */
    private void restoreFocus(javafx.scene.Node before) {
        javafx.scene.Node now =
                stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (before != null && before.getScene() == stage.getScene()) {
            before.requestFocus();
        } else if (now == null || now == palette.searchField()) {
            board.requestFocus();
        }
    }

    private void showShortcuts() {
        services.dialogs().showList("Keyboard shortcuts", shortcutEntries());
    }

    /** Every accelerator of {@link AppAction} and the mouse gestures, as the F1 list shows them. */
    static List<DialogService.Entry> shortcutEntries() {
        List<DialogService.Entry> entries = new ArrayList<>();
        for (AppAction a : AppAction.values()) {
            a.accelerator().ifPresent(k -> entries.add(new DialogService.Entry(k.getDisplayText(), a.label())));
        }
        entries.add(new DialogService.Entry("C", "Connect mode: drag from one card to another"));
        entries.add(new DialogService.Entry("Drag the card's handle", "Connect two components"));
        entries.add(new DialogService.Entry("Alt+drag", "Connect two components"));
        entries.add(new DialogService.Entry("Ctrl+wheel / pinch", "Zoom"));
        entries.add(new DialogService.Entry("Space+drag, middle-drag, wheel", "Pan"));
        entries.add(new DialogService.Entry("Double-click", "Rename in place"));
        entries.add(new DialogService.Entry("Arrow keys", "Nudge the selection"));
        return entries;
    }

    /** A new note or zone in the middle of the view. */
    private void addAnnotation(dev.skyloom.model.Annotation.Kind kind) {
        dev.skyloom.export.diagram.Rect view = board.viewportProperty().get().world();
        double[] size = kind.defaultSize();
        vm.addAnnotation(kind, view.centerX() - size[0] / 2, view.centerY() - size[1] / 2);
    }
}
