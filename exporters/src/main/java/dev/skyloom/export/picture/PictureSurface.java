package dev.skyloom.export.picture;

import dev.skyloom.icons.IconKey;

/**
 * The few drawing operations a picture needs, in page units with y pointing down. One implementation
 * per output format (SVG elements, Java2D, PDF content stream); {@link PicturePainter} drives them all
 * so the three formats draw the same picture.
 */
interface PictureSurface {
    /** Horizontal anchoring of text. */
    enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** Starts a logical group (a component or connection); {@code name} is its full name for tooltips. */
    void beginGroup(String role, String id, String name);

    void endGroup();

    /** A rounded rectangle (radius in page units, 0 = square corners), filled then stroked. */
    void roundRect(double x, double y, double w, double h, double radius, PictureColour fill, PictureStroke stroke);

    void polygon(double[] xs, double[] ys, PictureColour fill, PictureStroke stroke);

    void polyline(double[] xs, double[] ys, PictureStroke stroke);

    /** An icon of the 24 x 24 set drawn into a square of {@code size} with its top-left at (x, y). */
    void icon(IconKey key, double x, double y, double size, PictureColour colour);

    /** One line of text (no line breaks) with its baseline at {@code y}. */
    void text(String text, double x, double y, double size, boolean bold, PictureColour colour, Align align);
}
