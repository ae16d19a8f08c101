package dev.skyloom.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The designer window (placeholder until the canvas issue lands). */
public final class SkyloomApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(SkyloomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Skyloom");
        stage.setScene(new Scene(new StackPane(new Label("Skyloom")), 1000, 700));
        stage.show();
    }
}
