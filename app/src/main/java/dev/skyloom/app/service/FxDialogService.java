package dev.skyloom.app.service;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Alerts owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setId("skyloom-dialog");
        a.getDialogPane().setPrefWidth(480);
        return DialogFit.apply(a);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message)
                .showAndWait()
                .filter(b -> b == ButtonType.OK)
                .isPresent();
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        Alert a = alert(
                Alert.AlertType.WARNING,
                "Save changes?",
                "\"" + documentName + "\" has unsaved changes. Save them before closing?");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public void showList(String title, List<Entry> entries) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setId("skyloom-list-dialog");
        d.getDialogPane().setContent(columns(entries));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogFit.apply(d).showAndWait();
    }

    /** Two side-by-side key/text tables, so a list of thirty shortcuts fits a 768 px high screen. */
    private static HBox columns(List<Entry> entries) {
        int half = (entries.size() + 1) / 2;
        HBox both = new HBox(28, table(entries.subList(0, half)), table(entries.subList(half, entries.size())));
        both.setId("skyloom-list");
        return both;
    }

    private static GridPane table(List<Entry> entries) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        for (int i = 0; i < entries.size(); i++) {
            Label key = new Label(entries.get(i).key());
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(entries.get(i).text());
            text.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("list-entry");
            grid.addRow(i, key, text);
        }
        return grid;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices) {
        return choices.isEmpty() ? Optional.empty() : choose(title, message, choices, choices.get(0));
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T initial) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> d = new ChoiceDialog<>(choices.contains(initial) ? initial : choices.get(0), choices);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(message);
        return DialogFit.apply(d).showAndWait();
    }
}
