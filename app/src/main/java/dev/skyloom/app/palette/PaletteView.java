package dev.skyloom.app.palette;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.app.text.Counted;
import dev.skyloom.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The catalog as a searchable tree. Items are dragged onto the canvas with plain mouse press, drag and
 * release (native drag and drop does not work headless), so the gesture is the same everywhere.
 */
public final class PaletteView extends VBox {
    private final DocumentViewModel vm;
    private final TextField search = new TextField();
    private final Label date = new Label("Loading catalog…");
    private final TreeView<PaletteItem> tree = new TreeView<>();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));
    private final Label ghost = new Label();
    private PaletteNode root;
    private DropRules rules;
    private DropTarget target;
    private Pane overlay;

    public PaletteView(DocumentViewModel vm) {
        this.vm = vm;
        setId("palette");
        getStyleClass().add("palette");
        search.setId("palette-search");
        search.setPromptText("Search: H100, Frankfurt, eu-west…");
        date.setId("catalog-date");
        date.getStyleClass().add("text-muted");
        tree.setId("palette-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new PaletteCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        setSpacing(6);
        getChildren().addAll(search, tree, date);
        debounce.setOnFinished(e -> refilter());
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        ghost.getStyleClass().add("drag-ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
    }

    /** Where items are dropped, and the pane the drag ghost floats in. */
    public void attach(DropTarget target, Pane overlay) {
        this.target = target;
        this.overlay = overlay;
        overlay.getChildren().add(ghost);
    }

    public void setCatalog(Catalog catalog) {
        this.rules = new DropRules(catalog);
        this.root = PaletteTrees.of(catalog);
        date.setText("Catalog of " + catalog.snapshotDate() + " · "
                + Counted.of(catalog.providers().size(), "provider"));
        refilter();
    }

    public TextField searchField() {
        return search;
    }

    public TreeView<PaletteItem> tree() {
        return tree;
    }

    /** Filters at once (the search box waits for a pause in typing). */
    public void refilter() {
        if (root == null) {
            return;
        }
        String q = search.getText() == null ? "" : search.getText();
        PaletteNode shown = root.filter(q);
        TreeItem<PaletteItem> items = toItem(shown, !q.isBlank());
        items.setExpanded(true);
        tree.setRoot(items);
    }

    private static TreeItem<PaletteItem> toItem(PaletteNode n, boolean expand) {
        TreeItem<PaletteItem> item = n.children().isEmpty() ? new TreeItem<>(n.item()) : new Branch(n, expand);
        item.setExpanded(expand && n.size() < 400);
        return item;
    }

    /**
     * A provider or region whose tree items are made when first asked for (when it is expanded), so showing
     * the catalog creates items for what is open rather than all of its thousands of offerings.
     */
    private static final class Branch extends TreeItem<PaletteItem> {
        private final PaletteNode node;
        private final boolean expand;
        private boolean built;

        Branch(PaletteNode node, boolean expand) {
            super(node.item());
            this.node = node;
            this.expand = expand;
        }

        @Override
        public boolean isLeaf() {
            return false;
        }

        @Override
        public ObservableList<TreeItem<PaletteItem>> getChildren() {
            if (!built) {
                built = true;
                List<TreeItem<PaletteItem>> items =
                        new ArrayList<>(node.children().size());
                for (PaletteNode c : node.children()) {
                    items.add(toItem(c, expand));
                }
                super.getChildren().setAll(items);
            }
            return super.getChildren();
        }
    }

    private final class PaletteCell extends TreeCell<PaletteItem> {
        PaletteCell() {
            setOnMousePressed(this::pressed);
            setOnMouseDragged(this::dragged);
            setOnMouseReleased(this::released);
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setText(item.label());
            setGraphic(icon(item));
            setId(null);
            getStyleClass().removeAll("palette-heading");
            if (item instanceof PaletteItem.Heading) {
                getStyleClass().add("palette-heading");
            }
        }

        private PaletteItem carried;

        private void pressed(MouseEvent e) {
            carried = e.getButton() == MouseButton.PRIMARY
                            && getItem() != null
                            && getItem().draggable()
                    ? getItem()
                    : null;
        }

        private void dragged(MouseEvent e) {
            if (carried == null || target == null || rules == null) {
                return;
            }
            Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
            ghost.setText(carried.label());
            ghost.relocate(p.getX() + 12, p.getY() + 8);
            ghost.autosize();
            ghost.setVisible(true);
            ghost.toFront();
            if (target.containsScenePoint(e.getSceneX(), e.getSceneY())) {
                Optional<String> over = target.containerAt(e.getSceneX(), e.getSceneY());
                boolean ok = evaluate(e) instanceof DropResult.Accepted;
                target.showDropFeedback(over, ok);
            } else {
                target.clearDropFeedback();
            }
        }

        private void released(MouseEvent e) {
            PaletteItem item = carried;
            carried = null;
            ghost.setVisible(false);
            if (item == null || target == null || rules == null) {
                return;
            }
            target.clearDropFeedback();
            if (!target.containsScenePoint(e.getSceneX(), e.getSceneY())) {
                return;
            }
            DropResult r = rules.drop(
                    vm.design(),
                    item,
                    target.containerAt(e.getSceneX(), e.getSceneY()),
                    target.sceneToDesign(e.getSceneX(), e.getSceneY()).getX(),
                    target.sceneToDesign(e.getSceneX(), e.getSceneY()).getY());
            if (r instanceof DropResult.Accepted a) {
                if (vm.apply(dev.skyloom.app.document.FreeSlots.settle(vm.design(), a.edit()))) {
                    vm.selection().clear();
                    vm.selection().add(a.newId());
                }
            } else {
                String reason = ((DropResult.Refused) r).reason();
                target.showMessageAt(e.getSceneX(), e.getSceneY(), reason);
                vm.setStatus("Refused: " + reason);
            }
        }

        private DropResult evaluate(MouseEvent e) {
            Point2D p = target.sceneToDesign(e.getSceneX(), e.getSceneY());
            return rules.drop(
                    vm.design(), carried, target.containerAt(e.getSceneX(), e.getSceneY()), p.getX(), p.getY());
        }
    }

    private static FontIcon icon(PaletteItem item) {
        FontIcon i;
        if (item instanceof PaletteItem.ProviderEntry) {
            i = new FontIcon(Material2AL.CLOUD);
        } else if (item instanceof PaletteItem.RegionEntry) {
            i = new FontIcon(Material2MZ.PLACE);
        } else if (item instanceof PaletteItem.OfferingEntry) {
            i = new FontIcon(Material2MZ.MEMORY);
        } else if (item instanceof PaletteItem.StorageEntry) {
            i = new FontIcon(Material2MZ.STORAGE);
        } else if (item instanceof PaletteItem.PipelineEntry) {
            i = new FontIcon(Material2AL.ACCOUNT_TREE);
        } else if (item instanceof PaletteItem.CustomSiteEntry) {
            i = new FontIcon(Material2AL.BUSINESS);
        } else if (item instanceof PaletteItem.UsersEntry) {
            i = new FontIcon(Material2MZ.PEOPLE);
        } else {
            i = new FontIcon(Material2AL.FOLDER_OPEN);
        }
        i.getStyleClass().add("palette-icon");
        return i;
    }
}
