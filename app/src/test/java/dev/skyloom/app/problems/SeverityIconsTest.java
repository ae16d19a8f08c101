package dev.skyloom.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems table's severity icons differ by shape and by colour, like the canvas badges, in both themes. */
@ExtendWith(ApplicationExtension.class)
class SeverityIconsTest {
    private ProblemsPanel panel;

    @Start
    void start(Stage stage) {
        panel = new ProblemsPanel(FXCollections.observableArrayList(
                new Finding(Severity.ERROR, "residency", "residency.violation", List.of("a"), "error message"),
                new Finding(Severity.WARNING, "redundancy", "redundancy.spof", List.of("b"), "warning message"),
                new Finding(Severity.INFO, "portability", "portability.also", List.of("c"), "info message")));
        Scene scene = new Scene(panel, 900, 300);
        scene.getStylesheets().add(MainWindow.class.getResource("skyloom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void restoreTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private Map<Severity, FontIcon> iconsIn(FxRobot robot, String uaStylesheet) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(uaStylesheet);
            panel.applyCss();
            panel.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<Severity, FontIcon> icons = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            Set<Node> found = panel.table().lookupAll("." + ProblemsPanel.styleClass(s));
            assertEquals(1, found.size(), s + " icons in the table");
            icons.put(s, (FontIcon) found.iterator().next());
        }
        return icons;
    }

    private static double hueDistance(Color a, Color b) {
        double d = Math.abs(a.getHue() - b.getHue()) % 360;
        return Math.min(d, 360 - d);
    }

    private static void assertLike(Color canvas, Color icon, String what) {
        assertTrue(
                hueDistance(canvas, icon) < 12 && icon.getSaturation() > 0.5,
                what + ": icon " + icon + " has the hue of the canvas badge " + canvas);
    }

    private static void assertSeveritiesDistinct(Map<Severity, FontIcon> icons, CanvasTheme canvas) {
        Set<String> glyphs = new HashSet<>();
        Set<Color> colours = new HashSet<>();
        for (FontIcon icon : icons.values()) {
            glyphs.add(icon.getIconCode().getDescription());
            colours.add((Color) icon.getIconColor());
        }
        assertEquals(3, glyphs.size(), "three shapes");
        assertEquals(3, colours.size(), "three colours");
        assertEquals(Material2AL.ERROR, icons.get(Severity.ERROR).getIconCode(), "errors: a circle, as on the canvas");
        assertEquals(Material2MZ.WARNING, icons.get(Severity.WARNING).getIconCode(), "warnings: a triangle");
        assertEquals(Material2AL.INFO, icons.get(Severity.INFO).getIconCode(), "information: a circle with i");
        assertLike(canvas.error(), (Color) icons.get(Severity.ERROR).getIconColor(), canvas.name() + " error");
        assertLike(canvas.warning(), (Color) icons.get(Severity.WARNING).getIconColor(), canvas.name() + " warning");
        assertLike(canvas.accent(), (Color) icons.get(Severity.INFO).getIconColor(), canvas.name() + " info");
        for (FontIcon icon : icons.values()) {
            assertEquals(icon.getIconColor(), icon.getFill(), "the glyph is drawn in the icon colour");
        }
    }

    @Test
    void severityIconsDifferInShapeAndColourLikeTheCanvasBadgesInTheLightTheme(FxRobot robot) {
        assertSeveritiesDistinct(iconsIn(robot, new PrimerLight().getUserAgentStylesheet()), CanvasTheme.LIGHT);
    }

    @Test
    void severityIconsDifferInShapeAndColourLikeTheCanvasBadgesInTheDarkTheme(FxRobot robot) {
        Map<Severity, FontIcon> dark = iconsIn(robot, new PrimerDark().getUserAgentStylesheet());
        assertSeveritiesDistinct(dark, CanvasTheme.DARK);
        Color darkError = (Color) dark.get(Severity.ERROR).getIconColor();
        Color lightError = (Color) iconsIn(robot, new PrimerLight().getUserAgentStylesheet())
                .get(Severity.ERROR)
                .getIconColor();
        assertNotEquals(lightError, darkError, "the dark theme brightens the colours");
    }
}
