package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.Rect;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The F2 rename box over a card shows its text whole at every zoom (issue 14, point 9: it clipped). */
@ExtendWith(ApplicationExtension.class)
class RenameEditorSizeTest {
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) {
        // the app's theme: its text fields have more padding than Modena's
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        canvas = new DesignCanvas();
        canvas.setIntents(new RecordingIntents());
        canvas.setDesign(SampleDesigns.builtIn());
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
    }

    @AfterEach
    void modena() {
        Platform.runLater(() -> Application.setUserAgentStylesheet(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D centre(String id) {
        Rect r = canvas.getDiagram().item(id).orElseThrow().rect();
        Viewport v = canvas.viewport();
        return canvas.localToScreen(v.toScreenX(r.centerX()), v.toScreenY(r.centerY()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.5, 2})
    void theEditorIsTallEnoughForItsFontAndWideEnoughForTheName(double zoom, FxRobot robot) {
        robot.interact(() -> {
            canvas.reveal("train-pool");
            canvas.zoomAround(zoom, canvas.getWidth() / 2, canvas.getHeight() / 2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centre("train-pool"));
        robot.type(KeyCode.F2);
        TextField editor = robot.lookup("#canvas-rename").queryAs(TextField.class);
        WaitForAsyncUtils.waitForFxEvents();

        double[] measured = new double[3];
        robot.interact(() -> {
            editor.applyCss();
            Text line = new Text(editor.getText());
            line.setFont(editor.getFont());
            Insets in = editor.getInsets();
            measured[0] = line.getLayoutBounds().getHeight() + in.getTop() + in.getBottom();
            measured[1] = line.getLayoutBounds().getWidth() + in.getLeft() + in.getRight();
            measured[2] = editor.prefHeight(-1);
        });
        double z = canvas.viewport().zoom();
        String where = "zoom " + z + ", font " + editor.getFont().getSize() + " px, editor " + editor.getWidth() + "×"
                + editor.getHeight();
        assertTrue(editor.getHeight() + 0.5 >= measured[0], "line height + insets " + measured[0] + " at " + where);
        assertTrue(
                editor.getHeight() + 0.5 >= measured[2], "the field's own prefHeight " + measured[2] + " at " + where);

        Rect card = canvas.getDiagram().item("train-pool").orElseThrow().rect();
        double editorRightInCard = editor.getLayoutX() + editor.getWidth();
        double cardRight = canvas.viewport().toScreenX(card.maxX());
        if (cardRight - editor.getLayoutX() >= measured[1]) {
            assertTrue(editor.getWidth() + 0.5 >= measured[1], "the whole name " + measured[1] + " at " + where);
        }
        assertTrue(editorRightInCard <= cardRight + 0.5 || editor.getWidth() <= 120.5, "stays on the card at " + where);
    }
}
