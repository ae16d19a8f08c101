package dev.skyloom.app.whatif;

import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.simulate.OutageSimulation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * What-if outage mode: the regions and providers chosen to fail, and what {@link OutageSimulation} (the
 * same semantics as {@code skyloom simulate}) says survives. The design is only read, never changed.
 */
public final class WhatIfModel {
    /** A region or provider component that can be failed. */
    public record Target(String id, String label, boolean provider) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TaskExecutor tasks;
    private final Supplier<Design> design;
    private final Supplier<Optional<Catalog>> catalog;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObservableSet<String> failed = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<Optional<OutageResult>> result =
            new ReadOnlyObjectWrapper<>(this, "result", Optional.empty());
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem", "");
    private long asked;

    public WhatIfModel(TaskExecutor tasks, Supplier<Design> design, Supplier<Optional<Catalog>> catalog) {
        this.tasks = tasks;
        this.design = design;
        this.catalog = catalog;
        failed.addListener((SetChangeListener<String>) c -> rerun());
        active.addListener((o, a, on) -> {
            if (on) {
                refreshTargets();
            }
            rerun();
        });
    }

    /** The design's providers and regions, in document order. */
    public void refreshTargets() {
        List<Target> list = new ArrayList<>();
        Design d = design.get();
        for (Component c : d.components()) {
            if (c instanceof Component.Provider p) {
                list.add(new Target(p.id(), "Provider " + p.label() + " (" + p.provider() + ")", true));
            } else if (c instanceof Component.Region r) {
                list.add(new Target(r.id(), "Region " + r.label() + " (" + r.region() + ")", false));
            }
        }
        targets.setAll(list);
        Set<String> ids = new LinkedHashSet<>();
        list.forEach(t -> ids.add(t.id()));
        failed.retainAll(ids);
    }

    /** The design changed: keep the choice, recompute. */
    public void designChanged() {
        if (active.get()) {
            refreshTargets();
            rerun();
        }
    }

    private void rerun() {
        long ticket = ++asked;
        Optional<Catalog> cat = catalog.get();
        if (!active.get() || failed.isEmpty() || cat.isEmpty()) {
            result.set(Optional.empty());
            problem.set("");
            return;
        }
        Design d = design.get();
        List<String> chosen = List.copyOf(failed);
        tasks.submit(
                () -> OutageSimulation.of(d, cat.get()).run(new Outage(chosen)),
                r -> {
                    if (ticket == asked && active.get()) {
                        problem.set("");
                        result.set(Optional.of(r));
                    }
                },
                e -> {
                    if (ticket == asked) {
                        problem.set("What-if failed: " + e.getMessage());
                        result.set(Optional.empty());
                    }
                });
    }

    /** Fails (or restores) one region/provider component or catalog provider id such as {@code aws}. */
    public void setFailed(String id, boolean fail) {
        if (fail) {
            failed.add(id);
        } else {
            failed.remove(id);
        }
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public ObservableSet<String> failed() {
        return failed;
    }

    public ReadOnlyObjectProperty<Optional<OutageResult>> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
