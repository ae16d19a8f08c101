package dev.skyloom.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.cli.CliRun;
import dev.skyloom.app.export.ExportFormats;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.DesignCheck;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A check is one class and one registry line; the command line and the Problems filter follow. */
class CheckRegistryTest {
    private static final List<DesignCheck> WITH_DUMMY = Checks.with(new DummyCheck());
    private static final String DESIGN = ExampleFiles.path("single-provider").toString();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theHelpListsEveryRegisteredCheckWithItsCodes() {
        CliRun help = CliRun.with(ExportFormats.STANDARD, Checks.standard(), "check", "--help");
        assertEquals(0, help.code(), help.err());
        List<String> lines = help.out().lines().toList();
        for (DesignCheck c : Checks.standard()) {
            assertTrue(lines.contains("  " + c.name()), help.out());
            for (String code : c.codes()) {
                assertTrue(lines.contains("    " + code), code + " in\n" + help.out());
            }
        }
        assertFalse(help.out().contains("dummy"), help.out());
    }

    @Test
    void aDummyCheckAppearsInTheHelpAndTheCheckOutput() {
        CliRun help = CliRun.with(ExportFormats.STANDARD, WITH_DUMMY, "check", "--help");
        assertTrue(help.out().contains("  dummy%n    dummy.component-count".formatted()), help.out());

        CliRun check = CliRun.with(ExportFormats.STANDARD, WITH_DUMMY, "check", DESIGN);
        assertTrue(check.out().contains("dummy.component-count"), check.out());
        assertTrue(check.out().contains("The dummy counted "), check.out());
        CliRun json = CliRun.with(ExportFormats.STANDARD, WITH_DUMMY, "check", "--json", DESIGN);
        assertTrue(json.out().contains("dummy.component-count"), json.out());
        assertFalse(CliRun.with(ExportFormats.STANDARD, Checks.standard(), "check", DESIGN)
                .out()
                .contains("dummy"));
    }

    @Test
    void theProblemsFilterListsTheRegisteredChecks() throws Exception {
        List<String> standard = new ArrayList<>();
        List<String> withDummy = new ArrayList<>();
        FxToolkit.setupFixture(() -> {
            standard.addAll(filter(new ProblemsPanel(FXCollections.observableArrayList())));
            withDummy.addAll(filter(new ProblemsPanel(FXCollections.observableArrayList(), WITH_DUMMY)));
        });
        assertEquals(
                List.of(
                        ProblemsPanel.ALL_CHECKS,
                        "residency",
                        "redundancy",
                        "portability",
                        "catalog",
                        "latency",
                        "governance"),
                standard);
        List<String> expected = new ArrayList<>(standard);
        expected.add("dummy");
        assertEquals(expected, withDummy);
    }

    @SuppressWarnings("unchecked")
    private static List<String> filter(ProblemsPanel panel) {
        ComboBox<String> box = (ComboBox<String>) panel.lookup("#problems-check");
        return List.copyOf(box.getItems());
    }
}
