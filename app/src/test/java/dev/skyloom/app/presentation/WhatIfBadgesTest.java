package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.canvas.CanvasBadge;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.problems.FindingViews;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The problem badges are made on the worker after each analysis, but leaving what-if puts back those of the
 * analysis shown at once: the worker is not asked again, so the what-if's badges never outstay it.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfBadgesTest {
    @TempDir
    static Path dir;

    /** Background work runs only when the test pumps it (on the FX thread). */
    private static final class Pumped implements TaskExecutor {
        final Deque<Runnable> pending = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
            pending.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public void runLater(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.remove().run();
            }
        }
    }

    private final Pumped tasks = new Pumped();
    private MainWindow window;
    private final Design design = Examples.read(ExampleFiles.path("global-inference"));

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage primary) {
        Stage stage = DesignerReady.ownStage();
        Path data = dir.resolve("data-" + System.nanoTime());
        MainWindow.Services services = new MainWindow.Services(
                DesignIos.standard(),
                new Doubles.Dialogs(),
                new Doubles.Chooser(),
                tasks,
                new SettingsStore(data),
                new RecoveryStore(data),
                Examples::catalog);
        window = new MainWindow(stage, services, design, Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    private void pumpUntil(FxRobot robot, BooleanSupplier done) {
        for (int i = 0; i < 1000; i++) {
            boolean[] reached = new boolean[1];
            robot.interact(() -> {
                tasks.runAll();
                reached[0] = done.getAsBoolean();
            });
            if (reached[0]) {
                return;
            }
        }
        throw new AssertionError("the designer did not get there with every background task run");
    }

    @Test
    void leavingWhatIfShowsTheAnalysisBadgesAtOnce(FxRobot robot) {
        pumpUntil(robot, () -> {
            Analysis a = window.analysis().analysis().current();
            return a != null
                    && a.design() == window.viewModel().design()
                    && !window.canvas().badges().isEmpty();
        });
        Analysis shown = window.analysis().analysis().current();
        Map<String, CanvasBadge> analysed = FindingViews.badges(shown.design(), shown.findings());
        assertEquals(analysed, window.canvas().badges());

        robot.interact(() -> window.analysis().whatIf(List.of("aws")));
        pumpUntil(robot, () -> !window.analysis().dimmed().isEmpty());
        assertNotEquals(analysed, window.canvas().badges(), "what-if shows what goes down");

        robot.interact(() -> window.analysis().whatIfModel().activeProperty().set(false));

        assertEquals(analysed, window.canvas().badges(), "back at once, before any background work");
    }
}
