package dev.skyloom.app.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.skyloom.app.OnFx;
import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.AnalysisService;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.app.whatif.WhatIfModel;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.CheckSession;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Who serves whom is worked out while something shows it, and for the analysis shown when it is shown. */
class ReachStateShownTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void nothingIsComputedWhileHiddenAndTheLatestAnalysisWhenShown() throws Exception {
        Design design = Examples.read(ExampleFiles.path("global-inference"));
        Analysis first = AnalysisService.analyse(
                new CheckSession(Examples.catalog()), new CostEngine(Examples.catalog()), design, 1);
        Analysis second = AnalysisService.analyse(
                new CheckSession(Examples.catalog()), new CostEngine(Examples.catalog()), design, 2);
        SimpleObjectProperty<Analysis> analysis = new SimpleObjectProperty<>(first);
        SimpleBooleanProperty shown = new SimpleBooleanProperty(false);
        ReachState state = OnFx.call(() -> {
            WhatIfModel whatIf =
                    new WhatIfModel(TaskExecutor.direct(), () -> design, () -> Optional.of(Examples.catalog()));
            ReachState s =
                    new ReachState(TaskExecutor.direct(), analysis, whatIf, () -> Optional.of(Examples.catalog()));
            s.computeWhile(shown);
            return s;
        });

        OnFx.call(() -> {
            analysis.set(second);
            return null;
        });
        assertNull(OnFx.call(() -> state.snapshotProperty().get()), "hidden: nothing computed");

        OnFx.call(() -> {
            shown.set(true);
            return null;
        });
        ReachState.Snapshot now = OnFx.call(() -> state.snapshotProperty().get());
        assertSame(design, now.design());
        assertFalse(now.now().isEmpty(), "the example's populations are served");
        assertEquals(
                ReachState.compute(second, Examples.catalog(), java.util.List.of())
                        .now(),
                now.now());
    }
}
