package dev.skyloom.export.diagram;

/**
 * How wide a line of text is, in the units of its font size. Every output measures with the bundled
 * DejaVu Sans ({@link #FONT_RESOURCE}), through an AWT implementation for files and a JavaFX one for the
 * canvas, so wrapping and label placement come out the same on screen and in files.
 */
public interface TextMeasure {
    /** The bundled regular face (DejaVu Sans, free licence, see {@code LICENSE-DejaVu.txt} beside it). */
    String FONT_RESOURCE = "/dev/skyloom/export/diagram/DejaVuSans.ttf";

    /** The bundled bold face. */
    String BOLD_FONT_RESOURCE = "/dev/skyloom/export/diagram/DejaVuSans-Bold.ttf";

    /** Width of a single line of text at the given font size. */
    double width(String text, double size, boolean bold);
}
