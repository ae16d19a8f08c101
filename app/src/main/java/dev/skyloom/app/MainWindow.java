package dev.skyloom.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.skyloom.app.actions.ActionBinding;
import dev.skyloom.app.actions.ActionControls;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.canvas.CanvasIntents;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.compare.CompareMode;
import dev.skyloom.app.compare.CompareWith;
import dev.skyloom.app.document.Alignment;
import dev.skyloom.app.document.ConnectionRules;
import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.document.EstateImport;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.app.export.ExportMenu;
import dev.skyloom.app.export.FxExportFeedback;
import dev.skyloom.app.inspector.DataClassesDialog;
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
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.PriceAge;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.text.Counted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
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
 * (centre), inspector (right) and status bar, all bound to one {@link DocumentViewModel}.
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
    private boolean syncingSelection;
    private final StatusBar status = new StatusBar();
    private final Label catalogState = new Label("Loading catalog…");
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty();
    private final SimpleBooleanProperty minimapOpen = new SimpleBooleanProperty(true);
    private final PauseTransition autosave = new PauseTransition(AUTOSAVE_DELAY);
    private final Menu recentMenu = new Menu("Open Recent");
    private final ContextMenu contextMenu = new ContextMenu();
    private Settings settings;
    private Catalog catalog;
    // issue 6: live analysis panels, what-if, exports and presentation (wired in AnalysisPanels)
    private final AnalysisPanels analysis;
    private PresentationMode presentation;
    // issue 18: compare with another design or a git revision (dev.skyloom.app.compare)
    private final CompareMode compare;

    public MainWindow(Stage stage, Services services, Design initial, Optional<Path> file) {
        this(stage, services, initial, file, themed(services.settings().load()));
    }

    /**
     * Sets the AtlantaFX user-agent stylesheet before the fields below create the first control: a
     * control created earlier would load and parse JavaFX's own Modena stylesheet, only to replace it.
     */
    private static Settings themed(Settings settings) {
        String css = themeStylesheet(settings.dark());
        if (!css.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(css);
        }
        return settings;
    }

    private static String themeStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    private MainWindow(Stage stage, Services services, Design initial, Optional<Path> file, Settings settings) {
        this.stage = stage;
        this.services = services;
        this.settings = settings;
        this.vm = new DocumentViewModel(
                initial, services.io(), services.dialogs(), services.chooser(), services.tasks(), services.recovery());
        vm.replace(initial, file, false);
        settings.recentFiles().stream().map(Path::of).forEach(vm.recentFiles()::add);
        wireCanvas();
        this.analysis = new AnalysisPanels(
                vm,
                board,
                services.tasks(),
                services.dialogs(),
                services.chooser(),
                new FxExportFeedback(stage, services.dialogs()),
                dev.skyloom.app.analysis.AnalysisService.DEFAULT_DEBOUNCE);
        // after the analysis's own listener: an edit starts checking on the worker first, then the canvas
        // rebuilds its diagram on the FX thread while the worker runs
        vm.designProperty().addListener((o, a, d) -> board.setDesign(d));
        // an opened file is shown whole, whatever the zoom of the design before it
        vm.replacementsProperty().addListener((o, a, b) -> board.fitOnNextLayout());
        // the status bar says how old the prices the design uses are; past 90 days, quietly where to look
        analysis.analysis().currentProperty().addListener((o, a, b) -> showPriceAge(b));
        analysis.exports().setPictureScale(settings.pictureScale());
        analysis.restoreDrawerDividers(settings.drawerDividers());
        analysis.exports().setPictureMark(settings.pictureMark());
        board.setPriceOf(this::monthlyPrice);
        this.palette = new PaletteView(vm);
        this.inspector = new InspectorView(vm, this::editDataClasses);
        inspector.setOnLeave(board::requestFocus);
        this.compare =
                new CompareMode(vm, board, analysis, inspector, services.tasks(), services.dialogs(), this::catalog);
        // issue 19: clouds against identity federation, telemetry and audit logging (dev.skyloom.app.governance)
        dev.skyloom.app.governance.GovernancePanel.addTo(analysis.tabs(), vm);
        bindActions();
        // a first start on a small screen (a 1366×768 laptop) gets a window that fits it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (!Double.isFinite(settings.x())) {
            this.settings = settings = new Settings(
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
        restoreGeometry();
        dark.set(settings.dark());
        board.setTheme(dark.get() ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        dark.addListener((o, a, b) -> applyTheme());
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
            rebuildRecent();
            saveSettings();
        });
        rebuildRecent();
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

    private void showPriceAge(dev.skyloom.app.analysis.Analysis a) {
        if (a == null || catalog == null) {
            return;
        }
        PriceAge age = PriceAge.of(catalog.snapshotDate(), a.cost(), java.time.LocalDate.now());
        catalogState.setText(age.summary() + (age.isStale() ? " ⚠" : ""));
        catalogState.setTooltip(new javafx.scene.control.Tooltip(
                age.warning().orElse("Catalog snapshot and the date of the oldest catalog price this design uses")));
        catalogState.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), age.isStale());
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
                            catalogState.setText("Catalog " + c.snapshotDate());
                        },
                        e -> {
                            catalogState.setText("Catalog unavailable");
                            services.dialogs()
                                    .showError("Catalog", "The bundled catalog could not be loaded: " + e.getMessage());
                        });
    }

    // ---- layout ---------------------------------------------------------------------------------

    private BorderPane layout() {
        ActionControls controls = new ActionControls(actions);
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
        board.snapProperty().set(settings.snapToGrid());
        snapItem.selectedProperty().bindBidirectional(board.snapProperty());
        snapItem.setOnAction(null);
        board.snapProperty().addListener((o, a, b) -> saveSettings());
        CheckMenuItem markItem = new CheckMenuItem("Skyloom Mark on Pictures");
        markItem.setId("picture-mark");
        markItem.setSelected(analysis.exports().pictureMark());
        markItem.selectedProperty().addListener((o, a, on) -> {
            analysis.exports().setPictureMark(on);
            saveSettings();
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

        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        dev.skyloom.app.canvas.Minimap overview = board.createMinimap();
        minimapOpen.set(settings.minimapOpen());
        overview.expandedProperty().bindBidirectional(minimapOpen);
        minimapOpen.addListener((o, a, b) -> saveSettings());
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

        status.setId("status-bar");
        status.textProperty().bind(vm.statusProperty());
        Label dirty = new Label();
        dirty.textProperty()
                .bind(Bindings.when(vm.dirtyProperty()).then("Unsaved changes").otherwise("Saved"));
        Label counts = new Label();
        counts.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counted.of(vm.design().components().size(), "component") + " · "
                                + Counted.of(vm.design().connections().size(), "connection"),
                        vm.designProperty()));
        status.getRightItems().addAll(analysis.statusItems());
        status.getRightItems().add(new Separator(Orientation.VERTICAL));
        status.getRightItems()
                .addAll(
                        counts,
                        new Separator(Orientation.VERTICAL),
                        dirty,
                        new Separator(Orientation.VERTICAL),
                        catalogState);

        VBox top = new VBox(menus, tools);
        BorderPane root = new BorderPane(split, top, null, status, null);
        root.setId("main-root");
        VBox.setVgrow(split, Priority.ALWAYS);
        installContextMenu(controls);
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

    private void installContextMenu(ActionControls controls) {
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

    /** The canvas shows the view-model's design and shares its selection; its gestures become edits. */
    private void wireCanvas() {
        board.setId("canvas");
        board.setDesign(vm.design());
        board.getSelection()
                .addListener((SetChangeListener<String>) c -> copySelection(board.getSelection(), vm.selection()));
        vm.selection()
                .addListener((SetChangeListener<String>) c -> copySelection(vm.selection(), board.getSelection()));
        board.setIntents(new CanvasIntents() {
            @Override
            public void move(Set<String> ids, double dx, double dy) {
                Set<String> notes = vm.annotationIds(ids);
                if (!notes.isEmpty()) {
                    vm.moveAnnotations(notes, dx, dy);
                }
                Design d = vm.design();
                Map<String, Bounds> changed = new LinkedHashMap<>();
                // on half units, as the file stores them: saving then changes nothing the user did not move
                DiagramLayout.moved(d, ids, dx, dy).forEach((id, moved) -> {
                    Bounds b = moved.onHalfUnits();
                    if (!b.equals(d.layout().get(id))) {
                        changed.put(id, b);
                    }
                });
                if (!changed.isEmpty()) {
                    vm.apply(new Edit.Move(changed));
                }
            }

            @Override
            public void moveInto(
                    Set<String> ids, Optional<String> container, double dx, double dy, double sceneX, double sceneY) {
                MainWindow.this.moveInto(ids, container, dx, dy, sceneX, sceneY);
            }

            @Override
            public void resize(String id, Bounds bounds) {
                if (vm.design().annotation(id).isPresent()) {
                    vm.resizeAnnotation(id, bounds);
                    return;
                }
                vm.apply(new Edit.Resize(id, bounds.onHalfUnits()));
            }

            @Override
            public void connect(String fromId, String toId, double sceneX, double sceneY) {
                MainWindow.this.connect(fromId, toId, sceneX, sceneY);
            }

            @Override
            public void rename(String id, String newName) {
                vm.rename(id, newName);
            }

            @Override
            public void delete(Set<String> ids) {
                vm.selection().clear();
                vm.selection().addAll(ids);
                vm.deleteSelection();
            }

            @Override
            public void contextMenu(String idOrNull, double screenX, double screenY) {
                if (idOrNull != null && !vm.selection().contains(idOrNull)) {
                    vm.select(idOrNull, false);
                }
                contextMenu.show(board, screenX, screenY);
            }
        });
    }

    private void copySelection(Set<String> from, Set<String> to) {
        if (syncingSelection || from.equals(to)) {
            return;
        }
        syncingSelection = true;
        try {
            to.retainAll(from);
            to.addAll(from);
        } finally {
            syncingSelection = false;
        }
    }

    private void bindActions() {
        BooleanExpression selected = vm.hasSelectionProperty();
        actions.on(AppAction.NEW, vm::newDocument)
                .on(AppAction.OPEN, vm::open)
                .on(
                        AppAction.IMPORT_TERRAFORM,
                        new EstateImport(vm, services.dialogs(), services.chooser(), services.tasks(), this::catalog)
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
                    if (close()) {
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
                .on(AppAction.ARRANGE, () -> vm.arrange(catalog()))
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
                .on(AppAction.PRESENTATION, () -> presentation.toggle())
                .on(AppAction.SHORTCUTS, this::showShortcuts)
                .on(AppAction.ABOUT, () -> services.dialogs()
                        .showInfo(
                                "About Skyloom",
                                "Skyloom — a designer for multi-cloud AI infrastructure.\n"
                                        + catalog()
                                                .map(c -> "Catalog snapshot of " + c.snapshotDate())
                                                .orElse("Catalog not loaded yet")));
    }

    // ---- commands -------------------------------------------------------------------------------

    /** Validates a connection asked for by the canvas; pipeline → storage asks "reads or writes" in a popup. */
    public void connect(String from, String to, double sceneX, double sceneY) {
        ConnectionRules.Plan plan = ConnectionRules.plan(vm.design(), from, to);
        if (plan instanceof ConnectionRules.Refused r) {
            board.showMessageAt(sceneX, sceneY, r.reason());
            vm.setStatus("Refused: " + r.reason());
            return;
        }
        List<ConnectionType> types = ((ConnectionRules.Options) plan).types();
        if (types.size() == 1) {
            vm.connect(from, to, types.get(0));
            return;
        }
        ContextMenu choose = new ContextMenu();
        choose.setId("connect-choice");
        for (ConnectionType t : types) {
            MenuItem item = new MenuItem(t.json());
            item.setId("connect-" + t.json());
            item.setOnAction(e -> vm.connect(from, to, t));
            choose.getItems().add(item);
        }
        javafx.geometry.Point2D screen = board.getScene().getRoot().localToScreen(sceneX, sceneY);
        choose.show(board, screen.getX(), screen.getY());
    }

    /**
     * Pools or storage dragged onto another region: moved there as one edit, or refused with the palette's
     * reason at the pointer (the cards stay where they were; their old region does not stretch).
     */
    public void moveInto(
            Set<String> ids, Optional<String> container, double dx, double dy, double sceneX, double sceneY) {
        if (catalog == null) {
            board.showMessageAt(sceneX, sceneY, "The catalog is still loading");
            return;
        }
        dev.skyloom.app.palette.DropResult r =
                new dev.skyloom.app.palette.DropRules(catalog).moveInto(vm.design(), ids, container, dx, dy);
        if (r instanceof dev.skyloom.app.palette.DropResult.Accepted a) {
            vm.apply(a.edit());
        } else {
            String reason = ((dev.skyloom.app.palette.DropResult.Refused) r).reason();
            board.showMessageAt(sceneX, sceneY, reason);
            vm.setStatus("Refused: " + reason);
        }
    }

    /** The priced monthly cost lines of a component, summed, as the last analysis has them. */
    private Optional<String> monthlyPrice(String id) {
        dev.skyloom.app.analysis.Analysis a = analysis.analysis().current();
        if (a == null) {
            return Optional.empty();
        }
        java.math.BigDecimal sum = null;
        for (dev.skyloom.model.cost.CostLine l : a.cost().lines()) {
            if (l.id().equals(id) && l.monthly().isPresent()) {
                sum = sum == null ? l.monthly().get() : sum.add(l.monthly().get());
            }
        }
        return Optional.ofNullable(sum)
                .map(m ->
                        dev.skyloom.app.cost.CostPanel.money(m) + " " + a.cost().currency() + " a month");
    }

    /** Aligns or distributes the selection as one undoable edit; says why when it cannot. */
    public void align(Alignment how) {
        Optional<dev.skyloom.model.edit.Edit> edit = how.apply(vm.design(), Set.copyOf(vm.selection()));
        if (edit.isPresent()) {
            vm.apply(edit.get());
        } else {
            vm.setStatus(how.label() + ": select at least " + Counted.of(how.minimum(), "component")
                    + " that are not already in line");
        }
    }

    private void editDataClasses() {
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
    public static List<DialogService.Entry> shortcutEntries() {
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

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : new ArrayList<>(vm.recentFiles())) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setOnAction(e -> vm.openRecent(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Asks about unsaved changes, then saves settings and removes the recovery copy. False = stay open. */
    public boolean close() {
        if (!vm.confirmDiscard()) {
            return false;
        }
        autosave.stop();
        vm.clearRecovery();
        saveSettings();
        return true;
    }

    /** A new note or zone in the middle of the view. */
    private void addAnnotation(dev.skyloom.model.Annotation.Kind kind) {
        dev.skyloom.export.diagram.Rect view = board.viewportProperty().get().world();
        double[] size = kind.defaultSize();
        vm.addAnnotation(kind, view.centerX() - size[0] / 2, view.centerY() - size[1] / 2);
    }

    private void applyTheme() {
        board.setTheme(dark.get() ? CanvasTheme.DARK : CanvasTheme.LIGHT);
        Application.setUserAgentStylesheet(themeStylesheet(dark.get()));
        saveSettings();
    }

    private void restoreGeometry() {
        if (Double.isFinite(settings.x()) && Double.isFinite(settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        if (!settings.maximized()) {
            new WindowPlacement(stage, settings.x(), settings.y(), settings.width(), settings.height()).hold();
        }
    }

    private void saveSettings() {
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
        services.settings().save(settings);
    }

    /** The selected component, when exactly one is selected. */
    public Optional<Component> selectedComponent() {
        return vm.selection().size() == 1
                ? vm.design().component(vm.selection().iterator().next())
                : Optional.empty();
    }
}
