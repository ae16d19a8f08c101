package dev.skyloom.app.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The minimap in the bottom-right corner of the canvas, open or collapsed to a button. Whatever it shows
 * is reserved on the canvas, so zoom to fit never puts the design under it.
 */
public final class Minimap extends StackPane {
    /** Distance from the canvas edges. */
    public static final double MARGIN = 10;
    /** Narrower than this (pixels), the canvas gets the small miniature. */
    static final double SMALL_CANVAS = 1000;
    /** Height of the strip above the miniature that holds its collapse button. */
    static final double BAR = 24;

    private final DesignCanvas canvas;
    private final CanvasOverview overview;
    private final Button collapse = new Button();
    private final HBox bar = new HBox();
    private final VBox opened = new VBox();
    private final Button open = new Button();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", true);

    Minimap(DesignCanvas canvas) {
        this.canvas = canvas;
        this.overview = new CanvasOverview(canvas);
        // "overview" as before this wrapper existed: tests and styles look it up by that id
        setId("overview");
        overview.setId("minimap-view");
        collapse.setId("minimap-collapse");
        collapse.setGraphic(new FontIcon(Material2MZ.REMOVE));
        collapse.setTooltip(new Tooltip("Collapse the minimap"));
        collapse.getStyleClass().addAll("flat", "small");
        collapse.setFocusTraversable(false);
        collapse.setOnAction(e -> expanded.set(false));
        open.setId("minimap-open");
        open.setGraphic(new FontIcon(Material2MZ.MAP));
        open.setTooltip(new Tooltip("Show the minimap"));
        open.setFocusTraversable(false);
        open.setOnAction(e -> expanded.set(true));
        // the collapse button sits in a strip above the miniature, so it covers none of it
        bar.setId("minimap-bar");
        bar.getChildren().add(collapse);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setMinHeight(BAR);
        bar.setPrefHeight(BAR);
        bar.setMaxHeight(BAR);
        bar.getStyleClass().add("minimap-bar");
        bar.setPickOnBounds(false);
        collapse.setPadding(new Insets(0, 4, 0, 4));
        collapse.setMinHeight(0);
        collapse.setMaxHeight(BAR);
        paintBar(canvas.themeProperty().get());
        canvas.themeProperty().addListener((o, a, t) -> paintBar(t));
        opened.getChildren().addAll(bar, overview);
        opened.setFillWidth(true);
        StackPane.setAlignment(open, Pos.BOTTOM_RIGHT);
        getChildren().addAll(opened, open);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(MARGIN));
        expanded.addListener((o, a, b) -> update());
        // on a laptop screen the canvas is narrow: a smaller miniature leaves the fit more room
        canvas.widthProperty().addListener((o, a, w) -> {
            boolean small = w.doubleValue() < SMALL_CANVAS;
            if (small != overview.getPrefWidth() < 200) {
                overview.setPrefSize(small ? 150 : 220, small ? 100 : 150);
                update();
            }
        });
        visibleProperty().addListener((o, a, b) -> update());
        update();
    }

    private void paintBar(CanvasTheme t) {
        bar.setBackground(new Background(new BackgroundFill(t.background(), CornerRadii.EMPTY, Insets.EMPTY)));
        bar.setBorder(new Border(new BorderStroke(
                t.cardStroke(), BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(1, 1, 0, 1))));
    }

    /** Open (the miniature with its collapse button) or collapsed (one button). */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    private void update() {
        boolean on = expanded.get();
        opened.setVisible(on);
        opened.setManaged(on);
        open.setVisible(!on);
        open.setManaged(!on);
        if (!isVisible()) {
            canvas.release(this);
            return;
        }
        double w = on ? overview.getPrefWidth() : 36;
        double h = on ? overview.getPrefHeight() + BAR : 36;
        canvas.reserve(this, Pos.BOTTOM_RIGHT, w + 2 * MARGIN, h + 2 * MARGIN);
    }
}
