package dev.skyloom.export.picture;

/** Colours of the page around the diagram: background, title and caption text, legend panel. */
public record PictureTheme(
        PictureColour background,
        PictureColour text,
        PictureColour mutedText,
        PictureColour panelFill,
        PictureColour panelStroke,
        PictureColour accent) {

    /** A light page matching the canvas' light theme. */
    public static final PictureTheme LIGHT = new PictureTheme(
            PictureColour.of("#FFFFFF"),
            PictureColour.of("#1F2328"),
            PictureColour.of("#656D76"),
            PictureColour.of("#F6F8FA"),
            PictureColour.of("#D0D7DE"),
            PictureColour.of("#0969DA"));
}
