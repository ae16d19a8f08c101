package dev.skyloom.app.presentation;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.AnalysisService;
import dev.skyloom.app.canvas.CanvasBadge;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.cost.CostPanel;
import dev.skyloom.app.cost.PoolPricingView;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.export.ExportController;
import dev.skyloom.app.export.ExportFeedback;
import dev.skyloom.app.latency.ReachViews;
import dev.skyloom.app.problems.FindingViews;
import dev.skyloom.app.problems.ProblemsPanel;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.app.whatif.WhatIfPanel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * The live-analysis side of the window: the problems, cost and what-if panels under the canvas, the
 * findings' badges and highlights on the canvas, the status-bar counts, the canvas context-menu entry for
 * what-if and the exports. The window creates one and places its nodes; everything else is wired here.
 */
public final class AnalysisPanels {
    /** Where the canvas ends and the open panels begin, as a fraction of the height. */
    static final double PANEL_DIVIDER = 0.72;
    /** Closed, only the tab headers show under the canvas (their minimum height). */
    static final double CLOSED_DIVIDER = 1.0;
    /** Taller than this, the drawer shows more than its tab headers. */
    private static final double OPEN_HEIGHT = 60;

    private final DocumentViewModel vm;
    private final DesignCanvas board;
    private final TaskExecutor tasks;
    private final AnalysisService analysis;
    /** Badge texts kept from the previous analysis: most findings survive an edit unchanged. */
    private final dev.skyloom.app.problems.FindingTexts badgeTexts = new dev.skyloom.app.problems.FindingTexts();

    private final ProblemsPanel problems;
    private final CostPanel cost;
    private final PoolPricingView pool;
    private final WhatIfModel whatIf;
    private final WhatIfPanel whatIfPanel;
    private final ExportController exports;
    private final TabPane tabs = new TabPane();
    private final Tab problemsTab = new Tab("Problems");
    private final Tab costTab = new Tab("Cost");
    private final Tab whatIfTab = new Tab("What-if");
    // issue 17: latency and reach (the Latency tab and the Map view)
    private final ReachViews reach;
    private final Tab latencyTab = new Tab("Latency");
    private final ObservableList<String> highlighted = FXCollections.observableArrayList();
    private final MenuItem failItem = new MenuItem("What-if: fail this region");
    private final SplitPane split = new SplitPane();
    private final ObservableList<String> whatIfFailed = FXCollections.observableArrayList();
    private final ObservableList<String> whatIfDown = FXCollections.observableArrayList();
    private Catalog catalog;
    private boolean shiftHeld;
    /** The drawer's divider position for each tab, as the user last left it open. */
    private final Map<Tab, Double> openDivider = new java.util.HashMap<>();

    private boolean placingDivider;

    /** The latest badges asked for (a result for an older analysis is dropped). */
    private long badgesAsked;
    /** The analysis whose badges are being made, if any. */
    private Analysis badgesPending;
    /** The analysis {@link #lastBadges} were made for, and those badges. */
    private Analysis badgesOf;

    private Map<String, dev.skyloom.app.canvas.CanvasBadge> lastBadges = Map.of();

