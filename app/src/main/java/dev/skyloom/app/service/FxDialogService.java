package dev.skyloom.app.service;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
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
        a.getDialogPane().setMinWidth(480);
        return a;
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
        return d.showAndWait();
    }
}
