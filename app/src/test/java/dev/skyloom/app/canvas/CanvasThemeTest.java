package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.ConnectionType;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The style's colour maths agrees with JavaFX's, so the canvas and the files show the same shades. */
class CanvasThemeTest {
    // JavaFX keeps colour components as floats
    private static final double EPS = 1e-6;

    private static void assertSame(Color expected, Colour actual, String what) {
        assertEquals(expected.getRed(), actual.red(), EPS, what + " red");
        assertEquals(expected.getGreen(), actual.green(), EPS, what + " green");
        assertEquals(expected.getBlue(), actual.blue(), EPS, what + " blue");
        assertEquals(expected.getOpacity(), actual.opacity(), EPS, what + " opacity");
    }

    @Test
    void deriveAndInterpolateFollowJavaFx() {
        for (String hex : List.of("#E8891A", "#1F7AD6", "#3C8C4E", "#607D8B", "#000000", "#FFFFFF", "#7C3AED")) {
            Color fx = Color.web(hex);
            Colour own = Colour.web(hex);
            assertSame(fx, own, hex);
            assertSame(fx.deriveColor(0, 0.8, 1, 0.75), own.derive(0, 0.8, 1, 0.75), hex + " outline");
            assertSame(fx.deriveColor(0, 0.9, 1, 0.9), own.derive(0, 0.9, 1, 0.9), hex + " chip");
            assertSame(fx.deriveColor(30, 1.2, 1.4, 0.5), own.derive(30, 1.2, 1.4, 0.5), hex + " shifted");
            assertSame(
                    Color.web("#FFFFFF").interpolate(fx, 0.12),
                    Colour.web("#FFFFFF").interpolate(own, 0.12),
                    hex + " header");
        }
    }

    @Test
    void themesConvertTheStyleValues() {
        for (CanvasTheme theme : List.of(CanvasTheme.LIGHT, CanvasTheme.DARK)) {
            DiagramStyle style = theme.style();
            assertEquals(CanvasTheme.fx(style.background()), theme.background());
            assertEquals(CanvasTheme.fx(style.shadow()), theme.shadow());
            assertSame(
                    Color.web(style.gpu().hex()).deriveColor(0, 0.8, 1, 0.9),
                    style.edgeColour(ConnectionType.RUNS_ON),
                    theme.name() + " runs-on");
            assertEquals(style.storage(), style.kindColour(ComponentType.STORAGE));
        }
        assertEquals("#0D1117", DiagramStyle.DARK.background().hex());
    }
}