    public AnalysisPanels(
            DocumentViewModel vm,
            DesignCanvas board,
            TaskExecutor tasks,
            DialogService dialogs,
            FileChooserService chooser,
            ExportFeedback feedback,
            Duration debounce) {
        this.vm = vm;
        this.board = board;
        this.tasks = tasks;
        this.analysis = new AnalysisService(tasks, debounce);
        this.problems = new ProblemsPanel(analysis.findings());
        this.pool = new PoolPricingView(vm, tasks, () -> Optional.ofNullable(catalog));
        this.cost = new CostPanel(analysis.currentProperty(), pool);
        this.whatIf = new WhatIfModel(tasks, vm::design, () -> Optional.ofNullable(catalog));
        this.whatIfPanel = new WhatIfPanel(whatIf, vm.design().currency());
        this.exports = new ExportController(
                dialogs, chooser, tasks, feedback, vm::design, () -> Optional.ofNullable(catalog), vm::setStatus);
        this.reach = new ReachViews(
                vm, board, tasks, analysis.currentProperty(), whatIf, () -> Optional.ofNullable(catalog));
        analysis.follow(vm.designProperty());
        vm.designProperty().addListener((o, a, d) -> whatIf.designChanged());
        analysis.currentProperty().addListener((o, a, b) -> showBadges());
        problems.setOnSelect(this::showFinding);
        problems.setNames(id -> vm.design().component(id).map(Component::label).orElse(id));
        vm.designProperty().addListener((o, a, d) -> problems.table().refresh());
        whatIf.resultProperty().addListener((o, a, r) -> showOutage(r));
        whatIf.activeProperty().addListener((o, a, on) -> {
            if (on) {
                tabs.getSelectionModel().select(whatIfTab);
                showPanels(true);
            } else {
                showOutage(Optional.empty());
            }
        });
        problemsTab
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Problems (" + analysis.findings().size() + ")", analysis.findings()));
        for (Tab t : List.of(problemsTab, costTab, whatIfTab, latencyTab)) {
            t.setClosable(false);
        }
        problemsTab.setId("tab-problems");
        costTab.setId("tab-cost");
        whatIfTab.setId("tab-whatif");
        latencyTab.setId("tab-latency");
        reach.state().computeWhile(latencyTab.selectedProperty().or(reach.map().visibleProperty()));
        tabs.setId("analysis-tabs");
        tabs.setMinHeight(34); // closed, the tab headers stay visible as the drawer's handle
        tabs.setOnMouseClicked(e -> {
            if (!panelsOpen()) {
                showPanels(true);
            }
        });
        tabs.getTabs().addAll(problemsTab, costTab, whatIfTab, latencyTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showPanels(true));
        // the drawer opened by dragging its divider: the selected tab needs its panel now
        tabs.heightProperty().addListener((o, a, h) -> {
            if (h.doubleValue() > OPEN_HEIGHT) {
                fillSelectedTab();
            }
        });
        failItem.setId("context-whatif-fail");
        failItem.setOnAction(e -> {
            failSelected(shiftHeld);
            shiftHeld = false;
        });
    }

    /** The catalog arrived: analyses, pricing comparisons and what-if can run. */
    public void setCatalog(Catalog catalog) {
        this.catalog = catalog;
        analysis.setCatalog(catalog);
        pool.refresh();
        whatIf.designChanged();
        reach.refresh();
    }

