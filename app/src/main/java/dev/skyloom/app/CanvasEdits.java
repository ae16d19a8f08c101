package dev.skyloom.app;

import dev.skyloom.app.canvas.CanvasIntents;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.ConnectionRules;
import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.collections.SetChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The canvas and the document: the canvas shows the view-model's design and shares its selection, and each
 * of its intents becomes an edit (a move, a resize, a connection checked by {@link ConnectionRules}, a move
 * into another region checked by the drop rules, a rename, a delete) or shows the context menu.
 */
final class CanvasEdits {
    private final DocumentViewModel vm;
    private final DesignCanvas board;
    private final Supplier<Optional<Catalog>> catalog;
    private final BiConsumer<Double, Double> contextMenu;
    private boolean syncingSelection;

    CanvasEdits(
            DocumentViewModel vm,
            DesignCanvas board,
            Supplier<Optional<Catalog>> catalog,
            BiConsumer<Double, Double> contextMenu) {
        this.vm = vm;
        this.board = board;
        this.catalog = catalog;
        this.contextMenu = contextMenu;
    }

    /** The canvas shows the view-model's design and shares its selection; its gestures become edits. */
    void wire() {
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
                CanvasEdits.this.moveInto(ids, container, dx, dy, sceneX, sceneY);
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
                CanvasEdits.this.connect(fromId, toId, sceneX, sceneY);
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
                contextMenu.accept(screenX, screenY);
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

    /** Validates a connection asked for by the canvas; pipeline → storage asks "reads or writes" in a popup. */
    void connect(String from, String to, double sceneX, double sceneY) {
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
    void moveInto(Set<String> ids, Optional<String> container, double dx, double dy, double sceneX, double sceneY) {
        if (catalog.get().isEmpty()) {
            board.showMessageAt(sceneX, sceneY, "The catalog is still loading");
            return;
        }
        dev.skyloom.app.palette.DropResult r = new dev.skyloom.app.palette.DropRules(
                        catalog.get().get())
                .moveInto(vm.design(), ids, container, dx, dy);
        if (r instanceof dev.skyloom.app.palette.DropResult.Accepted a) {
            vm.apply(a.edit());
        } else {
            String reason = ((dev.skyloom.app.palette.DropResult.Refused) r).reason();
            board.showMessageAt(sceneX, sceneY, reason);
            vm.setStatus("Refused: " + reason);
        }
    }

    /** The priced monthly cost lines of a component, summed, as the last analysis has them. */
    static Optional<String> monthlyPrice(dev.skyloom.app.analysis.Analysis a, String id) {
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
}
