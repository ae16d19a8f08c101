package dev.skyloom.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.FxPulses;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.EstateImport;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Import from Terraform…: the menu, the report, and the laid-out, checked design it opens. */
@ExtendWith(ApplicationExtension.class)
class ImportRobotTest {
    @TempDir
    static Path dir;

    private static final Path FIXTURE =
            Path.of("..", "exporters", "src", "test", "resources", "tfimport", "infracost-gcp-igm");

    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private MainWindow window;

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                dialogs,
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                Examples::catalog);
        window = new MainWindow(stage, services, SampleDesigns.builtIn(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private static void waitUntil(BooleanSupplier condition) {
        Eventually.until(condition);
    }

    /**
     * File → Import from Terraform…, until the import asks which source. On a real window system the
     * menu's action can come some pulses after the click: after 60 pulses without one the menu is closed
     * and clicked again (Monocle needs one try).
     */
    private void importFromTheMenu(FxRobot robot) {
        for (int attempt = 0; attempt < 5 && dialogs.offered.isEmpty(); attempt++) {
            robot.clickOn("File");
            robot.clickOn("Import from Terraform…");
            for (int pulses = 0; pulses < 60 && dialogs.offered.isEmpty(); pulses += 10) {
                FxPulses.await(window.canvas().getScene(), 10);
            }
            if (dialogs.offered.isEmpty()) {
                robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
            }
        }
        // fail rather than wait for ever: late in a full run under Xvfb with fluxbox the action did not come
        // after five tries (noted in issue 11's closing note); alone, under Xvfb or Monocle, it does
        assertTrue(!dialogs.offered.isEmpty(), "File → Import from Terraform… ran no import in five tries");
    }

    @Test
    void importingAFolderFromTheMenuShowsTheReportAndTheCheckedDesign(FxRobot robot) {
        waitUntil(() -> window.catalog().isPresent());
        dialogs.saveChoice = dev.skyloom.app.service.DialogService.SaveChoice.DISCARD;
        dialogs.chooseIndex = 1;
        chooser.terraformFolder = Optional.of(FIXTURE);

        importFromTheMenu(robot);

        assertEquals(List.of(EstateImport.PLAN_OR_STATE, EstateImport.FOLDER), dialogs.offered.get(0));
        waitUntil(() -> window.viewModel().design().component("two-disks").isPresent());
        String report = dialogs.infoMessages.get(dialogs.infoMessages.size() - 1);
        assertTrue(
                report.startsWith("The imported estate's cost is unpriced (1 line); the checks find 1 error and"),
                report);
        assertTrue(
                report.contains("google_compute_region_instance_group_manager.two_disks -> gpu-pool two-disks"),
                report);
        assertTrue(window.viewModel().dirtyProperty().get(), "a new, unsaved design");
        assertTrue(window.canvas().getDiagram().item("two-disks").isPresent(), "drawn on the canvas");
        assertTrue(window.canvas().getDiagram().item("gcp-us-central1").isPresent());
        waitUntil(() -> window.analysis().problems().table().getItems().stream()
                .anyMatch(f -> f.code().equals("catalog.unknown-instance-type")
                        && f.subjects().contains("two-disks")));
    }

    @Test
    void aBrokenSourceShowsOneErrorAndKeepsTheDesign(FxRobot robot) throws Exception {
        waitUntil(() -> window.catalog().isPresent());
        var before = window.viewModel().design();
        dialogs.saveChoice = dev.skyloom.app.service.DialogService.SaveChoice.DISCARD;
        dialogs.chooseIndex = 0;
        Path bad = java.nio.file.Files.writeString(dir.resolve("bad-" + System.nanoTime() + ".json"), "{");
        chooser.terraformJson = Optional.of(bad);
        importFromTheMenu(robot);
        waitUntil(() -> !dialogs.shown.isEmpty());
        assertTrue(
                dialogs.shown.stream().anyMatch(s -> s.startsWith("error: Cannot import from Terraform: " + bad)),
                dialogs.shown.toString());
        assertEquals(before, window.viewModel().design());
    }
}