    /** The canvas above the panels, in a vertical split. */
    public SplitPane wrap(Node centre) {
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().setAll(centre, tabs);
        split.setDividerPositions(CLOSED_DIVIDER);
        SplitPane.setResizableWithParent(tabs, false);
        split.setId("analysis-split");
        // the height the user gives the drawer is kept for the tab shown, and restored when it is shown again
        // (presentation mode takes the canvas out and puts it back, which makes a new divider)
        split.getDividers().forEach(this::rememberHeights);
        split.getDividers().addListener((javafx.collections.ListChangeListener<SplitPane.Divider>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::rememberHeights);
            }
        });
        return split;
    }

    /** Opens (or closes) the panels under the canvas; closed, only their tab headers show. */
    public void showPanels(boolean open) {
        if (open) {
            fillSelectedTab();
        }
        if (split.getItems().size() == 2) {
            placingDivider = true;
            try {
                split.setDividerPositions(
                        open
                                ? openDivider.getOrDefault(
                                        tabs.getSelectionModel().getSelectedItem(), PANEL_DIVIDER)
                                : CLOSED_DIVIDER);
            } finally {
                placingDivider = false;
            }
        }
    }

    private void rememberHeights(SplitPane.Divider divider) {
        divider.positionProperty().addListener((o, a, p) -> {
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            if (!placingDivider && p.doubleValue() < 0.95 && tab != null && tabs.getHeight() > OPEN_HEIGHT) {
                openDivider.put(tab, p.doubleValue());
            }
        });
    }

    /** The drawer's height for each tab the user sized, by tab key ("problems", "cost", "whatif"), to save. */
    public Map<String, Double> drawerDividers() {
        Map<String, Double> out = new java.util.TreeMap<>();
        openDivider.forEach((tab, p) -> out.put(tabKey(tab), p));
        return out;
    }

    /** Restores the heights of an earlier run (unknown keys are ignored). */
    public void restoreDrawerDividers(Map<String, Double> dividers) {
        for (Tab t : List.of(problemsTab, costTab, whatIfTab)) {
            Double p = dividers.get(tabKey(t));
            if (p != null) {
                openDivider.put(t, p);
            }
        }
    }

    private static String tabKey(Tab tab) {
        return tab.getId().substring("tab-".length());
    }

    /** The drawer's divider position for a tab (where it opens). */
    public double dividerFor(Tab tab) {
        return openDivider.getOrDefault(tab, PANEL_DIVIDER);
    }

    public boolean panelsOpen() {
        return split.getDividers().size() == 1
                && split.getDividers().get(0).getPosition() < 0.95
                && tabs.getHeight() > OPEN_HEIGHT;
    }

    /**
     * Puts the selected tab's panel into the scene the first time it can be seen. The panels exist (and
     * follow the analysis) from the start, but while the drawer is closed they stay out of the scene graph,
     * so the first window's style and layout passes need not cover their tables, charts and lists.
     */
    private void fillSelectedTab() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null && t.getContent() == null) {
            t.setContent(
                    t == problemsTab ? problems : t == costTab ? cost : t == latencyTab ? reach.panel() : whatIfPanel);
        }
    }

    /** Opens the panels when closed, closes them when open. */
    public void togglePanels() {
        showPanels(!panelsOpen());
    }

    /** The canvas the panels annotate (presentation mode fits it). */
    DesignCanvas board() {
        return board;
    }

    SplitPane split() {
        return split;
    }

    /** Findings counts and the monthly cost, for the status bar. */
    public List<Node> statusItems() {
        Label errors = new Label();
        errors.setId("status-errors");
        errors.setGraphic(ProblemsPanel.icon(Severity.ERROR));
        errors.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counted.of(analysis.errorsProperty().get(), "error"), analysis.errorsProperty()));
        Label warnings = new Label();
        warnings.setId("status-warnings");
        warnings.setGraphic(ProblemsPanel.icon(Severity.WARNING));
        warnings.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counted.of(analysis.warningsProperty().get(), "warning"), analysis.warningsProperty()));
        Label money = new Label();
        money.setId("status-cost");
        money.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            Analysis a = analysis.current();
                            if (a == null) {
                                return "Cost: …";
                            }
                            return (a.cost().total().isUnpriced() ? "Cost: " : "")
                                    + a.cost()
                                            .total()
                                            .text(m -> CostPanel.money(m) + " "
                                                    + a.cost().currency() + "/month"
                                                    + (a.cost().hasEstimates() ? " ~" : ""));
                        },
                        analysis.currentProperty()));
        // An analysis that failed (out of memory on a huge design) says so here; the designer stays usable.
        Label failed = new Label();
        failed.setId("status-analysis-failure");
        failed.setGraphic(ProblemsPanel.icon(Severity.ERROR));
        failed.textProperty().bind(analysis.failureProperty());
        failed.visibleProperty().bind(analysis.failureProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());
        errors.setOnMouseClicked(e -> showProblems("error"));
        warnings.setOnMouseClicked(e -> showProblems("warning"));
        money.setOnMouseClicked(e -> {
            tabs.getSelectionModel().select(costTab);
            showPanels(true);
        });
        return List.of(
                failed,
                errors,
                new Separator(Orientation.VERTICAL),
                warnings,
                new Separator(Orientation.VERTICAL),
                money);
    }

    /** Context-menu entries for the canvas (what-if on the clicked region or provider). */
    public List<MenuItem> contextItems() {
        return List.of(failItem);
    }

    /** Updates the context-menu entries for the current selection; call when the menu shows. */
    public void prepareContextMenu() {
        Optional<Component> target = outageTarget();
        failItem.setVisible(target.isPresent());
        target.ifPresent(
                t -> failItem.setText((whatIf.failed().contains(t.id()) ? "What-if: restore " : "What-if: fail ")
                        + (t instanceof Component.Provider ? "provider " : "region ")
                        + t.label()
                        + (!whatIf.failed().contains(t.id()) && !whatIf.failed().isEmpty()
                                ? " instead (Shift: as well)"
                                : "")));
    }

    /** The selected region or provider, or the region of the selected component. */
    private Optional<Component> outageTarget() {
        if (vm.selection().size() != 1) {
            return Optional.empty();
        }
        Design d = vm.design();
        Optional<Component> c = d.component(vm.selection().iterator().next());
        while (c.isPresent() && !(c.get() instanceof Component.Region || c.get() instanceof Component.Provider)) {
            c = c.get().parent().flatMap(d::component);
        }
        return c;
    }

    /**
     * The context menu's what-if: failing a region or provider replaces the failures simulated so far (one
     * right-click, one failure); with Shift held it adds to them. Restoring a failed one removes only it.
     */
    void failSelected(boolean add) {
        outageTarget().ifPresent(t -> {
            whatIf.activeProperty().set(true);
            boolean failed = whatIf.failed().contains(t.id());
            if (!failed && !add) {
                whatIf.failed().retainAll(Set.of(t.id()));
            }
            whatIf.setFailed(t.id(), !failed);
        });
    }

    /** Lets the what-if entry of {@code menu} see whether Shift was held when it was chosen. */
    public void trackShift(javafx.scene.control.ContextMenu menu) {
        menu.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> shiftHeld = e.isShiftDown());
        menu.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> shiftHeld = e.isShiftDown());
    }

    /** Enters what-if mode failing these targets (component ids, provider ids such as {@code aws}, region codes). */
    public void whatIf(List<String> targets) {
        showPanels(true);
        whatIf.activeProperty().set(true);
        targets.forEach(t -> whatIf.setFailed(t, true));
    }

    /**
     * Opens the drawer on a tab: {@code cost}, {@code problems}, {@code what-if} or {@code latency}; {@code map}
     * opens the Latency tab and shows the Map view (for the screenshot options).
     */
    public void showTab(String name) {
        if (name.equals("latency") || name.equals("map")) {
            reach.showMap(name.equals("map"));
            tabs.getSelectionModel().select(latencyTab);
            showPanels(true);
            return;
        }
        tabs.getSelectionModel()
                .select(name.equals("cost") ? costTab : name.equals("what-if") ? whatIfTab : problemsTab);
        showPanels(true);
    }

    /** Selects the first finding with this code or check (for the screenshot options). */
    public boolean selectFinding(String codeOrCheck) {
        tabs.getSelectionModel().select(problemsTab);
        showPanels(true);
        return problems.selectFirst(codeOrCheck);
    }

    private void showProblems(String severity) {
        tabs.getSelectionModel().select(problemsTab);
        showPanels(true);
        problems.showSeverity(severity);
    }

    private void showFinding(Optional<Finding> finding) {
        if (finding.isEmpty()) {
            highlighted.clear();
            board.setHighlight(List.of());
            return;
        }
        Design d = vm.design();
        List<String> path = FindingViews.highlight(d, finding.get());
        highlighted.setAll(path);
        board.setHighlight(path);
        List<String> components = new ArrayList<>();
        for (String id : finding.get().subjects()) {
            if (d.component(id).isPresent()) {
                components.add(id);
            }
        }
        if (!components.isEmpty()) {
            vm.selection().retainAll(components);
            vm.selection().addAll(components);
            board.reveal(components.get(0));
        }
    }

    private void showBadges() {
        Analysis a = analysis.current();
        if (a == null) {
            badgesAsked++;
            badgesPending = null;
            badgesOf = null;
            lastBadges = Map.of();
            if (!whatIf.activeProperty().get()) {
                board.setBadges(Map.of());
            }
            return;
        }
        if (a == badgesOf) {
            // leaving what-if: the badges of the analysis shown, at once rather than after the worker
            if (!whatIf.activeProperty().get()) {
                board.setBadges(lastBadges);
            }
            return;
        }
        if (a == badgesPending) {
            return; // on their way; applied when they come unless what-if is on
        }
        long ticket = ++badgesAsked;
        badgesPending = a;
        // on the worker: at 5,000 components 1,700 findings name 24,000 subjects, and their badges were half
        // of the FX thread's work after each analysis; the panels show at once, the badges a moment later.
        // Made in what-if too (not shown then), so that leaving it shows them at once.
        tasks.submit(
                () -> {
                    synchronized (badgeTexts) {
                        return FindingViews.badges(a.design(), a.findings(), badgeTexts);
                    }
                },
                badges -> {
                    if (ticket == badgesAsked) {
                        badgesPending = null;
                        badgesOf = a;
                        lastBadges = badges;
                        if (!whatIf.activeProperty().get()) {
                            board.setBadges(badges);
                        }
                    }
                },
                failed -> {
                    if (ticket == badgesAsked) {
                        badgesPending = null;
                    }
                    vm.setStatus("Problem badges not shown: " + failed.getMessage());
                });
    }

    private void showOutage(Optional<OutageResult> result) {
        if (result.isEmpty()) {
            board.setDimmed(Set.of());
            if (!highlighted.isEmpty() && problems.table().getSelectionModel().isEmpty()) {
                highlighted.clear();
            }
            board.setHighlight(List.copyOf(highlighted));
            whatIfFailed.clear();
            whatIfDown.clear();
            showBadges();
            return;
        }
        OutageResult r = result.get();
        Set<String> dim = new LinkedHashSet<>(r.failedRegions());
        dim.addAll(r.lostComponents());
        board.setDimmed(dim);
        Map<String, CanvasBadge> badges = new LinkedHashMap<>();
        for (OutageResult.DownPipeline p : r.pipelinesDown()) {
            badges.put(
                    p.id(), new CanvasBadge(CanvasBadge.Level.ERROR, List.of("Down in this what-if: " + p.reason())));
        }
        board.setBadges(badges);
        board.setHighlight(r.downIds());
        whatIfFailed.setAll(dim);
        whatIfDown.setAll(r.downIds());
    }

    public DocumentViewModel viewModel() {
        return vm;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public ProblemsPanel problems() {
        return problems;
    }

    public CostPanel cost() {
        return cost;
    }

    public PoolPricingView pool() {
        return pool;
    }

    public WhatIfModel whatIfModel() {
        return whatIf;
    }

    public WhatIfPanel whatIfPanel() {
        return whatIfPanel;
    }

    public ExportController exports() {
        return exports;
    }

    /** The Map view, its switch and the Latency panel. */
    public ReachViews reach() {
        return reach;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** What the canvas highlights for the selected finding (components and connections, in order). */
    public List<String> highlighted() {
        return List.copyOf(highlighted);
    }

    /** What the canvas shows greyed out in what-if mode (empty outside it). */
    public List<String> dimmed() {
        return List.copyOf(whatIfFailed);
    }

    /** The pipelines marked as down in what-if mode (empty outside it). */
    public List<String> markedDown() {
        return List.copyOf(whatIfDown);
    }
}
