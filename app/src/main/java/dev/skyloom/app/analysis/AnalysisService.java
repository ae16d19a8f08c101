package dev.skyloom.app.analysis;

import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.CheckSession;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.cost.CostEngine;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * Live analysis: after every edit (debounced) the design is checked ({@link CheckSession}, the same
 * results as {@code Checks.runAll}) and priced ({@link CostEngine}) off the UI thread through the {@link
 * TaskExecutor}. One analysis runs at a time; edits made meanwhile are coalesced into one follow-up run,
 * and a result is applied only if no newer design was asked for since. The debounce is leading-edge: an
 * edit after a quiet spell (no edit within the debounce) is analysed at once, and only the edits that
 * follow it within the debounce wait for a pause; so a single edit is not delayed, and a burst of typing
 * costs at most one run at its start and one after it (a trailing-only debounce ran once per burst but
 * added its whole length to every single edit). Everything exposed is read-only
 * and changes on the UI thread.
 */
public final class AnalysisService {
    /** The debounce the designer uses: long enough to coalesce a burst of typing, short enough to feel live. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.millis(60);

    private final TaskExecutor tasks;
    private final Duration debounce;
    private final LongSupplier clock;
    private long lastUpdate = Long.MIN_VALUE;
    private PauseTransition pause;
    private Catalog catalog;
    private CheckSession session;
    private CostEngine engine;

    private Design wantedDesign;
    private long requested;
    private long lastFailed = -1;
    private boolean running;

    private final ReadOnlyObjectWrapper<Analysis> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyLongWrapper errors = new ReadOnlyLongWrapper(this, "errors");
    private final ReadOnlyLongWrapper warnings = new ReadOnlyLongWrapper(this, "warnings");
    private final ReadOnlyLongWrapper infos = new ReadOnlyLongWrapper(this, "infos");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    /** @param debounce the quiet time after an edit before analysing; {@link Duration#ZERO} analyses at once */
    public AnalysisService(TaskExecutor tasks, Duration debounce) {
        this(tasks, debounce, System::nanoTime);
    }

    /** With a clock in nanoseconds (tests). */
    AnalysisService(TaskExecutor tasks, Duration debounce, LongSupplier clock) {
        this.tasks = tasks;
        this.debounce = debounce;
        this.clock = clock;
    }

    /** Follows a design: every new value is analysed. */
    public void follow(ObservableValue<Design> design) {
        design.addListener((o, a, d) -> update(d));
        update(design.getValue());
    }

    /** The catalog arrived (or changed): analyses run from now on. */
    public void setCatalog(Catalog catalog) {
        this.catalog = catalog;
        this.session = new CheckSession(catalog);
        this.engine = new CostEngine(catalog);
        lastFailed = -1;
        start();
    }

    public Optional<Catalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    /**
     * The design changed: analyse it at once if no other edit came within the debounce (or the debounce is
     * zero), otherwise after the debounce has passed without a further edit.
     */
    public void update(Design design) {
        if (design == null) {
            return;
        }
        wantedDesign = design;
        requested++;
        busy.set(true);
        long now = clock.getAsLong();
        boolean quiet = lastUpdate == Long.MIN_VALUE || now - lastUpdate >= debounce.toMillis() * 1_000_000;
        lastUpdate = now;
        if (debounce.lessThanOrEqualTo(Duration.ZERO) || (quiet && !running)) {
            if (pause != null) {
                pause.stop();
            }
            start();
            return;
        }
        if (pause == null) {
            pause = new PauseTransition(debounce);
            pause.setOnFinished(e -> start());
        }
        pause.playFromStart();
    }

    private void start() {
        if (running || catalog == null || wantedDesign == null) {
            return;
        }
        long revision = requested;
        Analysis shown = current.get();
        if ((shown != null && shown.revision() == revision) || lastFailed == revision) {
            busy.set(false);
            return;
        }
        running = true;
        Design design = wantedDesign;
        CheckSession s = session;
        CostEngine e = engine;
        tasks.submit(
                () -> analyse(s, e, design, revision),
                a -> {
                    running = false;
                    if (a.revision() == requested && s == session) {
                        publish(a);
                    }
                    start();
                },
                ex -> {
                    running = false;
                    lastFailed = revision;
                    failure.set("Analysis failed: " + ex.getMessage());
                    start();
                });
    }

    /** Checks and prices one design (any thread; the session and engine must not be shared concurrently). */
    public static Analysis analyse(CheckSession session, CostEngine engine, Design design, long revision) {
        long t0 = System.nanoTime();
        var found = session.check(design);
        var graph = session.graphOf(design);
        var cost = engine.price(graph);
        return new Analysis(revision, design, graph, found, cost, (System.nanoTime() - t0) / 1e6);
    }

    private void publish(Analysis a) {
        failure.set("");
        // an edit that changes no finding (most property edits) leaves the list, and the table sorting and
        // filtering it, alone
        if (!findings.equals(a.findings())) {
            findings.setAll(a.findings());
        }
        errors.set(a.count(Severity.ERROR));
        warnings.set(a.count(Severity.WARNING));
        infos.set(a.count(Severity.INFO));
        current.set(a);
        busy.set(false);
    }

    /** The latest applied analysis (null until the catalog is loaded). */
    public ReadOnlyObjectProperty<Analysis> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Analysis current() {
        return current.get();
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ReadOnlyLongProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty infosProperty() {
        return infos.getReadOnlyProperty();
    }

    /** True from an edit until its analysis is shown. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last analysis failed, or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
