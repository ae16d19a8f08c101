package dev.skyloom.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.actions.AppAction;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.canvas.CanvasMarks;
import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.CompareMarks;
import dev.skyloom.app.canvas.Viewport;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Design;
import dev.skyloom.model.diff.ChangeKind;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
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

/**
 * File → Compare with… in the real window: the open example against a modified copy of it (a moved pool,
 * a changed count, an added replica, a removed component). The canvas draws the marks in their colours,
 * the Compare panel's totals are {@code skyloom diff --json}'s for the same pair, the inspector lists the
 * changed fields, and leaving with Escape gives back the view with the design and its undo history
 * untouched. A bad file and a git revision go through the same menu item.
 */
@ExtendWith(ApplicationExtension.class)
class CompareModeRobotTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private MainWindow window;
    private Doubles.Dialogs dialogs;
    private Doubles.Chooser chooser;
    private Path example;

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = DesignerReady.ownStage();
        Path folder = Files.createDirectories(dir.resolve("w-" + System.nanoTime()));
        example = folder.resolve("eu-sovereign-training.skyloom.json");
        Files.copy(ExampleFiles.path("eu-sovereign-training"), example);
        dialogs = new Doubles.Dialogs();
        chooser = new Doubles.Chooser();
        Path data = folder.resolve("data");
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                dialogs,
                chooser,
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                Examples::catalog);
        window = new MainWindow(stage, services, Examples.read(example), Optional.of(example));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    /**
     * The example with: {@code train-dub} moved from Ireland to Frankfurt, {@code train-fra} 4 → 6
     * instances, a new replica {@code eval-results-dr} (Ireland, replicated from {@code eval-results}) and
     * {@code checkpoints-dr} removed with its two connections.
     */
    static Path modifiedCopy(Path folder) throws IOException {
        ObjectNode d = (ObjectNode)
                JSON.readTree(ExampleFiles.path("eu-sovereign-training").toFile());
        for (JsonNode c : d.withArray("components")) {
            ObjectNode o = (ObjectNode) c;
            switch (o.get("id").asText()) {
                case "train-dub" -> o.put("parent", "aws-fra");
                case "train-fra" -> o.put("count", 6);
                default -> {}
            }
        }
        ArrayNode components = d.withArray("components");
        for (Iterator<JsonNode> it = components.iterator(); it.hasNext(); ) {
            if (it.next().get("id").asText().equals("checkpoints-dr")) {
                it.remove();
            }
        }
        components
                .addObject()
                .put("id", "eval-results-dr")
                .put("type", "storage")
                .put("parent", "aws-dub")
                .put("name", "Evaluation results replica")
                .put("storageClass", "object")
                .put("capacityTb", 5);
        ArrayNode connections = d.withArray("connections");
        for (Iterator<JsonNode> it = connections.iterator(); it.hasNext(); ) {
            JsonNode k = it.next();
            if (k.get("from").asText().equals("checkpoints-dr")
                    || k.get("to").asText().equals("checkpoints-dr")) {
                it.remove();
            }
        }
        connections
                .addObject()
                .put("id", "c10")
                .put("type", "replicates-to")
                .put("from", "eval-results")
                .put("to", "eval-results-dr")
                .put("monthlyTb", 0.1);
        ObjectNode layout = d.with("layout");
        // positions derived from the example's layout: the new replica where checkpoints-dr was, train-dub
        // below the last card of Frankfurt, its new region
        JsonNode replaced = layout.remove("checkpoints-dr");
        JsonNode lowest = null;
        for (JsonNode c : d.withArray("components")) {
            JsonNode b = layout.get(c.get("id").asText());
            if (c.path("parent").asText().equals("aws-fra")
                    && b != null
                    && (lowest == null
                            || b.get("y").asDouble() > lowest.get("y").asDouble())) {
                lowest = b;
            }
        }
        layout.putObject("train-dub")
                .put("x", lowest.get("x").asDouble())
                .put("y", lowest.get("y").asDouble() + lowest.get("h").asDouble() + 34)
                .put("w", 130)
                .put("h", 64);
        layout.putObject("eval-results-dr")
                .put("x", replaced.get("x").asDouble())
                .put("y", replaced.get("y").asDouble())
                .put("w", 130)
                .put("h", 64);
        Path copy = folder.resolve("proposal.skyloom.json");
        Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(d));
        return copy;
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private CompareMode compare() {
        return window.compare();
    }

    @Test
    void compareWithAModifiedCopyMarksTheCanvasMatchesTheCliAndLeavingRestoresEverything(FxRobot robot)
            throws Exception {
        Path copy = modifiedCopy(example.getParent());
        WaitForAsyncUtils.waitForFxEvents();
        Design design = window.viewModel().design();
        long revision = window.viewModel().revisionProperty().get();
        boolean canUndo = window.viewModel().canUndoProperty().get();
        String undoLabel = window.viewModel().undoLabelProperty().get();
        Viewport view = window.canvas().viewportProperty().get();
        Tab tabBefore = window.analysis().tabs().getSelectionModel().getSelectedItem();
        boolean drawerBefore = window.analysis().panelsOpen();
        int tabsBefore = window.analysis().tabs().getTabs().size();
        List<String> filesBefore = files(example.getParent());
        CanvasMarks marks = onFx(() -> CanvasMarks.record(window.canvas()));

        chooser.open = Optional.of(copy);
        robot.interact(() -> window.actions().run(AppAction.COMPARE_WITH));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(compare().activeProperty().get(), "compare mode is on: " + dialogs.shown);
        assertEquals("proposal.skyloom.json", compare().baseLabel());
        assertTrue(robot.lookup("#compare-legend").query().isVisible(), "the legend shows");
        assertSame(compare().tab(), window.analysis().tabs().getSelectionModel().getSelectedItem());
        assertTrue(window.analysis().panelsOpen(), "the drawer opens on the Compare tab");

        // the canvas draws: the open design's train-dub (moved) and train-fra (count) changed, checkpoints-dr
        // (not in the copy) added, and the copy's replica as a ghost where the copy had it
        record Frame(Map<String, CanvasMarks.Mark> marks, Viewport viewport) {}
        Frame frame = onFx(() ->
                new Frame(marks.paintNow(), window.canvas().viewportProperty().get()));
        Map<String, CanvasMarks.Mark> drawn = frame.marks();
        assertEquals("changed", drawn.get("train-dub").kind(), drawn.toString());
        assertEquals("changed", drawn.get("train-fra").kind(), drawn.toString());
        assertEquals("added", drawn.get("checkpoints-dr").kind(), drawn.toString());
        assertEquals("removed", drawn.get("eval-results-dr").kind(), drawn.toString());
        assertEquals(4, drawn.size(), "nothing else is marked: " + drawn);
        Viewport v = frame.viewport();
        CanvasMarks.Mark ghost = drawn.get("eval-results-dr");
        dev.skyloom.model.Bounds was = Examples.read(ExampleFiles.path("eu-sovereign-training"))
                .layout()
                .get("checkpoints-dr");
        assertEquals(v.toScreenX(was.x()), ghost.x(), 0.01, "the ghost is at the copy's place for it");
        assertEquals(v.toScreenY(was.y()), ghost.y(), 0.01);

        // and in the theme's colours: green for added, amber for changed, red for the ghost's dashes
        WritableImage shot = onFx(() -> window.canvas().snapshot(null, null));
        CanvasTheme theme = window.canvas().themeProperty().get();
        assertColourOnTopEdge(shot, drawn.get("checkpoints-dr"), CompareMarks.colour(theme, ChangeKind.ADDED));
        assertColourOnTopEdge(shot, drawn.get("train-fra"), CompareMarks.colour(theme, ChangeKind.CHANGED));
        assertColourOnLeftEdge(shot, ghost, CompareMarks.colour(theme, ChangeKind.REMOVED));

        // the panel's totals are those of skyloom diff BASE HEAD --json for the same pair
        JsonNode cli = Examples.cliJson("diff", copy.toString(), example.toString(), "--json");
        ComparePanel panel = compare().panel();
        JsonNode monthly = cli.get("cost").get("monthly");
        assertEquals(monthly.get("before").decimalValue(), amount(panel.cell("monthly", "before")));
        assertEquals(monthly.get("after").decimalValue(), amount(panel.cell("monthly", "after")));
        assertEquals(monthly.get("delta").decimalValue(), amount(panel.cell("monthly", "change")));
        JsonNode annual = cli.get("cost").get("annual");
        assertEquals(annual.get("delta").decimalValue(), amount(panel.cell("annual", "change")));
        assertTrue(monthly.get("delta").decimalValue().signum() != 0, "the pair differs in cost");
        JsonNode errors = cli.get("findings").get("counts").get("error");
        assertEquals(errors.get("before").asText(), panel.cell("errors", "before"));
        assertEquals(errors.get("after").asText(), panel.cell("errors", "after"));
        JsonNode down = cli.get("resilience").get("takingPipelinesDown");
        JsonNode failures = cli.get("resilience").get("failures");
        assertEquals(
                down.get("after").asText() + " of " + failures.get("after").asText(), panel.cell("failures", "after"));
        assertEquals(
                List.of(
                        "Components",
                        "Connections",
                        "Data classes and settings",
                        "Cost",
                        "Findings",
                        "Resilience",
                        "Portability",
                        "Latency"),
                panel.sections().stream()
                        .map(p -> p.getText().replaceFirst(":.*", ""))
                        .toList());
        assertEquals(
                "Components: 1 added, 1 removed, 2 changed",
                panel.sections().get(0).getText());
        // the latency section is filled as the Markdown's (neither side of this pair has populations)
        assertEquals(
                "Latency: users within budget — → —, 0 populations served differently",
                panel.sections().get(7).getText());
        assertEquals("—", panel.cell("latency", "after"));

        // selecting a changed component lists its changed fields, old → new
        robot.interact(() -> window.viewModel().select("train-dub", false));
        assertEquals(List.of("parent: aws-fra → aws-dub"), compare().shownFields());
        robot.interact(() -> window.viewModel().select("train-fra", false));
        assertEquals(List.of("count: 6 → 4"), compare().shownFields());
        robot.interact(() -> window.viewModel().clearSelection());

        // Escape leaves: the view comes back, the design and its history are as they were
        robot.clickOn(window.canvas(), javafx.scene.input.MouseButton.PRIMARY);
        robot.interact(() -> window.viewModel().clearSelection());
        robot.interact(() -> window.canvas().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(compare().activeProperty().get(), "Escape left compare mode");
        assertNull(compare().comparisonProperty().get());
        assertSame(design, window.viewModel().design(), "the very same document");
        assertEquals(revision, window.viewModel().revisionProperty().get(), "no edit was applied");
        assertEquals(canUndo, window.viewModel().canUndoProperty().get());
        assertEquals(undoLabel, window.viewModel().undoLabelProperty().get());
        assertFalse(window.viewModel().dirtyProperty().get());
        // the canvas' size follows the window's layout (the catalog filling the palette may still move a
        // divider under load); what compare mode changed and must give back is where the view is and its zoom
        Viewport after = window.canvas().viewportProperty().get();
        assertEquals(
                List.of(view.originX(), view.originY(), view.zoom()),
                List.of(after.originX(), after.originY(), after.zoom()),
                "the same part of the design at the same zoom");
        assertSame(tabBefore, window.analysis().tabs().getSelectionModel().getSelectedItem());
        assertEquals(drawerBefore, window.analysis().panelsOpen());
        assertEquals(tabsBefore, window.analysis().tabs().getTabs().size(), "the Compare tab is gone");
        assertFalse(robot.lookup("#compare-legend").query().isVisible());
        assertSame(CompareMarks.NONE, window.canvas().getCompareMarks());
        assertEquals(Map.of(), onFx(marks::paintNow), "the canvas draws no mark any more");
        assertEquals(filesBefore, files(example.getParent()), "nothing was written beside the design");
        assertEquals(
                List.of(),
                dialogs.shown.stream().filter(s -> s.startsWith("error")).toList());
        onFx(() -> {
            marks.stop();
            return null;
        });
    }

    @Test
    void aBrokenFileGivesOneDialogNamingTheFileAndFieldAndChangesNothing(FxRobot robot) throws Exception {
        Path broken = example.getParent().resolve("broken.skyloom.json");
        String json = Files.readString(example).replace("\"count\": 4", "\"count\": \"four\"");
        assertTrue(json.contains("\"four\""), "the fixture breaks a field");
        Files.writeString(broken, json);
        List<String> filesBefore = files(example.getParent());
        Design design = window.viewModel().design();

        chooser.open = Optional.of(broken);
        robot.interact(() -> window.actions().run(AppAction.COMPARE_WITH));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(compare().activeProperty().get());
        List<String> errors =
                dialogs.shown.stream().filter(s -> s.startsWith("error")).toList();
        assertEquals(1, errors.size(), dialogs.shown.toString());
        assertTrue(errors.get(0).contains("broken.skyloom.json"), errors.get(0));
        assertTrue(errors.get(0).contains("count"), errors.get(0));
        assertSame(design, window.viewModel().design());
        assertEquals(filesBefore, files(example.getParent()), "nothing is written");
    }

    @Test
    void aRevisionOfTheOpenFileIsChosenFromItsGitLogAndReadWithGitShow(FxRobot robot) throws Exception {
        Path repo = example.getParent();
        git(repo, "init", "-q");
        git(repo, "config", "user.email", "test@example.invalid");
        git(repo, "config", "user.name", "Test");
        git(repo, "config", "commit.gpgsign", "false");
        git(repo, "add", example.getFileName().toString());
        git(repo, "commit", "-q", "-m", "the example");
        Files.writeString(example, Files.readString(example).replace("\"count\": 4", "\"count\": 8"));
        git(repo, "commit", "-q", "-a", "-m", "eight training instances");
        // the open design is the first commit's; compare it with the second (newest first: index 1)
        dialogs.chooseIndex = 1;

        robot.interact(() -> window.actions().run(AppAction.COMPARE_WITH));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(3, dialogs.offered.get(0).size(), "a file, then both commits: " + dialogs.offered);
        assertEquals(CompareWith.PICK_FILE, dialogs.offered.get(0).get(0));
        assertTrue(dialogs.offered.get(0).get(1).endsWith("eight training instances"), dialogs.offered.toString());
        assertTrue(compare().activeProperty().get(), dialogs.shown.toString());
        assertTrue(
                compare().baseLabel().matches("git:[0-9a-f]{7,}:eu-sovereign-training\\.skyloom\\.json"),
                compare().baseLabel());
        robot.interact(() -> window.viewModel().select("train-fra", false));
        assertEquals(List.of("count: 8 → 4"), compare().shownFields());
        robot.interact(() -> window.actions().run(AppAction.LEAVE_COMPARE));
        assertFalse(compare().activeProperty().get(), "the menu item leaves too");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    /** An amount as the panel shows it ({@code +1,234.50}) as a number. */
    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", "").replace("+", ""));
    }

    /** Some pixel on the mark's top edge (the outline's stroke) has the colour. */
    private static void assertColourOnTopEdge(WritableImage img, CanvasMarks.Mark m, Color expected) {
        assertColourNear(img, (int) (m.x() + m.w() / 2), (int) Math.round(m.y()), expected);
    }

    private static void assertColourOnLeftEdge(WritableImage img, CanvasMarks.Mark m, Color expected) {
        assertColourNear(img, (int) Math.round(m.x()), (int) (m.y() + m.h() / 2), expected);
    }

    /** One of the pixels within 2 of (x, y) is within 0.12 of the colour in every channel (antialiasing). */
    private static void assertColourNear(WritableImage img, int x, int y, Color expected) {
        StringBuilder seen = new StringBuilder();
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                Color c = img.getPixelReader().getColor(x + dx, y + dy);
                if (Math.abs(c.getRed() - expected.getRed()) < 0.12
                        && Math.abs(c.getGreen() - expected.getGreen()) < 0.12
                        && Math.abs(c.getBlue() - expected.getBlue()) < 0.12) {
                    return;
                }
                seen.append(c).append(' ');
            }
        }
        throw new AssertionError("no pixel near (" + x + ", " + y + ") is " + expected + ": " + seen);
    }
}
