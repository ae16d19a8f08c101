package dev.skyloom.app.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
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

/**
 * The inspector edits an identity provider's kind and a telemetry sink's hosting, service, operator country
 * and unit price (EU sovereign training example: Keycloak and "Audit and ops logs" in AWS Frankfurt); each
 * commit is one undo step, and a bad country is refused where it is typed.
 */
@ExtendWith(ApplicationExtension.class)
class GovernanceInspectorRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

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
        window = new MainWindow(
                stage, services, Examples.read(ExampleFiles.path("eu-sovereign-training")), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(900);
        stage.show();
    }

    @BeforeEach
    void ready() {
        DesignerReady.await(window);
    }

    private Design design() {
        return window.viewModel().design();
    }

    private Component.Telemetry sink() {
        return (Component.Telemetry) design().component("audit-logs").orElseThrow();
    }

    private void select(FxRobot robot, String id) {
        robot.interact(() -> {
            window.viewModel().selection().clear();
            window.viewModel().selection().add(id);
        });
    }

    private void choose(FxRobot robot, String comboId, String item) {
        robot.clickOn("#" + comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell")
                .match((ListCell<?> c) -> c.isVisible() && item.equals(c.getText()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String fieldId, String text) {
        TextField f = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(f);
        robot.interact(f::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIdentityKindIsChosenAsOneUndoableEdit(FxRobot robot) {
        select(robot, "keycloak");
        choose(robot, "inspector-identity-kind", "Okta");
        assertEquals(
                IdentityKind.OKTA,
                ((Component.Identity) design().component("keycloak").orElseThrow()).kind());
        robot.interact(() -> window.viewModel().undo());
        assertEquals(
                IdentityKind.KEYCLOAK,
                ((Component.Identity) design().component("keycloak").orElseThrow()).kind());
    }

    @Test
    void theTelemetryFieldsCommitOneEditEachAndUndoStepsBack(FxRobot robot) {
        select(robot, "audit-logs");
        choose(robot, "inspector-hosting", "saas");
        type(robot, "inspector-service", "Datadog EU1");
        type(robot, "inspector-operator-country", "us");
        type(robot, "inspector-unit-price", "0.10");
        Component.Telemetry t = sink();
        assertEquals(TelemetryHosting.SAAS, t.hosting());
        assertEquals("Datadog EU1", t.service());
        assertEquals(Optional.of("US"), t.operatorCountry());
        assertEquals(Optional.of(new BigDecimal("0.10")), t.unitPrice());
        assertEquals(List.of("eu-personal"), t.receives());

        type(robot, "inspector-operator-country", "USA");
        assertEquals(
                "Operator country is a two-letter ISO code",
                robot.lookup("#inspector-error").queryAs(Label.class).getText());
        assertEquals(Optional.of("US"), sink().operatorCountry(), "a bad code is not committed");

        robot.interact(() -> window.viewModel().undo());
        assertEquals(Optional.empty(), sink().unitPrice(), "one undo takes back the unit price only");
        assertEquals(Optional.of("US"), sink().operatorCountry());
        robot.interact(() -> window.viewModel().undo());
        assertEquals(Optional.empty(), sink().operatorCountry());
        assertEquals("Datadog EU1", sink().service());
        robot.interact(() -> {
            window.viewModel().undo();
            window.viewModel().undo();
        });
        assertEquals(TelemetryHosting.CLOUD, sink().hosting());
        assertEquals("CloudWatch Logs", sink().service());
        assertTrue(!window.viewModel().canUndoProperty().get(), "four edits, four undo steps");
    }
}
