package dev.skyloom.app.inspector;

import dev.skyloom.app.document.DocumentViewModel;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.edit.Edit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The properties of the selected component or connection (or of the design when nothing is selected).
 * Text fields are checked as the user types; Enter or leaving the field commits a valid value as one
 * undoable edit.
 */
public final class InspectorView extends VBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final DocumentViewModel vm;
    private final Runnable editDataClasses;
    private final Label heading = new Label();
    private final Label error = new Label();
    private final GridPane grid = new GridPane();
    private Catalog catalog;
    private Object shown;
    private Runnable leave = () -> {};

    public InspectorView(DocumentViewModel vm, Runnable editDataClasses) {
        this.vm = vm;
        this.editDataClasses = editDataClasses;
        setId("inspector");
        getStyleClass().add("inspector");
        heading.getStyleClass().add("title-4");
        error.setId("inspector-error");
        error.getStyleClass().add("inspector-error");
        error.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(96);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().addAll(c0, c1);
        setSpacing(10);
        getChildren().addAll(heading, grid, error);
        // Escape leaves the form for the canvas; a text field first drops what was typed (see text())
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
        vm.designProperty().addListener((o, a, b) -> refresh());
        vm.selection().addListener((javafx.collections.SetChangeListener<String>) ch -> refresh());
        refresh();
    }

    public void setCatalog(Catalog catalog) {
        this.catalog = catalog;
        shown = null;
        refresh();
    }

    /** Where Escape sends the keyboard focus (the canvas). */
    public void setOnLeave(Runnable leave) {
        this.leave = leave;
    }

    /**
     * Rebuilds the form when the object shown changed (not while the user types). A commit changes the
     * design and so rebuilds the form: the field the user was in is focused again in the new form (with its
     * caret), since a focused node that leaves the scene hands the focus to the first control of the window.
     */
    private void refresh() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        Node field = fieldOf(owner);
        String focusedId = field == null ? null : field.getId();
        int caret = owner instanceof TextField t ? t.getCaretPosition() : -1;
        if (rebuild() && focusedId != null) {
            for (Node n : grid.getChildren()) {
                if (focusedId.equals(n.getId())) {
                    n.requestFocus();
                    if (n instanceof TextField t && caret >= 0) {
                        t.deselect();
                        t.positionCaret(Math.min(caret, t.getLength()));
                    }
                }
            }
        }
    }

    /** The form control holding {@code n} (a direct child of the grid), or null outside the form. */
    private Node fieldOf(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getParent() == grid) {
                return x;
            }
        }
        return null;
    }

    /** False when the form already shows the selected object. */
    private boolean rebuild() {
        Design d = vm.design();
        Object now = selected(d);
        if (Objects.equals(now, shown) && !(now instanceof Design)) {
            return false;
        }
        if (now instanceof Design && shown instanceof Design && now.equals(shown)) {
            return false;
        }
        shown = now;
        grid.getChildren().clear();
        error.setText("");
        if (now instanceof Component c) {
            heading.setText(kind(c) + " · " + c.id());
            component(d, c);
        } else if (now instanceof Connection k) {
            heading.setText("Connection · " + k.id());
            connection(d, k);
        } else if (now instanceof Design) {
            heading.setText("Design");
            design(d);
        } else {
            heading.setText(vm.selection().size() + " selected");
        }
        return true;
    }

    private Object selected(Design d) {
        if (vm.selection().isEmpty()) {
            return d;
        }
        if (vm.selection().size() > 1) {
            return "many:" + vm.selection();
        }
        String id = vm.selection().iterator().next();
        return d.component(id)
                .<Object>map(c -> c)
                .or(() -> d.connection(id).map(k -> k))
                .orElse(d);
    }

    private static String kind(Component c) {
        String j = c.type().json().replace("gpu-pool", "GPU pool");
        return Character.toUpperCase(j.charAt(0)) + j.substring(1);
    }

    // ---- forms ----------------------------------------------------------------------------------

    private void component(Design d, Component c) {
        readOnly("Id", c.id());
        text("name", "Name", c.name(), t -> FieldRules.Parsed.ok(t.strip()), n -> update(c.withName(n)));
        c.accept(new Component.Visitor<Void>() {
            @Override
            public Void provider(Component.Provider p) {
                readOnly("Cloud", p.provider());
                return null;
            }

            @Override
            public Void region(Component.Region r) {
                readOnly("Region", r.region());
                if (r.isCustom()) {
                    text(
                            "country",
                            "Country",
                            r.country().orElse(""),
                            t -> t.isBlank() || t.strip().matches("[A-Za-z]{2}")
                                    ? FieldRules.Parsed.ok(t.strip().toUpperCase(java.util.Locale.ROOT))
                                    : new FieldRules.Parsed<>(Optional.empty(), "Country is a two-letter ISO code"),
                            cc -> update(r.withRegion(r.region(), cc.isEmpty() ? Optional.empty() : Optional.of(cc))));
                }
                return null;
            }

            @Override
            public Void gpuPool(Component.GpuPool g) {
                pool(d, g);
                return null;
            }

            @Override
            public Void storage(Component.Storage s) {
                InspectorView.this.storage(d, s);
                return null;
            }

            @Override
            public Void pipeline(Component.Pipeline p) {
                choice(
                        "survives",
                        "Survives",
                        Arrays.asList(Survives.values()),
                        p.survives(),
                        Survives::json,
                        v -> update(p.withSurvives(v)));
                dataClasses(
                        "declassifies", "Declassifies", d, p.declassifies(), ids -> update(p.withDeclassifies(ids)));
                return null;
            }

            @Override
            public Void users(Component.Users u) {
                InspectorView.this.users(u);
                return null;
            }

            @Override
            public Void identity(Component.Identity i) {
                choice(
                        "identity-kind",
                        "Identity provider",
                        Arrays.asList(IdentityKind.values()),
                        i.kind(),
                        IdentityKind::label,
                        k -> update(i.withKind(k)));
                hint("Connect it to a provider container (federates) for each cloud whose sign-in it holds.");
                return null;
            }

            @Override
            public Void telemetry(Component.Telemetry t) {
                InspectorView.this.telemetry(d, t);
                return null;
            }
        });
    }

    private void telemetry(Design d, Component.Telemetry t) {
        choice(
                "hosting",
                "Hosting",
                Arrays.asList(TelemetryHosting.values()),
                t.hosting(),
                TelemetryHosting::json,
                h -> update(t.withHosting(h)));
        text("service", "Service", t.service(), s -> FieldRules.Parsed.ok(s.strip()), s -> update(t.withService(s)));
        dataClasses("receives", "Receives", d, t.receives(), ids -> update(t.withReceives(ids)));
        text(
                "operator-country",
                "Operator country",
                t.operatorCountry().orElse(""),
                s -> s.isBlank() || s.strip().matches("[A-Za-z]{2}")
                        ? FieldRules.Parsed.ok(s.strip().toUpperCase(java.util.Locale.ROOT))
                        : new FieldRules.Parsed<>(Optional.empty(), "Operator country is a two-letter ISO code"),
                cc -> update(t.withOperatorCountry(cc.isEmpty() ? Optional.empty() : Optional.of(cc))));
        text(
                "unit-price",
                "Unit price",
                t.unitPrice().map(BigDecimal::toPlainString).orElse(""),
                FieldRules::optionalPrice,
                p -> update(t.withUnitPrice(p)));
        hint("Operator country: who runs a SaaS sink (its headquarters). Unit price: your own price per GB"
                + " ingested; blank leaves the sink unpriced (transfer to it is still priced).");
    }

    private void users(Component.Users u) {
        dev.skyloom.model.latency.Places places = dev.skyloom.model.latency.Places.bundled();
        readOnly("Place", places.describe(u));
        if (u.city().isPresent()) {
            text(
                    "city",
                    "City",
                    u.city().get(),
                    t -> places.find(t.strip()).isPresent()
                            ? FieldRules.Parsed.ok(t.strip())
                            : new FieldRules.Parsed<>(
                                    Optional.empty(), "Not a city of the bundled list (e.g. frankfurt-am-main-de)"),
                    city -> update(u.withCity(city)));
        }
        text(
                "share",
                "Share",
                u.share().map(BigDecimal::toPlainString).orElse(""),
                FieldRules::optionalPrice,
                v -> update(u.withShare(v)));
        text(
                "budget",
                "Budget (ms RTT)",
                u.latencyBudgetMs().toPlainString(),
                t -> {
                    FieldRules.Parsed<BigDecimal> n = FieldRules.nonNegative(t, "Budget");
                    return n.value().isPresent() && n.value().get().compareTo(BigDecimal.ONE) < 0
                            ? new FieldRules.Parsed<>(Optional.empty(), "Budget must be at least 1 ms")
                            : n;
                },
                v -> update(u.withLatencyBudgetMs(v)));
        hint("Share: relative weight of this population's traffic. Budget: median round trip it accepts.");
    }

    private void pool(Design d, Component.GpuPool g) {
        List<String> types = new ArrayList<>();
        String region = d.regionOf(g.id()).map(Component.Region::region).orElse("");
        String cloud = d.providerOf(g.id()).map(Component.Provider::provider).orElse("");
        if (catalog != null) {
            for (GpuOffering o : catalog.offeringsPlaceableIn(cloud, region)) {
                types.add(o.instanceType());
            }
        }
        if (!types.contains(g.instanceType())) {
            types.add(0, g.instanceType());
        }
        choice("instance-type", "Instance type", types, g.instanceType(), s -> s, t -> update(g.withInstanceType(t)));
        text("count", "Count", String.valueOf(g.count()), FieldRules::count, n -> update(g.withCount(n)));
        choice(
                "pricing",
                "Pricing",
                Arrays.asList(Pricing.values()),
                g.pricing(),
                Pricing::json,
                v -> update(g.withPricing(v)));
        text(
                "hours",
                "Hours/month",
                g.hoursPerMonth().toPlainString(),
                FieldRules::hours,
                h -> update(g.withHoursPerMonth(h)));
        text(
                "unit-price",
                "Unit price",
                g.unitPrice().map(BigDecimal::toPlainString).orElse(""),
                FieldRules::optionalPrice,
                p -> update(g.withUnitPrice(p)));
        hint("Unit price: your own $/instance-hour; blank uses the catalog.");
    }

    private void storage(Design d, Component.Storage s) {
        List<String> classes = new ArrayList<>(List.of("object", "block", "file", "archive"));
        String cloud = d.providerOf(s.id()).map(Component.Provider::provider).orElse("");
        if (catalog != null) {
            for (StorageClass sc : catalog.storageClassesOf(cloud)) {
                classes.add(sc.name());
            }
        }
        if (!classes.contains(s.storageClass())) {
            classes.add(0, s.storageClass());
        }
        choice("storage-class", "Class", classes, s.storageClass(), x -> x, v -> update(s.withStorageClass(v)));
        text(
                "capacity",
                "Capacity (TB)",
                s.capacityTb().toPlainString(),
                t -> FieldRules.nonNegative(t, "Capacity"),
                v -> update(s.withCapacityTb(v)));
        dataClasses("holds", "Holds", d, s.holds(), ids -> update(s.withHolds(ids)));
        text(
                "unit-price",
                "Unit price",
                s.unitPrice().map(BigDecimal::toPlainString).orElse(""),
                FieldRules::optionalPrice,
                p -> update(s.withUnitPrice(p)));
    }

    private void connection(Design d, Connection k) {
        readOnly("From", d.component(k.from()).map(Component::label).orElse(k.from()));
        readOnly("To", d.component(k.to()).map(Component::label).orElse(k.to()));
        List<dev.skyloom.model.ConnectionType> types = new ArrayList<>();
        for (dev.skyloom.model.ConnectionType t : dev.skyloom.model.ConnectionType.values()) {
            // the types that could replace this one between the same two components
            if (d.component(k.from()).isPresent()
                    && d.component(k.to()).isPresent()
                    && t.joins(
                            d.component(k.from()).get().type(),
                            d.component(k.to()).get().type())) {
                types.add(t);
            }
        }
        choice(
                "connection-type",
                "Type",
                types,
                k.type(),
                dev.skyloom.model.ConnectionType::json,
                t -> vm.apply(new Edit.UpdateConnection(k.withType(t))));
        text(
                "monthly-tb",
                "Monthly TB",
                k.monthlyTb().toPlainString(),
                t -> FieldRules.nonNegative(t, "Monthly TB"),
                v -> vm.apply(new Edit.UpdateConnection(k.withMonthlyTb(v))));
        if (k.type() == dev.skyloom.model.ConnectionType.SHIPS_TELEMETRY) {
            dataClasses(
                    "carries",
                    "Carries",
                    d,
                    k.dataClasses(),
                    ids -> vm.apply(new Edit.UpdateConnection(k.withDataClasses(ids))));
        }
    }

    private void design(Design d) {
        text(
                "design-name",
                "Name",
                d.name(),
                t -> FieldRules.Parsed.ok(t.strip()),
                n -> vm.apply(new Edit.SetDesignProperties(n, d.currency(), d.assumptions())));
        readOnly("Currency", d.currency());
        readOnly("Components", String.valueOf(d.components().size()));
        readOnly("Connections", String.valueOf(d.connections().size()));
        StringBuilder classes = new StringBuilder();
        for (DataClass c : d.dataClasses()) {
            classes.append(classes.length() == 0 ? "" : ", ").append(c.id());
        }
        readOnly("Data classes", classes.length() == 0 ? "none" : classes.toString());
        Button edit = new Button("Edit data classes…");
        edit.setId("inspector-data-classes");
        edit.setOnAction(e -> editDataClasses.run());
        grid.add(edit, 1, grid.getRowCount());
    }

    // ---- field builders -----------------------------------------------------------------------

    private void update(Component c) {
        vm.apply(new Edit.UpdateComponent(c));
    }

    private void readOnly(String label, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        row(label, v);
    }

    private void hint(String text) {
        Label h = new Label(text);
        h.getStyleClass().add("text-muted");
        h.setWrapText(true);
        grid.add(h, 0, grid.getRowCount(), 2, 1);
    }

    private void row(String label, Node control) {
        int r = grid.getRowCount();
        grid.add(new Label(label), 0, r);
        grid.add(control, 1, r);
    }

    private <T> void text(
            String id, String label, String initial, Function<String, FieldRules.Parsed<T>> rule, Consumer<T> commit) {
        TextField f = new TextField(initial);
        f.setId("inspector-" + id);
        // the text last committed: a commit rebuilds the form, and the focus leaving this field on the way
        // must not commit the same text a second time
        String[] applied = {initial};
        f.textProperty().addListener((o, a, b) -> {
            FieldRules.Parsed<T> p = rule.apply(b);
            f.pseudoClassStateChanged(DANGER, !p.valid());
            error.setText(p.valid() ? "" : p.error());
        });
        Runnable apply = () -> {
            if (f.getText().equals(applied[0])) {
                return;
            }
            applied[0] = f.getText();
            FieldRules.Parsed<T> p = rule.apply(f.getText());
            p.value().ifPresent(commit);
        };
        f.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                f.setText(applied[0]); // Escape drops the typing; the inspector then leaves for the canvas
            }
        });
        f.setOnAction(e -> apply.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                apply.run();
            }
        });
        row(label, f);
    }

    private <T> void choice(
            String id, String label, List<T> values, T current, Function<T, String> name, Consumer<T> commit) {
        ComboBox<T> box = new ComboBox<>();
        box.setId("inspector-" + id);
        box.getItems().setAll(values);
        box.setValue(current);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(current)) {
                commit.accept(b);
            }
        });
        row(label, box);
    }

    private void dataClasses(String id, String label, Design d, List<String> chosen, Consumer<List<String>> commit) {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("inspector-" + id);
        box.setMaxWidth(Double.MAX_VALUE);
        for (DataClass c : d.dataClasses()) {
            box.getItems().add(c.id());
        }
        for (String c : chosen) {
            box.getCheckModel().check(c);
        }
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) ch -> {
            List<String> now = new ArrayList<>();
            for (String item : box.getItems()) {
                if (box.getCheckModel().isChecked(item)) {
                    now.add(item);
                }
            }
            if (!now.equals(chosen)) {
                commit.accept(now);
            }
        });
        if (d.dataClasses().isEmpty()) {
            box.setTitle("no data classes defined");
        }
        row(label, box);
    }
}
