package dev.skyloom.app;

import dev.skyloom.app.actions.ActionBinding;
import dev.skyloom.app.actions.ActionControls;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.compare.CompareMode;
import dev.skyloom.app.document.Alignment;
import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.export.FxExportFeedback;
import dev.skyloom.app.inspector.InspectorView;
import dev.skyloom.app.palette.PaletteView;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.app.presentation.PresentationMode;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.Settings;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The designer window: menus and toolbar built from {@link AppAction}, palette (left), canvas
 * (centre), inspector (right) and status bar, all bound to one {@link DocumentViewModel}. This class
 * builds and lays out the panels; {@link WindowMenus}, {@link WindowActions}, {@link StatusLine},
 * {@link WindowSettings} and {@link CanvasEdits} each hold one concern of the window.
 */
public final class MainWindow {
    /** The ports the window needs; the app passes JavaFX implementations, tests pass doubles. */
    public record Services(
            DesignIo io,
            DialogService dialogs,
            FileChooserService chooser,
            TaskExecutor tasks,
            SettingsStore settings,
            RecoveryStore recovery,
            Callable<Catalog> catalog) {}

    private static final Duration AUTOSAVE_DELAY = Duration.seconds(3);

    private final Stage stage;
    private final Services services;
    private final DocumentViewModel vm;
    private final ActionBinding actions = new ActionBinding();
    private final PaletteView palette;
    private final InspectorView inspector;
    private final DesignCanvas board = new DesignCanvas();
    private final StatusLine statusLine = new StatusLine();
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty();
    private final SimpleBooleanProperty minimapOpen = new SimpleBooleanProperty(true);
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final CanvasEdits canvasEdits;
    private final WindowSettings windowSettings;
    // not final: the canvas and the inspector get callbacks into them before they can be built
    private WindowMenus menus;
    private WindowActions windowActions;
    private Catalog catalog;
    // issue 6: live analysis panels, what-if, exports and presentation (wired in AnalysisPanels)
    private final AnalysisPanels analysis;
    private PresentationMode presentation;
    // issue 18: compare with another design or a git revision (dev.skyloom.app.compare)
    private final CompareMode compare;

    public MainWindow(Stage stage, Services services, Design initial, Optional<Path> file) {
        this(
                stage,
                services,
                initial,
                file,
                WindowSettings.themed(services.settings().load()));
    }

