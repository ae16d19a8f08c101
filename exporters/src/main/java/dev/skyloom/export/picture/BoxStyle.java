package dev.skyloom.export.picture;

/**
 * How a box is painted. {@code headerHeight} > 0 draws a header band in {@code headerFill} (containers);
 * a visible {@code accent} draws the coloured bar on a card's left edge; a visible {@code shadow} is
 * drawn two units below the box.
 */
public record BoxStyle(
        PictureColour fill,
        PictureStroke stroke,
        double cornerRadius,
        double headerHeight,
        PictureColour headerFill,
        PictureColour accent,
        PictureColour shadow,
        PictureColour iconColour,
        PictureColour text,
        PictureColour mutedText) {}
