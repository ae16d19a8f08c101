package dev.skyloom.app.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.export.diagram.DiagramStyle;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The map is painted while it is shown, and brought up to date when it is shown again. */
class MapViewPaintTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aChangeWhileHiddenIsPaintedWhenTheMapIsShownAgain() throws Exception {
        SimpleObjectProperty<ReachState.Snapshot> state = new SimpleObjectProperty<>();
        SimpleObjectProperty<CanvasTheme> theme = new SimpleObjectProperty<>(CanvasTheme.LIGHT);
        MapView view = onFx(() -> new MapView(state, theme));
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(view, 400, 300));
            s.show();
            view.layout();
            return s;
        });
        Color light = CanvasTheme.fx(DiagramStyle.LIGHT.background());
        Color dark = CanvasTheme.fx(DiagramStyle.DARK.background());
        assertEquals(light, onFx(() -> corner(view)));

        onFx(() -> {
            view.setVisible(false);
            theme.set(CanvasTheme.DARK);
            return null;
        });
        assertEquals(light, onFx(() -> corner(view)), "not painted while hidden");

        onFx(() -> {
            view.setVisible(true);
            return null;
        });
        assertEquals(dark, onFx(() -> corner(view)), "painted when shown");
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    /** The colour of the map canvas's top left pixel (the background: nothing is drawn in the margin). */
    private static Color corner(MapView view) {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        return canvas.snapshot(null, null).getPixelReader().getColor(1, 1);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
