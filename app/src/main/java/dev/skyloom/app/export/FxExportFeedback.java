package dev.skyloom.app.export;

import dev.skyloom.app.service.DialogFit;
import dev.skyloom.app.service.DialogService;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Export feedback in JavaFX: a small progress window with Cancel, then a notification with "Open folder"
 * (the desktop's file manager where Java can open one, otherwise a message with the path).
 */
public final class FxExportFeedback implements ExportFeedback {
    private final Window owner;
    private final DialogService dialogs;

    public FxExportFeedback(Window owner, DialogService dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    @Override
    public Runnable showProgress(String text, Runnable cancel) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Exporting");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(360);
        Button cancelButton = new Button("Cancel");
        cancelButton.setId("export-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        HBox row = new HBox(12, spinner, label);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, row, cancelButton);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(16));
        box.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        stage.setScene(new Scene(box));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setOnCloseRequest(e -> cancel.run());
        stage.show();
        DialogFit.hold(stage);
        return stage::close;
    }

    @Override
    public void succeeded(String message, Path folder) {
        Action open = new Action("Open folder", e -> openFolder(folder));
        Notifications.create()
                .owner(owner)
                .styleClass("skyloom-notification") // skyloom.css paints it with the theme
                .title("Export finished")
                .text(message)
                .hideAfter(Duration.seconds(8))
                .action(open)
                .showInformation();
    }

    private void openFolder(Path folder) {
        boolean desktop = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!desktop) {
            dialogs.showInfo("Export finished", "The files are in " + folder);
            return;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        Desktop.getDesktop().open(folder.toFile());
                    } catch (IOException | RuntimeException e) {
                        javafx.application.Platform.runLater(() -> dialogs.showInfo(
                                "Export finished", "Could not open a file manager; the files are in " + folder));
                    }
                },
                "skyloom-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
