package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.app.SampleDesigns;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
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
        DesignCanvas canvas = onFx(DesignCanvas::new);
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(canvas, 400, 300));
            canvas.setDesign(SampleDesigns.builtIn());
            s.show();
            return s;
        });
        int frames = 12;
        long[] paints = new long[frames];
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> {
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
        onFx(() -> {
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
