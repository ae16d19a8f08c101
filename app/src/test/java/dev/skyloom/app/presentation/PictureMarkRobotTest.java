package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.export.PictureExport;
import dev.skyloom.app.picture.PictureFormat;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 15: View → Skyloom Mark on Pictures. On (the default) the exported SVG and PNG carry the "Skyloom"
 * mark at the top right of their header; turned off in the menu, neither does, the choice is saved in the
 * settings and the next window starts with it. Presentation mode draws no mark either way (the product
 * has none there to remove).
 */
@ExtendWith(ApplicationExtension.class)
class PictureMarkRobotTest {
    private static final String MARK_ITEM = "Skyloom Mark on Pictures";
    /** The mark as the SVG writes it: a text element whose whole content is the word. */
    private static final Pattern SVG_MARK = Pattern.compile("<text[^>]*>Skyloom</text>");

    @TempDir
    static Path dir;

    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private MainWindow window;
    private Path data;
    private MainWindow.Services services;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        data = dir.resolve("data-" + System.nanoTime());
        services = services(stage);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private MainWindow.Services services(Stage stage) {
        return new MainWindow.Services(
                DesignIos.standard(),
                new FxDialogService(stage),
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                TinyCatalog::threeRegions);
    }

    private static CheckMenuItem markItem(FxRobot robot, Node inScene) {
        MenuBar bar =
                robot.from(inScene.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i instanceof CheckMenuItem c && MARK_ITEM.equals(c.getText())) {
                    return c;
                }
            }
        }
        throw new AssertionError("no View → " + MARK_ITEM);
    }

    /** The SVG written through Analysis → Export Picture… (the chooser double answers the file). */
    private String exportSvg(FxRobot robot, String name) throws Exception {
        Path svg = dir.resolve(name + "-" + System.nanoTime() + ".svg");
        chooser.save = Optional.of(svg);
        robot.clickOn("Analysis");
        robot.clickOn("Export Picture…");
        Eventually.until(() -> Files.exists(svg));
        return Files.readString(svg);
    }

    /** The PNG the same item writes once its size is chosen (the path after the scale dialog). */
    private BufferedImage exportPng(FxRobot robot, String name) throws Exception {
        Path png = dir.resolve(name + "-" + System.nanoTime() + ".png");
        robot.interact(() -> window.analysis().exports().run(new PictureExport(PictureFormat.PNG), png));
        Eventually.until(() -> Files.exists(png));
        return ImageIO.read(png.toFile());
    }

    /**
     * Colours in the header's top-right corner, where the mark is written: a single colour (the background)
     * when there is no mark. The title and subtitle keep 110 units clear of it.
     */
    private static int coloursInMarkCorner(BufferedImage img, double scale) {
        Set<Integer> colours = new HashSet<>();
        int right = img.getWidth() - (int) Math.ceil(24 * scale);
        int left = img.getWidth() - (int) Math.floor(130 * scale);
        int top = (int) Math.ceil(26 * scale);
        int bottom = (int) Math.floor(60 * scale);
        for (int x = left; x < right; x++) {
            for (int y = top; y < bottom; y++) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int marks(String svg) {
        Matcher m = SVG_MARK.matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Presentation mode, not full screen: any visible text there reading "Skyloom". */
    private boolean presentationShowsAMark(FxRobot robot) {
        window.presentation().fullScreen = false;
        robot.interact(() -> window.presentation().enter());
        Eventually.until(() -> window.presentation().activeProperty().get());
        boolean shown = robot.lookup(n -> n.isVisible()
                        && ((n instanceof Labeled l
                                        && l.getText() != null
                                        && l.getText().contains("Skyloom"))
                                || (n instanceof Text t
                                        && t.getText() != null
                                        && t.getText().contains("Skyloom"))))
                .tryQuery()
                .isPresent();
        robot.interact(() -> window.presentation().leave());
        Eventually.until(() -> !window.presentation().activeProperty().get());
        return shown;
    }

    @Test
    void turnedOffInTheViewMenuTheMarkLeavesTheSvgAndPngAndTheNextWindowKeepsItOff(FxRobot robot) throws Exception {
        Eventually.until(() -> window.catalog().isPresent());
        CheckMenuItem item = markItem(robot, window.canvas());
        assertTrue(item.isSelected(), "the mark is on at first");
        double scale = window.analysis().exports().pictureScale();

        String withMark = exportSvg(robot, "with-mark");
        assertEquals(1, marks(withMark), "the SVG carries the mark once");
        int markColours = coloursInMarkCorner(exportPng(robot, "with-mark"), scale);
        assertTrue(markColours > 1, "the PNG has the mark drawn in its corner: " + markColours + " colours");
        assertFalse(presentationShowsAMark(robot), "presentation mode draws no mark");

        robot.clickOn("View");
        robot.clickOn(MARK_ITEM);
        Eventually.until(() -> !window.analysis().exports().pictureMark());
        assertFalse(item.isSelected());
        assertFalse(new SettingsStore(data).load().pictureMark(), "saved in the settings");

        String without = exportSvg(robot, "without-mark");
        assertEquals(0, marks(without), "no mark in the SVG");
        assertTrue(without.contains(">" + window.viewModel().design().name() + "<"), "the title is still there");
        assertEquals(1, coloursInMarkCorner(exportPng(robot, "without-mark"), scale), "the PNG's corner is empty");
        assertFalse(presentationShowsAMark(robot), "presentation mode draws no mark");

        // the next run reads the settings: its menu item starts off and its pictures have no mark
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            Stage next = new Stage();
            second[0] = new MainWindow(next, services(next), SampleDesigns.builtIn(), Optional.empty());
            next.setWidth(1000);
            next.setHeight(700);
            next.show();
        });
        assertFalse(second[0].analysis().exports().pictureMark(), "the next window exports without the mark");
        assertFalse(markItem(robot, second[0].canvas()).isSelected(), "and its menu item starts off");
    }
}
