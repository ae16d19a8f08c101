package dev.skyloom.app.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.DesignerReady;
import dev.skyloom.app.Eventually;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.Analysis;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.canvas.DesignCanvas;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.presentation.AnalysisPanels;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * Issue 19 in the designer, driven like a user: the EU sovereign training example (AWS and Google Cloud)
 * without its Keycloak, so neither cloud is federated; drop Keycloak from the palette into AWS Frankfurt,
 * Alt-drag from it onto the Google Cloud container, and the unfederated-provider warning for Google Cloud
 * leaves the Problems panel while the one for AWS stays.
 */
@ExtendWith(ApplicationExtension.class)
class FederateRobotTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    private static Design withoutIdentity() {
        Design d = Examples.read(ExampleFiles.path("eu-sovereign-training"));
        return new Edit.RemoveComponents(Set.of("keycloak")).applyTo(d);
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
        window = new MainWindow(stage, services, withoutIdentity(), Optional.empty());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.toFront();
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

    private void settled() {
        waitUntil(() -> {
            Analysis a = panels().analysis().current();
            return a != null && a.design() == window.viewModel().design();
        });
    }

    /** The providers the Problems panel shows an unfederated-provider warning for (their container ids). */
    private List<String> unfederatedShown() {
        return panels().problems().table().getItems().stream()
                .filter(f -> f.code().equals("governance.unfederated-provider"))
                .flatMap(f -> f.subjects().stream())
                .sorted()
                .toList();
    }

    private DesignCanvas canvas() {
        return window.canvas();
    }

    private Point2D screen(double localX, double localY) {
        return canvas().localToScreen(localX, localY);
    }

    private Point2D centreOf(String id) {
        Rect r = canvas().getDiagram().item(id).orElseThrow().rect();
        Point2D scene = canvas().worldToScene(r.x() + r.w() / 2, r.y() + r.h() / 2);
        return canvas().localToScreen(canvas().sceneToLocal(scene));
    }

    /** A point of the canvas inside {@code container} (innermost) with no card under it nor near it. */
    private Point2D freePointIn(String container) {
        for (double y = 40; y < canvas().getHeight() - 40; y += 10) {
            for (double x = 40; x < canvas().getWidth() - 40; x += 10) {
                if (freeIn(container, x, y) && freeIn(container, x + 20, y + 20) && freeIn(container, x - 20, y - 20)) {
                    return screen(x, y);
                }
            }
        }
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (double y = 40; y < canvas().getHeight() - 40; y += 10) {
            for (double x = 40; x < canvas().getWidth() - 40; x += 10) {
                Point2D scene = canvas().localToScene(x, y);
                seen.add(canvas().containerAt(scene.getX(), scene.getY()) + "/"
                        + canvas().itemAt(scene.getX(), scene.getY()));
            }
        }
        throw new AssertionError(
                "no free point in " + container + " " + canvas().getWidth() + "x" + canvas().getHeight() + " " + seen);
    }

    private boolean freeIn(String container, double x, double y) {
        Point2D scene = canvas().localToScene(x, y);
        return canvas().containerAt(scene.getX(), scene.getY()).equals(Optional.of(container))
                && canvas().itemAt(scene.getX(), scene.getY())
                        .filter(id -> !id.equals(container))
                        .isEmpty();
    }

    @Test
    void connectingAnIdentityProviderToAProviderContainerClearsItsUnfederatedWarning(FxRobot robot) {
        waitUntil(() -> window.catalog().isPresent());
        settled();
        assertEquals(List.of("aws", "gcp"), unfederatedShown(), "both clouds start as identity silos");
        robot.interact(() -> canvas().zoomToFit());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            window.palette().searchField().setText("Keycloak");
            window.palette().refilter();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvas().getScene().getWindow().requestFocus());
        TreeCell<?> keycloak = robot.from(window.palette())
                .lookup(".tree-cell")
                .match((TreeCell<?> c) -> c.isVisible() && "Keycloak".equals(c.getText()))
                .query();
        robot.drag(keycloak, MouseButton.PRIMARY).moveTo(freePointIn("aws-fra")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Component.Identity idp = window.viewModel().design().components().stream()
                .filter(Component.Identity.class::isInstance)
                .map(Component.Identity.class::cast)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(window.viewModel().statusProperty().get()));
        assertEquals(Optional.of("aws-fra"), idp.parent());
        assertEquals(dev.skyloom.model.IdentityKind.KEYCLOAK, idp.kind());
        settled();
        assertEquals(List.of("aws", "gcp"), unfederatedShown(), "an identity provider alone federates nothing");

        robot.press(KeyCode.ALT);
        robot.drag(centreOf(idp.id()), MouseButton.PRIMARY)
                .moveTo(freePointIn("gcp-ams"))
                .release(MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                window.viewModel().design().connections().stream()
                        .anyMatch(k -> k.type() == ConnectionType.FEDERATES
                                && k.from().equals(idp.id())
                                && k.to().equals("gcp")),
                () -> "dropped inside Google Cloud's region, the connection goes to its provider container: "
                        + window.viewModel().statusProperty().get());
        settled();
        assertEquals(List.of("aws"), unfederatedShown(), "Google Cloud is federated now; AWS is still a silo");
    }
}
