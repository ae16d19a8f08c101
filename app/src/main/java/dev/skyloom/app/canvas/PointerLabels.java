package dev.skyloom.app.canvas;

import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * The two labels that float over the canvas near the pointer: the tip (hover texts, a drop's reason) and the
 * message (a refusal), which fades by itself. Both take their colours from the theme and stay inside the canvas.
 */
final class PointerLabels {
    private final DesignCanvas canvas;
    private final Label message = new Label();
    private final Label tip = new Label();
    private final SequentialTransition messageFade;

    PointerLabels(DesignCanvas canvas, Pane overlay) {
        this.canvas = canvas;
        for (Label l : List.of(message, tip)) {
            l.setManaged(false);
            l.setVisible(false);
            l.setMouseTransparent(true);
            l.setWrapText(true);
            l.setMaxWidth(360);
            overlay.getChildren().add(l);
        }
        FadeTransition fade = new FadeTransition(Duration.millis(400), message);
        fade.setFromValue(1);
        fade.setToValue(0);
        messageFade = new SequentialTransition(new PauseTransition(Duration.millis(2200)), fade);
        messageFade.setOnFinished(e -> message.setVisible(false));
    }

    Label tip() {
        return tip;
    }

    /** Shows the message at a point of the canvas, in full again if it was fading, and starts its fade. */
    void showMessage(String text, double x, double y) {
        messageFade.stop();
        message.setOpacity(1);
        showLabel(message, text, x, y, "refuse");
        messageFade.playFromStart();
    }

    void showLabel(Label l, String text, double x, double y, String kind) {
        l.setText(text);
        l.getProperties().put("kind", kind);
        styleLabel(l);
        l.setVisible(true);
        l.autosize();
        double lx = Math.min(x, Math.max(0, canvas.getWidth() - l.getWidth() - 4));
        double ly = Math.min(y, Math.max(0, canvas.getHeight() - l.getHeight() - 4));
        l.relocate(lx, ly);
        l.toFront();
    }

    void styleLabels() {
        styleLabel(message);
        styleLabel(tip);
    }

    private void styleLabel(Label l) {
        CanvasTheme t = canvas.painter().theme();
        Object kind = l.getProperties().get("kind");
        String border =
                "refuse".equals(kind) ? hex(t.error()) : "accept".equals(kind) ? hex(t.accept()) : hex(t.cardStroke());
        l.setStyle("-fx-background-color: " + hex(t.cardFill()) + "; -fx-text-fill: " + hex(t.text())
                + "; -fx-border-color: " + border + "; -fx-border-width: 1 1 1 4; -fx-background-radius: 6;"
                + " -fx-border-radius: 6; -fx-padding: 6 10 6 10; -fx-font-size: 12px;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
    }

    static String hex(javafx.scene.paint.Color c) {
        return String.format(
                java.util.Locale.ROOT,
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
