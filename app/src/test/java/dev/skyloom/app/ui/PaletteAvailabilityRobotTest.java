package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.palette.PaletteItem;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14, points 7 and 11, with the bundled catalog: a region selected on the canvas lists what it sells,
 * "Sold here" narrows the palette to it, and a chosen GPU says it is not sold in AWS Frankfurt and where the
 * nearest region that sells it is — before any drop is refused.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteAvailabilityRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignerTests.io(),
                new Doubles.Dialogs(),
                new Doubles.Chooser(),
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                CatalogLoader::bundled);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private void search(FxRobot robot, String text) {
        robot.interact(() -> {
            window.palette().searchField().setText(text);
            window.palette().refilter();
        });
    }

    private List<TreeItem<PaletteItem>> leaves() {
        List<TreeItem<PaletteItem>> out = new ArrayList<>();
        collect(window.palette().tree().getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<PaletteItem> item, List<TreeItem<PaletteItem>> out) {
        if (item.getChildren().isEmpty()) {
            if (item.getValue() instanceof PaletteItem.OfferingEntry) {
                out.add(item);
            }
            return;
        }
        item.getChildren().forEach(c -> collect(c, out));
    }

    private void waitForCatalog() {
        Eventually.until(() -> window.palette().tree().getRoot() != null);
    }

    @Test
    void aSelectedRegionListsItsOfferingsAndAChosenGpuSaysWhereItIsSold(FxRobot robot) {
        waitForCatalog();
        CheckBox soldHere = robot.lookup("#palette-sold-here").queryAs(CheckBox.class);
        assertTrue(soldHere.isDisabled(), "nothing selected: no 'here'");
        robot.interact(() -> window.viewModel().select("aws-fra", false));
        Label here = robot.lookup("#palette-here").queryAs(Label.class);
        assertTrue(here.isVisible());
        assertTrue(here.getText().startsWith("eu-central-1 · Frankfurt sells "), here.getText());
        ListView<?> sold = robot.lookup("#palette-sold-list").queryAs(ListView.class);
        assertFalse(sold.getItems().isEmpty());
        assertTrue(sold.getItems().stream().noneMatch(s -> s.toString().startsWith("p5.48xlarge ")));

        search(robot, "p5.48xlarge");
        TreeItem<PaletteItem> p5 = leaves().get(0);
        robot.interact(() -> window.palette().tree().getSelectionModel().select(p5));
        Label hint = robot.lookup("#palette-hint").queryAs(Label.class);
        assertTrue(hint.isVisible());
        assertEquals(
                "p5.48xlarge (H100) is not sold in eu-central-1 · Frankfurt in the catalog; the nearest Amazon Web"
                        + " Services region that sells it is eu-west-2 · London (about 640 km).",
                hint.getText());

        assertFalse(soldHere.isDisabled());
        robot.interact(() -> soldHere.setSelected(true));
        assertTrue(leaves().isEmpty(), "Frankfurt sells no p5.48xlarge");
        search(robot, "");
        assertEquals(sold.getItems().size(), leaves().size(), "sold here: exactly what the region sells");
        assertTrue(leaves().stream().allMatch(i -> ((PaletteItem.OfferingEntry) i.getValue())
                .region()
                .code()
                .equals("eu-central-1")));
    }

    @Test
    void selectingOnTheCanvasKeepsWhatTheUserOpenedInThePalette(FxRobot robot) {
        waitForCatalog();
        TreeItem<PaletteItem> aws = window.palette().tree().getRoot().getChildren().stream()
                .filter(i -> i.getValue().label().equals("Amazon Web Services"))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> aws.setExpanded(true));
        robot.interact(() -> window.viewModel().select("aws-fra", false));
        robot.interact(() -> window.viewModel().select("aws-par", false));
        assertTrue(window.palette().tree().getRoot().getChildren().contains(aws), "the tree was not rebuilt");
        assertTrue(aws.isExpanded(), "the provider the user opened stays open");
    }

    @Test
    void anOfferingWhoseSourcesNameNoRegionIsOfferedInTheSelectedRegionWithItsReasonAndANote(FxRobot robot) {
        waitForCatalog();
        robot.interact(() -> window.viewModel().select("aws-fra", false));
        CheckBox soldHere = robot.lookup("#palette-sold-here").queryAs(CheckBox.class);
        robot.interact(() -> soldHere.setSelected(true));
        search(robot, "P6e-GB300");
        List<TreeItem<PaletteItem>> found = leaves();
        assertEquals(1, found.size(), "sold in Frankfurt as in every AWS region: " + found);
        PaletteItem.OfferingEntry gb300 =
                (PaletteItem.OfferingEntry) found.get(0).getValue();
        assertEquals("eu-central-1", gb300.region().code());
        assertTrue(gb300.label().endsWith("price on request (contact sales) — regions not stated"), gb300.label());

        robot.interact(() -> window.palette().tree().getSelectionModel().select(found.get(0)));
        assertEquals(
                "P6e-GB300 UltraServer (NVL72) (GB300) is sold by Amazon Web Services but no source names its"
                        + " regions; confirm eu-central-1 · Frankfurt with the provider.",
                robot.lookup("#palette-hint").queryAs(Label.class).getText());
        Eventually.until(() -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .anyMatch(c -> gb300.equals(c.getItem()) && c.getTooltip() != null));
        String tip = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> gb300.equals(c.getItem()))
                .findFirst()
                .orElseThrow()
                .getTooltip()
                .getText();
        assertTrue(tip.contains("Unpriced: price on request (contact sales: sales-led general availability"), tip);
        assertTrue(tip.contains("Regions not stated by the sources"), tip);
    }
}
