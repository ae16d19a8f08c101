package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.OnFx;
import dev.skyloom.app.SampleDesigns;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class DesignCanvasPulseTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aViewChangedByAnAnimationTimerIsPaintedInThatSamePulse() throws Exception {
        DesignCanvas canvas = OnFx.call(DesignCanvas::new);
        Stage stage = OnFx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(canvas, 400, 300));
            canvas.setDesign(SampleDesigns.builtIn());
            s.show();
            return s;
        });
        int frames = 12;
        long[] paints = new long[frames];
        CompletableFuture<Void> done = new CompletableFuture<>();
        OnFx.call(() -> {
            new AnimationTimer() {
                private int i = -4; // let the first paint and the fit settle

                @Override
                public void handle(long now) {
                    if (i >= 0) {
                        paints[i] = canvas.paintCount();
                    }
                    i++;
                    if (i == frames) {
                        stop();
                        done.complete(null);
                        return;
                    }
                    canvas.panBy(5, 0);
                }
            }.start();
            return null;
        });
        done.get();
        OnFx.call(() -> {
            stage.close();
            return null;
        });
        for (int i = 1; i < frames; i++) {
            assertEquals(
                    paints[i - 1] + 1,
                    paints[i],
                    "one paint between consecutive pulses that each pan: " + Arrays.toString(paints));
        }
    }

    @Test
    void badgesSetAgainUnchangedPaintNothingAndChangedBadgesPaintOnce() throws Exception {
        DesignCanvas canvas = OnFx.call(DesignCanvas::new);
        Scene scene = OnFx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(canvas, 400, 300));
            canvas.setDesign(SampleDesigns.builtIn());
            s.show();
            return s.getScene();
        });
        String id = OnFx.call(() -> canvas.getDesign().components().get(0).id());
        java.util.Map<String, CanvasBadge> badges =
                java.util.Map.of(id, new CanvasBadge(CanvasBadge.Level.WARNING, java.util.List.of("a warning")));
        OnFx.call(() -> {
            canvas.setBadges(badges);
            return null;
        });
        dev.skyloom.app.FxPulses.await(scene, 6); // the first paint and the fit settle
        long settled = OnFx.call(canvas::paintCount);

        OnFx.call(() -> {
            canvas.setBadges(new java.util.HashMap<>(badges)); // equal, another map
            return null;
        });
        dev.skyloom.app.FxPulses.await(scene, 3);
        assertEquals(settled, OnFx.call(canvas::paintCount), "the same badges again: no paint");

        OnFx.call(() -> {
            canvas.setBadges(
                    java.util.Map.of(id, new CanvasBadge(CanvasBadge.Level.ERROR, java.util.List.of("now an error"))));
            return null;
        });
        dev.skyloom.app.FxPulses.await(scene, 3);
        assertEquals(settled + 1, OnFx.call(canvas::paintCount), "another badge: painted once");
        assertEquals(
                CanvasBadge.Level.ERROR, OnFx.call(() -> canvas.badges().get(id).level()));
        OnFx.call(() -> {
            ((Stage) scene.getWindow()).close();
            return null;
        });
    }
}
