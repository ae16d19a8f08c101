package dev.skyloom.app.latency;

import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.app.service.WhileShown;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.export.map.ReachMap;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageSimulation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Who serves each population of the analysed design, now and under the what-if failure, computed off the
 * UI thread after each analysis and each what-if change with the latency check's own {@link ReachAnalysis}
 * (so the Map view, the Latency panel and the findings agree). A result is kept only if nothing newer was
 * asked for meanwhile.
 */
public final class ReachState {
    /**
     * One computed state.
     *
     * @param afterFailure who serves whom under the what-if failure (empty outside what-if)
     * @param failure the what-if's failed regions and providers as the user named them (empty outside)
     * @param coverage the {@code reach.coverage} finding of the same analysis (coverage now and under the
     *     worst single failure), when there is one
     */
    public record Snapshot(
            Design design,
            List<Serving> now,
            Optional<List<Serving>> afterFailure,
            List<String> failure,
            Optional<Finding> coverage,
            ReachMap lightMap,
            ReachMap darkMap) {
        public Snapshot {
            now = List.copyOf(now);
            failure = List.copyOf(failure);
        }

        /** Where each population is served from in what is shown: after the failure in what-if, else now. */
        public List<Serving> shown() {
            return afterFailure.orElse(now);
        }

        public ReachMap map(DiagramStyle style) {
            return style == DiagramStyle.DARK ? darkMap : lightMap;
        }
    }

    private final TaskExecutor tasks;
    private final ObservableValue<Analysis> analysis;
    private final WhatIfModel whatIf;
    private final Supplier<Optional<Catalog>> catalog;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private long asked;
    private final WhileShown computing = new WhileShown(this::start);

    public ReachState(
            TaskExecutor tasks,
            ObservableValue<Analysis> analysis,
            WhatIfModel whatIf,
            Supplier<Optional<Catalog>> catalog) {
        this.tasks = tasks;
        this.analysis = analysis;
        this.whatIf = whatIf;
        this.catalog = catalog;
        analysis.addListener((o, a, b) -> refresh());
        whatIf.resultProperty().addListener((o, a, b) -> refresh());
        whatIf.activeProperty().addListener((o, a, b) -> refresh());
    }

    /** Recomputes for the current analysis and what-if (later, if nothing shows it now). */
    public void refresh() {
        asked++; // a result still on its way is for an older state
        computing.run();
    }

    private void start() {
        long ticket = asked;
        Analysis a = analysis.getValue();
        Optional<Catalog> cat = catalog.get();
        if (a == null || cat.isEmpty()) {
            return;
        }
        List<String> failed = whatIf.activeProperty().get() ? List.copyOf(whatIf.failed()) : List.of();
        tasks.submit(
                () -> compute(a, cat.get(), failed),
                s -> {
                    if (ticket == asked) {
                        snapshot.set(s);
                    }
                },
                e -> {
                    if (ticket == asked) {
                        snapshot.set(null);
                    }
                });
    }

    /**
     * Computes only while {@code shown} is true (the Latency panel or the map on screen), and once more when
     * it becomes true after changes: after every edit the reach of every population was worked out on the
     * worker, shown or not, beside the next edit's analysis on the same two cores.
     */
    public void computeWhile(javafx.beans.value.ObservableBooleanValue shown) {
        computing.follow(shown);
    }

    static Snapshot compute(Analysis a, Catalog catalog, List<String> failed) {
        Design design = a.design();
        DesignGraph g = a.graph();
        ReachAnalysis reach = new ReachAnalysis(g, catalog, Latencies.standard(), Places.bundled());
        List<Serving> now = reach.now();
        Optional<List<Serving>> after = Optional.empty();
        Set<String> failedKeys = new LinkedHashSet<>();
        if (!failed.isEmpty()) {
            try {
                boolean[] units = new OutageSimulation(g, catalog).failedUnits(new Outage(failed));
                after = Optional.of(reach.under(units));
                for (int u = 0; u < units.length; u++) {
                    if (units[u]) {
                        failedKeys.add(g.regionUnitKey(u));
                    }
                }
            } catch (IllegalArgumentException stale) {
                // the what-if names a region the design no longer has: show the design as it is
            }
        }
        Optional<Finding> coverage = a.findings().stream()
                .filter(f -> f.code().equals("reach.coverage"))
                .findFirst();
        return new Snapshot(
                design,
                now,
                after,
                after.isPresent() ? failed : List.of(),
                coverage,
                ReachMap.of(reach, catalog, now, after, failedKeys, DiagramStyle.LIGHT),
                ReachMap.of(reach, catalog, now, after, failedKeys, DiagramStyle.DARK));
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public Snapshot snapshot() {
        return snapshot.get();
    }
}
