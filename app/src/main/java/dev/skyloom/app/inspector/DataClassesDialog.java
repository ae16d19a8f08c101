package dev.skyloom.app.inspector;

import dev.skyloom.app.service.DialogFit;
import dev.skyloom.model.DataClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Add, edit and remove the design's data classes and the jurisdictions each may be in. */
public final class DataClassesDialog extends Dialog<List<DataClass>> {
    private final ObservableList<DataClass> classes;
    private final ListView<DataClass> list = new ListView<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final TextField jurisdictions = new TextField();
    private final Label problem = new Label();

    public DataClassesDialog(Window owner, List<DataClass> current) {
        initOwner(owner);
        setTitle("Data classes");
        setHeaderText("Data classes and where each may be stored or processed");
        classes = FXCollections.observableArrayList(current);
        list.setItems(classes);
        list.setId("data-classes-list");
        list.setPrefHeight(180);
        // a window manager that maps the dialog small must not squeeze the classes out of sight
        list.setMinHeight(120);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DataClass c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : c.id() + (c.name().isEmpty() ? "" : " — " + c.name()) + "  ["
                                        + String.join(", ", c.allowedJurisdictions()) + "]");
            }
        });
        id.setId("data-class-id");
        name.setId("data-class-name");
        jurisdictions.setId("data-class-jurisdictions");
        jurisdictions.setPromptText("EU, EEA, CH, US…");
        problem.getStyleClass().add("inspector-error");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Id"), id);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Allowed in"), jurisdictions);
        Button add = new Button("Add / update");
        add.setId("data-class-add");
        Button remove = new Button("Remove");
        remove.setId("data-class-remove");
        add.setOnAction(e -> addOrUpdate());
        remove.setOnAction(e -> {
            DataClass sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                classes.remove(sel);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                id.setText(c.id());
                name.setText(c.name());
                jurisdictions.setText(String.join(", ", c.allowedJurisdictions()));
            }
        });
        VBox content = new VBox(8, list, form, new HBox(8, add, remove), problem);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? List.copyOf(classes) : null);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        DialogFit.apply(this);
    }

    private void addOrUpdate() {
        FieldRules.Parsed<String> i = FieldRules.id(id.getText());
        FieldRules.Parsed<List<String>> j = FieldRules.jurisdictions(jurisdictions.getText());
        if (!i.valid() || !j.valid()) {
            problem.setText(!i.valid() ? i.error() : j.error());
            return;
        }
        problem.setText("");
        Optional<DataClass> existing =
                classes.stream().filter(c -> c.id().equals(i.value().get())).findFirst();
        DataClass c = new DataClass(
                i.value().get(),
                name.getText().strip(),
                j.value().get(),
                existing.map(DataClass::extras).orElse(Map.of()));
        List<DataClass> next = new ArrayList<>(classes);
        if (existing.isPresent()) {
            next.set(next.indexOf(existing.get()), c);
        } else {
            next.add(c);
        }
        classes.setAll(next);
    }
}
