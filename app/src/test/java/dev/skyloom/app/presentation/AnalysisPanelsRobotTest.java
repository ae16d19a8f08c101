package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.canvas.CanvasBadge;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.problems.FindingText;
import dev.skyloom.app.problems.FindingViews;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analysis panels in the real window, driven like a user. */
@ExtendWith(ApplicationExtension.class)
class AnalysisPanelsRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Stage stage;

    /** global-inference without the personalisation pipeline's runs-on edge: no residency violation yet. */
    private static Design withoutPersonalisationPool() {
        Design d = Examples.read(ExampleFiles.path("global-inference"));
        List<Connection> kept = new ArrayList<>(d.connections());
        kept.removeIf(c -> c.id().equals("c9"));
        return d.withTopology(d.components(), kept);
    }

    /** Closes the window while the class's temporary folder still exists: nothing is written into it later. */
    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        this.stage = stage;
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                new Doubles.Dialogs(),
                new Doubles.Chooser(),
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                Examples::catalog);
        window = new MainWindow(stage, services, withoutPersonalisationPool(), Optional.empty());
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

    private AnalysisPanels panels() {
        return window.analysis();
    }

    /** Waits until the analysis shown is that of the current design. */
    private Analysis settled() {
        waitUntil(() -> {
            Analysis a = panels().analysis().current();
            return a != null && a.design() == window.viewModel().design();
        });
        return panels().analysis().current();
    }

    private Optional<Finding> shownResidencyViolation() {
        return panels().problems().table().getItems().stream()
                .filter(f -> f.code().equals("residency.violation"))
                .findFirst();
    }

    @Test
    void anEditThatCreatesAResidencyViolationShowsItWithItsPathHighlightedAndUndoClearsIt(FxRobot robot) {
        settled();
        assertTrue(shownResidencyViolation().isEmpty(), "the starting design has no violation");
        robot.interact(() -> window.viewModel().connect("personalisation", "us-serve-pool", ConnectionType.RUNS_ON));
        settled();
        Finding violation = shownResidencyViolation().orElseThrow();
        robot.interact(() -> panels().showPanels(true));
        waitUntil(() -> panels().panelsOpen());
        TableRow<?> row = robot.lookup(".table-row-cell")
                .match((TableRow<?> r) -> violation.equals(r.getItem()))
                .query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> path = panels().highlighted();
        List<String> subjects = violation.subjects();
        Design d = window.viewModel().design();
        assertEquals(2 * subjects.size() - 1, path.size(), "every hop of the path has its connection: " + path);
        for (int i = 0; i < subjects.size(); i++) {
            assertEquals(subjects.get(i), path.get(2 * i));
            if (i > 0) {
                Connection c = d.connection(path.get(2 * i - 1)).orElseThrow();
                assertTrue(
                        List.of(c.from(), c.to()).containsAll(List.of(subjects.get(i - 1), subjects.get(i))),
                        c + " joins " + subjects.get(i - 1) + " and " + subjects.get(i));
            }
        }
        assertTrue(window.viewModel().selection().containsAll(subjects), "the finding's components are selected");
        assertTrue(panels().analysis().errorsProperty().get() > 0);

        // the canvas badges the violation where the data lands, as the analysis's findings say
        Analysis withViolation = settled();
        waitUntil(() ->
                window.canvas().badges().equals(FindingViews.badges(withViolation.design(), withViolation.findings())));
        String lands = subjects.get(subjects.size() - 1);
        assertEquals(
                CanvasBadge.Level.ERROR, window.canvas().badges().get(lands).level());

        robot.interact(() -> window.viewModel().undo());
        Analysis undone = settled();
        assertTrue(shownResidencyViolation().isEmpty(), "undo removes the violation");
        assertTrue(panels().highlighted().isEmpty(), "and its highlight");
        waitUntil(() -> window.canvas().badges().equals(FindingViews.badges(undone.design(), undone.findings())));
        assertTrue(
                window.canvas().badges().values().stream()
                        .flatMap(b -> b.messages().stream())
                        .noneMatch(m -> m.equals(FindingText.of(violation, withViolation.design()))),
                "and its badge");
    }

    /** The design has unpriced lines: the status bar's sum says how many rather than read as complete. */
    @Test
    void statusBarCostCountsTheUnpricedLinesBesideTheSum(FxRobot robot) {
        Analysis a = settled();
        assertEquals(2, a.cost().unpriced().size(), "the design's unpriced lines");
        javafx.scene.control.Label cost = robot.lookup("#status-cost").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> !cost.getText().equals("Cost: …"));
        assertTrue(cost.getText().endsWith(" + 2 unpriced lines"), cost.getText());
        assertTrue(
                cost.getText()
                        .startsWith(
                                dev.skyloom.app.cost.CostPanel.money(a.cost().monthly()) + " USD/month"),
                cost.getText());
    }

    @Test
    void closedDrawerKeepsItsPanelsOutOfTheSceneUntilOpenedByItsDividerOrATab(FxRobot robot) {
        settled();
        assertEquals(null, panels().problems().getScene(), "closed, the problems table is not styled at start-up");
        assertEquals(null, panels().cost().getScene());
        assertEquals(null, panels().whatIfPanel().getScene());
        assertEquals(
                panels().analysis().findings(),
                List.copyOf(panels().problems().table().getItems()),
                "yet it follows the analysis");

        robot.interact(() -> panels().split().setDividerPositions(0.6)); // as when the user drags it up
        waitUntil(() -> panels().panelsOpen());
        assertEquals(stage.getScene(), panels().problems().getScene(), "the selected tab's panel is shown");
        assertEquals(null, panels().cost().getScene(), "the other tabs wait for their turn");

        robot.interact(() -> panels().tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stage.getScene(), panels().cost().getScene());
        assertTrue(robot.lookup("#cost-monthly").tryQuery().isPresent(), "the cost panel can be found by id");
    }

    @Test
    void costTotalsInThePanelEqualTheCliForEveryExample() {
        for (Path file : ExampleFiles.all()) {
            Design d = Examples.read(file);
            // wait for the replace itself: settled() right after an unfinished replace sees the old design settled
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.viewModel().replace(d, Optional.empty(), false));
            settled();
            JsonNode cli = Examples.cliJson("cost", file.toString(), "--json");
            assertEquals(
                    0,
                    cli.get("monthly")
                            .decimalValue()
                            .compareTo(amount(panels().cost().monthlyText())),
                    file + ": " + panels().cost().monthlyText() + " vs " + cli.get("monthly"));
            assertEquals(
                    0,
                    cli.get("annual")
                            .decimalValue()
                            .compareTo(amount(panels().cost().annualText())),
                    file.toString());
            assertEquals(cli.get("unpriced").size(), panels().cost().unpricedCount(), file.toString());
        }
    }

    /** "12,345.60 USD ~" → 12345.60 */
    private static BigDecimal amount(String shown) {
        return new BigDecimal(shown.split(" ")[0].replace(",", ""));
    }

    @Test
    void failingAProviderInWhatIfModeMarksExactlyThePipelinesTheCliReportsAndLeavingRestoresTheView(FxRobot robot) {
        Path file = ExampleFiles.path("global-inference");
        Design d = Examples.read(file);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.viewModel().replace(d, Optional.empty(), false));
        settled();
        robot.interact(() -> panels().whatIf(List.of("aws")));
        waitUntil(() -> !panels().dimmed().isEmpty());
        JsonNode cli = Examples.cliJson("simulate", file.toString(), "--fail", "aws", "--json");
        List<String> down = new ArrayList<>();
        cli.get("down").forEach(n -> down.add(n.get("id").asText()));
        assertFalse(down.isEmpty(), "failing AWS takes something down in this example");
        assertEquals(down, panels().markedDown());
        assertTrue(panels().dimmed().contains("aws-iad"));
        assertTrue(panels().whatIfPanel().summaryText().contains("GPUs surviving"));

        robot.interact(() -> panels().whatIfModel().activeProperty().set(false));
        assertTrue(panels().dimmed().isEmpty());
        assertTrue(panels().markedDown().isEmpty());
        assertSame(d, window.viewModel().design(), "what-if never changes the design");
        assertFalse(window.viewModel().dirtyProperty().get());
    }

    @Test
    void presentationModeHidesThePanelsShowsTheSummaryAndEscapeRestoresTheWindow(FxRobot robot) {
        settled();
        javafx.scene.Parent normal = stage.getScene().getRoot();
        window.presentation().fullScreen = false; // Monocle's full-screen painter overflows; the rest is real
        robot.interact(() -> window.presentation().enter());
        assertEquals("presentation-root", stage.getScene().getRoot().getId());
        assertTrue(window.presentation().overlayText().contains(" error"));
        assertEquals(null, panels().tabs().getScene(), "the panels are hidden");
        assertEquals(stage.getScene(), window.canvas().getScene(), "the canvas stays");
        javafx.scene.Node minimap = stage.getScene().lookup("#overview");
        assertTrue(minimap != null && !minimap.isVisible(), "the minimap is hidden while presenting");
        // an edit while presenting: the summary follows the new analysis
        long errors = settled().count(Severity.ERROR);
        robot.interact(() -> window.viewModel().connect("personalisation", "us-serve-pool", ConnectionType.RUNS_ON));
        long more = settled().count(Severity.ERROR);
        assertTrue(more > errors, "the edit adds a residency violation");
        waitUntil(() -> window.presentation().overlayText().startsWith(more + " error"));
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(normal, stage.getScene().getRoot());
        assertTrue(panels().split().getItems().contains(window.canvas().getParent()));
        assertTrue(stage.getScene().lookup("#overview").isVisible(), "the minimap is back");
    }

    @Test
    void selectingAProviderOutageHighlightsTheFailedProviderAndThePipelineThatGoesDown(FxRobot robot) {
        robot.interact(() -> window.viewModel()
                .replace(Examples.read(ExampleFiles.path("single-provider")), Optional.empty(), false));
        settled();
        robot.interact(() -> assertTrue(panels().selectFinding("redundancy.provider-outage")));
        assertEquals(List.of("serving", "aws"), panels().highlighted());
        assertTrue(window.viewModel().selection().containsAll(List.of("serving", "aws")));
        robot.interact(() -> panels().problems().table().getSelectionModel().clearSelection());
        assertTrue(panels().highlighted().isEmpty(), "clearing the selection clears the highlight");
    }

    /** WCAG relative luminance. */
    private static double luminance(javafx.scene.paint.Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void thePresentationSummaryIsReadableOnAnOpaqueThemePanelInTheDarkAndLightThemes(FxRobot robot) {
        settled();
        window.presentation().fullScreen = false;
        robot.interact(() -> window.presentation().enter());
        javafx.scene.layout.Region overlay =
                (javafx.scene.layout.Region) window.presentation().overlay();
        javafx.scene.paint.Color darkBackground = null;
        for (String ua : List.of(
                new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet(),
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())) {
            robot.interact(() -> {
                javafx.application.Application.setUserAgentStylesheet(ua);
                stage.getScene().getRoot().applyCss();
            });
            assertTrue(
                    overlay.getBackground() != null
                            && !overlay.getBackground().getFills().isEmpty(),
                    ua);
            javafx.scene.paint.Color bg = (javafx.scene.paint.Color)
                    overlay.getBackground().getFills().get(0).getFill();
            assertEquals(1.0, bg.getOpacity(), "an opaque panel hides the diagram under the text");
            int labels = 0;
            for (javafx.scene.Node n : overlay.getChildrenUnmodifiable()) {
                if (!(n instanceof javafx.scene.control.Label label)) {
                    continue; // the title row (issue 15: the panel collapses and moves by it)
                }
                javafx.scene.paint.Color fg = (javafx.scene.paint.Color) label.getTextFill();
                assertTrue(contrast(fg, bg) >= 4.5, label.getText() + ": " + fg + " on " + bg);
                labels++;
            }
            assertEquals(3, labels);
            if (darkBackground == null) {
                darkBackground = bg;
                assertTrue(luminance(bg) < 0.1, "the dark theme's panel is dark: " + bg);
            } else {
                assertTrue(luminance(bg) > 0.8, "the light theme's panel is light: " + bg);
            }
        }
        robot.interact(() -> window.presentation().leave());
    }
}
