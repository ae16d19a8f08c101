package dev.skyloom.app.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The Governance tab in the real window: the EU sovereign training example without Google Cloud's
 * federation; its row is marked as a gap, a click selects its container, and connecting Keycloak to it
 * clears the mark.
 */
@ExtendWith(ApplicationExtension.class)
class GovernancePanelRobotTest {
    @TempDir
    static Path dir;

    private static final PseudoClass GAP = PseudoClass.getPseudoClass("gap");

    private MainWindow window;

    private static Design unfederatedGcp() {
        Design d = Examples.read(ExampleFiles.path("eu-sovereign-training"));
        List<Connection> kept = new ArrayList<>(d.connections());
        kept.removeIf(k -> k.type() == ConnectionType.FEDERATES && k.to().equals("gcp"));
        return d.withTopology(d.components(), kept);
    }

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
                TaskExecutor.direct(),
                new SettingsStore(data),
                new RecoveryStore(data),
                Examples::catalog);
        window = new MainWindow(stage, services, unfederatedGcp(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(900);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private TableCell<?, ?> federatedCell(FxRobot robot, String cloud) {
        return robot.lookup("#governance-table .table-cell")
                .match((TableCell<?, ?> c) -> c.isVisible()
                        && c.getTableColumn().getText().equals("Federated")
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof GovernanceRows.Row r
                        && r.cloud().equals(cloud))
                .query();
    }

    @Test
    void anUnfederatedCloudIsMarkedAClickSelectsItAndFederatingItClearsTheMark(FxRobot robot) {
        robot.interact(() -> {
            window.analysis().showPanels(true);
            Tab tab = window.analysis().tabs().getTabs().stream()
                    .filter(t -> "tab-governance".equals(t.getId()))
                    .findFirst()
                    .orElseThrow();
            window.analysis().tabs().getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> gcp = federatedCell(robot, "gcp");
        assertEquals("no: separate identity silo", gcp.getText());
        assertTrue(gcp.getPseudoClassStates().contains(GAP));
        TableCell<?, ?> aws = federatedCell(robot, "aws");
        assertEquals("by Keycloak", aws.getText());
        assertEquals(
                List.of("Amazon Web Services (aws)", "Google Cloud (gcp)"),
                robot
                        .lookup("#governance-table .table-cell")
                        .match((TableCell<?, ?> c) ->
                                c.getTableColumn().getText().equals("Cloud") && c.getText() != null)
                        .<TableCell<?, ?>>queryAll()
                        .stream()
                        .map(TableCell::getText)
                        .sorted()
                        .toList());
        assertFalse(aws.getPseudoClassStates().contains(GAP));

        robot.clickOn(robot.lookup(".table-row-cell")
                .match((TableRow<?> r) ->
                        r.getItem() instanceof GovernanceRows.Row x && x.cloud().equals("gcp"))
                .<TableRow<?>>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("gcp", "audit-logs"), Set.copyOf(window.viewModel().selection()));

        robot.interact(() -> window.viewModel().connect("keycloak", "gcp", ConnectionType.FEDERATES));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> now = federatedCell(robot, "gcp");
        assertEquals("by Keycloak", now.getText());
        assertFalse(now.getPseudoClassStates().contains(GAP));
    }

    @Test
    void rowsAreMadeWhileTheTabIsSelectedAndBroughtUpToDateWhenItIsSelectedAgain(FxRobot robot) {
        Tab governance = window.analysis().tabs().getTabs().stream()
                .filter(t -> "tab-governance".equals(t.getId()))
                .findFirst()
                .orElseThrow();
        TableView<GovernanceRows.Row> table = robot.lookup("#governance-table").<TableView<GovernanceRows.Row>>query();
        robot.interact(() -> window.analysis().tabs().getSelectionModel().select(0));
        assertFalse(governance.isSelected());
        GovernanceRows.Row before = table.getItems().get(0);

        robot.interact(() -> window.viewModel().connect("keycloak", "gcp", ConnectionType.FEDERATES));
        assertSame(before, table.getItems().get(0), "not made again while the tab is not selected");

        robot.interact(() -> window.analysis().tabs().getSelectionModel().select(governance));
        GovernanceRows.Row gcp = table.getItems().stream()
                .filter(r -> r.cloud().equals("gcp"))
                .findFirst()
                .orElseThrow();
        assertTrue(gcp.federated(), "made for the design as it is now: " + gcp);
    }
}
