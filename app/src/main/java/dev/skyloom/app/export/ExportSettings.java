package dev.skyloom.app.export;

/**
 * The options of one export run shared by its formats.
 *
 * @param force write a folder export into a non-empty folder Skyloom did not create
 * @param pictureScale PNG pixels per canvas unit (0.1 to 8)
 * @param author the name on the PowerPoint deck's title slide; empty for none
 */
public record ExportSettings(boolean force, double pictureScale, String author) {
    public ExportSettings {
        author = author == null ? "" : author;
    }

    public ExportSettings(boolean force, double pictureScale) {
        this(force, pictureScale, "");
    }
}
