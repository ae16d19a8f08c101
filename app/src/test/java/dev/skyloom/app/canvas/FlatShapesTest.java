package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.OnFx;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The rectangle-fill shapes cover the same pixels as the path shapes they replace, blending once. */
class FlatShapesTest {
    private static final Color INK = Color.rgb(200, 40, 40, 0.5);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anOrthogonalRouteIsFilledAlongItsSegmentsWithOneBlendAtTheJoints() throws Exception {
        PixelReader px = draw(gc -> {
            gc.setFill(INK);
            boolean drawn = FlatShapes.fillOrthogonal(
                    gc, new double[] {10, 60, 60}, new double[] {20, 20, 70}, 3, 4, null, 0, 0, 100, 100);
            assertTrue(drawn);
        });
        Color onSegment = px.getColor(35, 20);
        Color atJoint = px.getColor(60, 20);
        Color onSecond = px.getColor(60, 45);
        assertTrue(onSegment.getGreen() < 0.9, "segment drawn: " + onSegment);
        assertEquals(onSegment.toString(), atJoint.toString(), "the joint is blended once, like the segments");
        assertEquals(onSegment.toString(), onSecond.toString());
        assertEquals(Color.WHITE.toString(), px.getColor(35, 40).toString(), "nothing off the route");
        assertEquals(Color.WHITE.toString(), px.getColor(60, 80).toString(), "nothing past the end");
    }

    @Test
    void aDiagonalSegmentIsLeftToThePathRasteriser() throws Exception {
        boolean[] drawn = {true};
        draw(gc -> drawn[0] = FlatShapes.fillOrthogonal(
                gc, new double[] {10, 60}, new double[] {10, 60}, 2, 2, null, 0, 0, 100, 100));
        assertFalse(drawn[0]);
    }

    @Test
    void aDashedRouteLeavesGapsThatRunOnAcrossTheJoint() throws Exception {
        // dashes 10 on, 10 off from x = 0: on over 0-10, 20-30, 40-50; the turn at x = 45 is inside a dash
        PixelReader px = draw(gc -> {
            gc.setFill(Color.BLACK);
            FlatShapes.fillOrthogonal(
                    gc,
                    new double[] {0, 45, 45},
                    new double[] {10, 10, 90},
                    3,
                    2,
                    new double[] {10, 10},
                    0,
                    0,
                    100,
                    100);
        });
        assertTrue(isInk(px.getColor(5, 10)));
        assertFalse(isInk(px.getColor(15, 10)), "a gap");
        assertTrue(isInk(px.getColor(25, 10)));
        assertTrue(isInk(px.getColor(45, 12)), "the dash in progress turns the corner");
        assertFalse(isInk(px.getColor(45, 20)), "the next gap starts 5 units after the corner");
        assertTrue(isInk(px.getColor(45, 30)));
    }

    @Test
    void aRoundedRectangleFromFillsCoversTheSamePixelsAsThePathOne() throws Exception {
        PixelReader flat = draw(gc -> {
            gc.setFill(Color.BLACK);
            FlatShapes.fillRoundRect(gc, 10.5, 10.5, 70, 50, 20);
            gc.setStroke(Color.BLUE);
            gc.setLineWidth(1.5);
            FlatShapes.strokeRoundRect(gc, 10.5, 10.5, 70, 50, 20);
        });
        PixelReader path = draw(gc -> {
            gc.setFill(Color.BLACK);
            gc.fillRoundRect(10.5, 10.5, 70, 50, 20, 20);
            gc.setStroke(Color.BLUE);
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(10.5, 10.5, 70, 50, 20, 20);
        });
        int different = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                Color a = flat.getColor(x, y);
                Color b = path.getColor(x, y);
                double d = Math.abs(a.getRed() - b.getRed())
                        + Math.abs(a.getGreen() - b.getGreen())
                        + Math.abs(a.getBlue() - b.getBlue());
                if (d > 0.2) {
                    different++;
                }
            }
        }
        // the ends of the corner arcs meet the sides a shade lighter (8 pixels here); a seam between the
        // pieces, a missing corner or a shifted side would be a hundred or more
        assertTrue(different < 16, "pixels clearly different: " + different);
    }

    private static boolean isInk(Color c) {
        return c.getRed() < 0.5;
    }

    private static PixelReader draw(Consumer<GraphicsContext> paint) throws Exception {
        WritableImage image = OnFx.call(() -> {
            Canvas c = new Canvas(100, 100);
            GraphicsContext gc = c.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, 100, 100);
            paint.accept(gc);
            return c.snapshot(new SnapshotParameters(), null);
        });
        return image.getPixelReader();
    }
}
