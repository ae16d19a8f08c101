package dev.skyloom.app.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skyloom.app.analysis.Examples;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.diff.DesignDiff;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Compare panel's latency row and section, for a change that moves Tokyo's users to the US. */
@ExtendWith(ApplicationExtension.class)
class ComparePanelLatencyTest {
    private ComparePanel panel;

    @Start
    void start(Stage stage) {
        panel = new ComparePanel();
        stage.setScene(new Scene(panel, 900, 700));
        stage.show();
    }

    @Test
    void removingTheTokyoPoolShowsTheCoverageDropAndTheNewRoundTrip(FxRobot robot, @TempDir Path dir) throws Exception {
        Path base = ExampleFiles.path("global-inference");
        Design before = Examples.read(base);
        List<Connection> kept = new ArrayList<>(before.connections());
        assertTrue(kept.removeIf(c -> c.id().equals("c11")), "apac-inference runs on apac-pool in Tokyo");
        Design after = before.withTopology(before.components(), kept);
        Path head = dir.resolve("no-tokyo.skyloom.json");
        String text = Files.readString(base);
        String c11 =
                "    { \"id\": \"c11\", \"type\": \"runs-on\", \"from\": \"apac-inference\", \"to\": \"apac-pool\" },\n";
        Files.writeString(head, text.replace(c11, ""));

        robot.interact(() -> panel.show(DesignDiff.compare(before, after, Examples.catalog()), "base", "head"));

        // the figures of skyloom latency --json on each side
        JsonNode was = Examples.cliJson("latency", base.toString(), "--json");
        JsonNode now = Examples.cliJson("latency", head.toString(), "--json");
        assertEquals(1.0, was.get("coverage").asDouble());
        assertEquals(0.8, now.get("coverage").asDouble());
        assertEquals("100 % (65 % if azure/westeurope fails)", panel.cell("latency", "before"));
        assertEquals("80 % (45 % if azure/westeurope fails)", panel.cell("latency", "after"));
        assertEquals("-20 pts", panel.cell("latency", "change"));
        assertEquals(
                "Latency: users within budget 100 % → 80 %, 1 population served differently",
                panel.sections().get(7).getText());
        JsonNode tokyo = null;
        for (JsonNode p : now.get("populations")) {
            if (p.get("id").asText().equals("users-tyo")) {
                tokyo = p;
            }
        }
        List<String> texts = labels(panel.sections().get(7).getContent());
        assertTrue(texts.contains("users-tyo"), texts.toString());
        assertTrue(texts.contains("gcp/asia-northeast1 (apac-pool)"), texts.toString());
        assertTrue(
                texts.contains(
                        tokyo.get("region").asText() + " (" + tokyo.get("pool").asText() + ")"),
                texts.toString());
        assertTrue(
                texts.contains("~" + Math.round(tokyo.get("rttMs").asDouble()) + " ms, over 80 ms"), texts.toString());
    }

    private static List<String> labels(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Label l) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(labels(c));
            }
        }
        return out;
    }
}