    private MainWindow(Stage stage, Services services, Design initial, Optional<Path> file, Settings settings) {
        this.stage = stage;
        this.services = services;
        this.vm = new DocumentViewModel(
                initial, services.io(), services.dialogs(), services.chooser(), services.tasks(), services.recovery());
        vm.replace(initial, file, false);
        settings.recentFiles().stream().map(Path::of).forEach(vm.recentFiles()::add);
        this.canvasEdits = new CanvasEdits(vm, board, this::catalog, (x, y) -> menus.showContextMenu(x, y));
        canvasEdits.wire();
        this.analysis = new AnalysisPanels(
                vm,
                board,
                services.tasks(),
                services.dialogs(),
                services.chooser(),
                new FxExportFeedback(stage, services.dialogs()),
                dev.skyloom.app.analysis.AnalysisService.DEFAULT_DEBOUNCE);
        this.windowSettings =
                new WindowSettings(stage, services.settings(), settings, vm, analysis, board, dark, minimapOpen);
        // after the analysis's own listener: an edit starts checking on the worker first, then the canvas
        // rebuilds its diagram on the FX thread while the worker runs
        vm.designProperty().addListener((o, a, d) -> board.setDesign(d));
        // an opened file is shown whole, whatever the zoom of the design before it
        vm.replacementsProperty().addListener((o, a, b) -> board.fitOnNextLayout());
        // the status bar says how old the prices the design uses are; past 90 days, quietly where to look
        analysis.analysis().currentProperty().addListener((o, a, b) -> statusLine.showPriceAge(b, catalog));
        analysis.exports().setPictureScale(settings.pictureScale());
        analysis.restoreDrawerDividers(settings.drawerDividers());
        analysis.exports().setPictureMark(settings.pictureMark());
        board.setPriceOf(id -> CanvasEdits.monthlyPrice(analysis.analysis().current(), id));
        this.palette = new PaletteView(vm);
        this.inspector = new InspectorView(vm, () -> windowActions.editDataClasses());
        inspector.setOnLeave(board::requestFocus);
        this.compare =
                new CompareMode(vm, board, analysis, inspector, services.tasks(), services.dialogs(), this::catalog);
        // issue 19: clouds against identity federation, telemetry and audit logging (dev.skyloom.app.governance)
        dev.skyloom.app.governance.GovernancePanel.addTo(analysis.tabs(), vm);
        this.menus = new WindowMenus(actions, vm, board, analysis, windowSettings, dark, minimapOpen);
        this.windowActions = new WindowActions(this, stage, services, dark, minimapOpen);
        windowActions.bind();
        settings = windowSettings.fitToScreen();
        Scene scene = new Scene(layout(), settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.class.getResource("skyloom.css").toExternalForm());
        scene.getAccelerators()
                .put(
                        new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        () -> actions.run(AppAction.REDO));
        // Escape that no control used (a text field, a popup) sends the keyboard back to the canvas
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !presentation.activeProperty().get() && !board.isFocused()) {
                board.requestFocus();
            }
        });
        compare.installEscape(scene, () -> presentation.activeProperty().get());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        windowSettings.restoreGeometry();
        dark.set(settings.dark());
        board.setTheme(dark.get() ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        dark.addListener((o, a, b) -> windowSettings.applyTheme());
        stage.setOnCloseRequest(e -> {
            if (!close()) {
                e.consume();
            }
        });
        autosave.setOnFinished(e -> vm.writeRecovery());
        // A closed window writes nothing more (its data folder may be gone: tests, a second window).
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosave.stop());
        vm.revisionProperty().addListener((o, a, b) -> autosave.playFromStart());
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> {
            menus.rebuildRecent();
            windowSettings.save();
        });
        menus.rebuildRecent();
        // loading the catalog (a few hundred ms of CPU in a fresh JVM) while the window was being shown
        // competed with it for the two cores: the palette, prices and checks fill in a moment later
        FirstFrame.then(this::loadCatalog);
    }

    public DocumentViewModel viewModel() {
        return vm;
    }

    public DesignCanvas canvas() {
        return board;
    }

    public PaletteView palette() {
        return palette;
    }

    public InspectorView inspector() {
        return inspector;
    }

    /** Issue 6: problems, cost, what-if and exports. */
    public AnalysisPanels analysis() {
        return analysis;
    }

    public CompareMode compare() {
        return compare;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    public ActionBinding actions() {
        return actions;
    }

    private void loadCatalog() {
        services.tasks()
                .submit(
                        services.catalog(),
                        c -> {
                            catalog = c;
                            palette.setCatalog(c);
                            inspector.setCatalog(c);
                            board.setCatalog(c);
                            analysis.setCatalog(c);
                            statusLine.catalogLoaded(c);
                        },
                        e -> {
                            statusLine.catalogUnavailable();
                            services.dialogs()
                                    .showError("Catalog", "The bundled catalog could not be loaded: " + e.getMessage());
                        });
    }

    // ---- layout ---------------------------------------------------------------------------------

    private BorderPane layout() {
        ActionControls controls = new ActionControls(actions);
        MenuBar menus = this.menus.menuBar(controls);
        ToolBar tools = this.menus.toolBar(controls);

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        dev.skyloom.app.canvas.Minimap overview = board.createMinimap();
        minimapOpen.set(windowSettings.current().minimapOpen());
        overview.expandedProperty().bindBidirectional(minimapOpen);
        minimapOpen.addListener((o, a, b) -> windowSettings.save());
        StackPane.setAlignment(compare.legend(), javafx.geometry.Pos.TOP_CENTER);
        StackPane.setMargin(compare.legend(), new Insets(3));
        StackPane centre = new StackPane(
                board,
                analysis.reach().map(),
                overview,
                compare.legend(),
                overlay,
                analysis.reach().viewSwitch());
        centre.setId("centre");
        palette.attach(board, overlay);
        palette.setPadding(new Insets(8));
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspector.setPadding(new Insets(10));
        SplitPane split = new SplitPane(palette, analysis.wrap(centre), inspectorScroll);
        split.setDividerPositions(0.2, 0.79);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspectorScroll, false);

        StatusBar status = statusLine.bar(vm, analysis);

        VBox top = new VBox(menus, tools);
        BorderPane root = new BorderPane(split, top, null, status, null);
        root.setId("main-root");
        VBox.setVgrow(split, Priority.ALWAYS);
        this.menus.installContextMenu(controls);
        presentation = new PresentationMode(stage, analysis, centre);
        presentation.setOnLeave(board::requestFocus);
        // a clean canvas for the audience: the minimap is a tool for the author
        overview.visibleProperty()
                .bind(presentation
                        .activeProperty()
                        .not()
                        .and(analysis.reach().mapShownProperty().not()));
        return root;
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Validates a connection asked for by the canvas; pipeline → storage asks "reads or writes" in a popup. */
    public void connect(String from, String to, double sceneX, double sceneY) {
        canvasEdits.connect(from, to, sceneX, sceneY);
    }

    /**
     * Pools or storage dragged onto another region: moved there as one edit, or refused with the palette's
     * reason at the pointer (the cards stay where they were; their old region does not stretch).
     */
    public void moveInto(
            Set<String> ids, Optional<String> container, double dx, double dy, double sceneX, double sceneY) {
        canvasEdits.moveInto(ids, container, dx, dy, sceneX, sceneY);
    }

    /** Aligns or distributes the selection as one undoable edit; says why when it cannot. */
    public void align(Alignment how) {
        windowActions.align(how);
    }

    /** Every accelerator of {@link AppAction} and the mouse gestures, as the F1 list shows them. */
    public static List<DialogService.Entry> shortcutEntries() {
        return WindowActions.shortcutEntries();
    }

    /** Asks about unsaved changes, then saves settings and removes the recovery copy. False = stay open. */
    public boolean close() {
        if (!vm.confirmDiscard()) {
            return false;
        }
        autosave.stop();
        vm.clearRecovery();
        windowSettings.save();
        return true;
    }

    /** The selected component, when exactly one is selected. */
    public Optional<Component> selectedComponent() {
        return vm.selection().size() == 1
                ? vm.design().component(vm.selection().iterator().next())
                : Optional.empty();
    }
}
