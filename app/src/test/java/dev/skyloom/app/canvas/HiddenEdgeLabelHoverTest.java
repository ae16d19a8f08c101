package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.Route;
import dev.skyloom.model.file.DesignFile;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An edge label that label placement hides (no free spot beside its route, so it is never drawn over a
 * card) shows when the pointer is on the edge: hovering its route puts the full label in the tip.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenEdgeLabelHoverTest {
    private DesignCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        canvas = new DesignCanvas();
        canvas.setIntents(new RecordingIntents());
        // the hybrid example as it was stored before the examples were laid out for slides: short edges
        // between close cards whose labels find no free spot (the examples now hide none)
        canvas.setDesign(DesignFile.read(Path.of("src/test/resources/canvas/hybrid-neocloud.crowded.skyloom.json")));
        stage.setScene(new Scene(canvas, 1300, 850));
        stage.show();
    }

    @Test
    void hoveringAnEdgeWhoseLabelIsHiddenShowsTheLabel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Diagram.Item edge = canvas.getDiagram().items().stream()
                .filter(it -> it.kind() == Diagram.Kind.EDGE)
                .filter(it ->
                        canvas.getLabels().edge(it.id()).map(EdgeLabel::hidden).orElse(false))
                .filter(it -> pointOnlyOn(it).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the example has a hidden edge label to hover"));
        EdgeLabel label = canvas.getLabels().edge(edge.id()).orElseThrow();
        assertTrue(label.hidden());

        Point2D at = pointOnlyOn(edge).orElseThrow();
        robot.moveTo(canvas.localToScreen(at.getX(), at.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.tip().isVisible(), "hovering the edge shows its hidden label");
        assertTrue(
                canvas.tip().getText().startsWith(label.name()),
                "the tip starts with the full label: " + canvas.tip().getText());
        assertTrue(canvas.getLabels().edge(edge.id()).orElseThrow().hidden(), "and the diagram still hides it");

        // on an edge whose label is drawn whole there is nothing to add: no tip
        Optional<Point2D> shown = canvas.getDiagram().items().stream()
                .filter(it -> it.kind() == Diagram.Kind.EDGE)
                .filter(it -> canvas.edgeTipText(it.id()).isEmpty())
                .map(this::pointOnlyOn)
                .flatMap(Optional::stream)
                .findFirst();
        assertTrue(shown.isPresent());
        robot.moveTo(canvas.localToScreen(shown.get().getX(), shown.get().getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas.tip().isVisible(), "a label drawn whole needs no tip");
    }

    /** A point of the edge's route (in canvas pixels, inside the view) where the edge is what is hit. */
    private Optional<Point2D> pointOnlyOn(Diagram.Item edge) {
        Viewport v = canvas.viewport();
        Route r = edge.route();
        for (int i = 1; i < r.size(); i++) {
            for (double t : new double[] {0.5, 0.3, 0.7, 0.15, 0.85}) {
                double wx = r.xs()[i - 1] + (r.xs()[i] - r.xs()[i - 1]) * t;
                double wy = r.ys()[i - 1] + (r.ys()[i] - r.ys()[i - 1]) * t;
                double sx = v.toScreenX(wx);
                double sy = v.toScreenY(wy);
                Point2D scene = canvas.localToScene(sx, sy);
                boolean inView = sx > 2 && sy > 2 && sx < canvas.getWidth() - 2 && sy < canvas.getHeight() - 2;
                if (inView
                        && canvas.itemAt(scene.getX(), scene.getY())
                                .filter(edge.id()::equals)
                                .isPresent()) {
                    return Optional.of(new Point2D(sx, sy));
                }
            }
        }
        return Optional.empty();
    }
}
