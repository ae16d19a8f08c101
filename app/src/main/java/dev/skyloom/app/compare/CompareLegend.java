package dev.skyloom.app.compare;

import dev.skyloom.app.canvas.CanvasTheme;
import dev.skyloom.app.canvas.CompareMarks;
import dev.skyloom.model.diff.ChangeKind;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The legend floating over the canvas in compare mode, one short bar (the fitted design keeps a margin of
 * about its height): what the design is compared with, the three marks in the canvas theme's colours, and
 * the button that leaves the mode.
 */
final class CompareLegend extends HBox {
    private final Label title = new Label();
    private final Rectangle added = swatch();
    private final Rectangle changed = swatch();
    private final Rectangle removed = swatch();
    private final Button leave = new Button("Leave (Esc)");

    CompareLegend(ObservableValue<CanvasTheme> theme, Runnable onLeave) {
        super(12);
        setId("compare-legend");
        getStyleClass().add("presentation-overlay");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 4, 2, 10));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // never a minimum width for the canvas area: on a narrow window the bar is cut, not the canvas held wide
        setMinWidth(0);
        title.setId("compare-legend-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setMaxWidth(330);
        removed.getStrokeDashArray().setAll(5.0, 3.0);
        leave.setId("compare-leave");
        leave.getStyleClass().add("small");
        leave.setTooltip(
                new javafx.scene.control.Tooltip("Leave compare mode: the view as it was, the design unchanged"));
        leave.setOnAction(e -> onLeave.run());
        getChildren().addAll(title, row(added, "Added"), row(changed, "Changed"), row(removed, "Removed"), leave);
        paint(theme.getValue());
        theme.addListener((o, a, t) -> paint(t));
    }

    /** Names the other design; the full text is the tooltip when the label has to shorten it. */
    void setTitle(String text) {
        title.setText(text);
        title.setTooltip(new javafx.scene.control.Tooltip(text));
    }

    private void paint(CanvasTheme theme) {
        CanvasTheme t = theme == null ? CanvasTheme.LIGHT : theme;
        added.setStroke(CompareMarks.colour(t, ChangeKind.ADDED));
        changed.setStroke(CompareMarks.colour(t, ChangeKind.CHANGED));
        removed.setStroke(CompareMarks.colour(t, ChangeKind.REMOVED));
    }

    private static Rectangle swatch() {
        Rectangle r = new Rectangle(18, 12);
        r.setArcWidth(5);
        r.setArcHeight(5);
        r.setFill(javafx.scene.paint.Color.TRANSPARENT);
        r.setStrokeWidth(2.5);
        return r;
    }

    private static HBox row(Rectangle swatch, String text) {
        HBox row = new HBox(5, swatch, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
