package dev.skyloom.app.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.OnFx;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.export.diagram.DiagramStyle;
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
        MapView view = OnFx.call(() -> new MapView(state, theme));
        Stage stage = OnFx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(view, 400, 300));
            s.show();
            view.layout();
            return s;
        });
        Color light = CanvasTheme.fx(DiagramStyle.LIGHT.background());
        Color dark = CanvasTheme.fx(DiagramStyle.DARK.background());
        assertEquals(light, OnFx.call(() -> corner(view)));

        OnFx.call(() -> {
            view.setVisible(false);
            theme.set(CanvasTheme.DARK);
            return null;
        });
        assertEquals(light, OnFx.call(() -> corner(view)), "not painted while hidden");

        OnFx.call(() -> {
            view.setVisible(true);
            return null;
        });
        assertEquals(dark, OnFx.call(() -> corner(view)), "painted when shown");
        OnFx.call(() -> {
            stage.close();
            return null;
        });
    }

    /** The colour of the map canvas's top left pixel (the background: nothing is drawn in the margin). */
    private static Color corner(MapView view) {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        return canvas.snapshot(null, null).getPixelReader().getColor(1, 1);
    }
}
