package dev.skyloom.app.palette;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.Region;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
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
    private final CheckBox soldHere = new CheckBox("Sold here");
    private final Label hereTitle = new Label();
    private final ListView<String> soldList = new ListView<>();
    private final VBox hereBox = new VBox(4, hereTitle, soldList);
    private final Label hint = new Label();
    private PaletteNode root;
    private Availability availability;
    private Optional<Region> here = Optional.empty();
    private boolean searching;
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
        soldHere.setId("palette-sold-here");
        soldHere.setTooltip(new Tooltip("Only what the region selected on the canvas sells"));
        soldHere.setDisable(true);
        soldHere.selectedProperty().addListener((o, a, b) -> refilter());
        hereTitle.setId("palette-here");
        hereTitle.setWrapText(true);
        hereTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hereTitle.getStyleClass().add("text-bold");
        soldList.setId("palette-sold-list");
        soldList.setPrefHeight(96);
        soldList.setMinHeight(60);
        hereBox.setVisible(false);
        hereBox.managedProperty().bind(hereBox.visibleProperty());
        hint.setId("palette-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(search, soldHere, tree, hint, hereBox, date);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateHint());
        vm.selection().addListener((javafx.collections.SetChangeListener<String>) c -> updateHere());
        vm.designProperty().addListener((o, a, b) -> updateHere());
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
        this.availability = new Availability(catalog);
        date.setText("Catalog of " + catalog.snapshotDate() + " · "
                + Counted.of(catalog.providers().size(), "provider"));
        here = Optional.empty(); // measured again against the new catalog
        updateHere();
        refilter();
    }

    /**
     * The catalog region of what is selected on the canvas: its offerings are listed under the tree, "Sold
     * here" narrows the tree to it, and a chosen offering says whether it is sold there.
     */
    private void updateHere() {
        Optional<Region> next = availability == null || vm.selection().size() != 1
                ? Optional.<Region>empty()
                : availability.regionOf(vm.design(), vm.selection().iterator().next());
        if (next.equals(here) && root != null && tree.getRoot() != null) {
            return;
        }
        here = next;
        soldHere.setDisable(here.isEmpty());
        soldHere.setText(here.map(r -> "Sold in " + Availability.label(r)).orElse("Sold here"));
        hereBox.setVisible(here.isPresent());
        here.ifPresent(r -> {
            List<String> sold = availability.soldIn(r).stream()
                    .map(o -> new PaletteItem.OfferingEntry(
                                    o, r, o.pricesIn(r.code()).flatMap(dev.skyloom.catalog.RegionalPrices::onDemand))
                            .label())
                    .toList();
            hereTitle.setText(Availability.label(r) + " sells " + Counted.of(sold.size(), "GPU offering")
                    + (sold.isEmpty() ? " in the catalog" : ":"));
            soldList.getItems().setAll(sold);
            soldList.setVisible(!sold.isEmpty());
            soldList.setManaged(!sold.isEmpty());
        });
        updateHint();
        // rebuilding the tree folds what the user opened: only when it shows the region's part
        if (here.isEmpty() && soldHere.isSelected()) {
            soldHere.setSelected(false); // refilters
        } else if (soldHere.isSelected()) {
            refilter();
        }
    }

    private void updateHint() {
        TreeItem<PaletteItem> sel = tree.getSelectionModel().getSelectedItem();
        if (availability != null
                && here.isPresent()
                && sel != null
                && sel.getValue() instanceof PaletteItem.OfferingEntry o) {
            hint.setText(availability.hint(o.offering(), here.get()));
        } else {
            hint.setText("");
        }
    }

    public TextField searchField() {
        return search;
    }

    public TreeView<PaletteItem> tree() {
        return tree;
    }

    /** Filters at once (the search box waits for a pause in typing). */
    public void refilter() {
        // a typed query's pending timer would rebuild the tree again later, under a drag begun meanwhile
        debounce.stop();
        if (root == null) {
            return;
        }
        String q = search.getText() == null ? "" : search.getText();
        PaletteNode base = soldHere.isSelected() && here.isPresent()
                ? root.onlyRegion(here.get().key())
                : root;
        PaletteNode shown = base.filter(q);
        searching = !q.isBlank();
        TreeItem<PaletteItem> items = toItem(shown, searching || soldHere.isSelected());
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
                setTooltip(null);
                setId(null);
                return;
            }
            setText(getTreeItem() instanceof Branch b ? b.node.displayLabel(searching) : item.label());
            setGraphic(icon(item));
            setTooltip(item instanceof PaletteItem.OfferingEntry o ? detailTip(o) : null);
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

    private static Tooltip detailTip(PaletteItem.OfferingEntry o) {
        Tooltip tip = new Tooltip(o.detail());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
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
        } else if (item instanceof PaletteItem.IdentityEntry) {
            i = new FontIcon(Material2MZ.VPN_KEY);
        } else if (item instanceof PaletteItem.TelemetryEntry) {
            i = new FontIcon(Material2AL.INSIGHTS);
        } else {
            i = new FontIcon(Material2AL.FOLDER_OPEN);
        }
        i.getStyleClass().add("palette-icon");
        return i;
    }
}
