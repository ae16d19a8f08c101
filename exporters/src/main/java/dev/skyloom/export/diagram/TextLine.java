package dev.skyloom.export.diagram;

/**
 * One line of text as the diagram places it: the (already fitted) text, its anchor x and baseline y, the
 * font size and weight. Coordinates are world units, relative to the owning box's top-left for card and
 * header text and absolute for edge labels; a surface scales them with its zoom.
 */
public record TextLine(String text, double x, double baseline, double size, boolean bold, Align align) {
    /** Horizontal anchoring: x is the left end, the centre or the right end of the line. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** The baseline that centres a line of text of the given size on {@code centreY}. */
    public static double baselineFor(double centreY, double size) {
        return centreY + size * 0.36;
    }

    public TextLine moved(double dx, double dy) {
        return new TextLine(text, x + dx, baseline + dy, size, bold, align);
    }
}
