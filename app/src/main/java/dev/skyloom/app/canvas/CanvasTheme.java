package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Colour;
import dev.skyloom.export.diagram.DiagramStyle;
import javafx.scene.paint.Color;

/**
 * The canvas' paints: the {@link DiagramStyle}'s plain colour values converted once to JavaFX colours.
 * The shell switches between {@link #LIGHT} and {@link #DARK} with its theme; the picture exporters use
 * the same {@link #style()} so screen and files agree.
 */
public final class CanvasTheme {
    public static final CanvasTheme LIGHT = new CanvasTheme(DiagramStyle.LIGHT);
    public static final CanvasTheme DARK = new CanvasTheme(DiagramStyle.DARK);

    private final DiagramStyle style;
    private final Color background;
    private final Color grid;
    private final Color providerFill;
    private final Color regionFill;
    private final Color regionHeader;
    private final Color regionStroke;
    private final Color cardFill;
    private final Color cardStroke;
    private final Color text;
    private final Color mutedText;
    private final Color edgeLabelFill;
    private final Color accent;
    private final Color highlight;
    private final Color error;
    private final Color warning;
    private final Color accept;
    private final Color dimFill;
    private final Color shadow;

    public CanvasTheme(DiagramStyle style) {
        this.style = style;
        background = fx(style.background());
        grid = fx(style.grid());
        providerFill = fx(style.providerFill());
        regionFill = fx(style.regionFill());
        regionHeader = fx(style.regionHeader());
        regionStroke = fx(style.regionStroke());
        cardFill = fx(style.cardFill());
        cardStroke = fx(style.cardStroke());
        text = fx(style.text());
        mutedText = fx(style.mutedText());
        edgeLabelFill = fx(style.edgeLabelFill());
        accent = fx(style.accent());
        highlight = fx(style.highlight());
        error = fx(style.error());
        warning = fx(style.warning());
        accept = fx(style.accept());
        dimFill = fx(style.dimFill());
        shadow = fx(style.shadow());
    }

    /** The JavaFX colour of a style colour. */
    public static Color fx(Colour c) {
        return new Color(c.red(), c.green(), c.blue(), c.opacity());
    }

    public DiagramStyle style() {
        return style;
    }

    public String name() {
        return style.name();
    }

    public Color background() {
        return background;
    }

    public Color grid() {
        return grid;
    }

    public Color providerFill() {
        return providerFill;
    }

    public Color regionFill() {
        return regionFill;
    }

    public Color regionHeader() {
        return regionHeader;
    }

    public Color regionStroke() {
        return regionStroke;
    }

    public Color cardFill() {
        return cardFill;
    }

    public Color cardStroke() {
        return cardStroke;
    }

    public Color text() {
        return text;
    }

    public Color mutedText() {
        return mutedText;
    }

    public Color edgeLabelFill() {
        return edgeLabelFill;
    }

    public Color accent() {
        return accent;
    }

    public Color highlight() {
        return highlight;
    }

    public Color error() {
        return error;
    }

    public Color warning() {
        return warning;
    }

    public Color accept() {
        return accept;
    }

    public Color dimFill() {
        return dimFill;
    }

    public Color shadow() {
        return shadow;
    }
}
