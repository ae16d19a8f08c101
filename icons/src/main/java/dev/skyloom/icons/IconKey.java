package dev.skyloom.icons;

import java.util.Locale;

/**
 * The project's own icons, by component type. Each icon is one path on a 24 x 24 view box, filled with
 * the even-odd rule; the same path is in the SVG resource beside this class, so the app can draw it as
 * a vector at any zoom and exports can embed the file.
 */
public enum IconKey {
    /** A cloud. */
    PROVIDER("M6.5 19C3.5 19 1.5 16.9 1.5 14.3c0-2.4 1.8-4.3 4.1-4.6C6.3 6.4 9 4 12.3 4c3 0 5.5 2 6.3 4.8"
            + "C21 9.2 22.5 11.3 22.5 13.8 22.5 16.7 20.3 19 17.5 19z"),
    /** A map pin with a hollow centre. */
    REGION("M12 1.8c-4.1 0-7.4 3.2-7.4 7.3 0 5.4 7.4 13.1 7.4 13.1s7.4-7.7 7.4-13.1c0-4.1-3.3-7.3-7.4-7.3z"
            + "M12 6.2c1.6 0 2.9 1.3 2.9 2.9S13.6 12 12 12 9.1 10.7 9.1 9.1 10.4 6.2 12 6.2z"),
    /** A chip with pins and a die. */
    GPU_POOL("M8.5 1.5h2v3h-2zM13.5 1.5h2v3h-2zM8.5 19.5h2v3h-2zM13.5 19.5h2v3h-2z"
            + "M1.5 8.5h3v2h-3zM1.5 13.5h3v2h-3zM19.5 8.5h3v2h-3zM19.5 13.5h3v2h-3z"
            + "M4.5 4.5h15v15h-15zM7 7v10h10V7zM9.5 9.5h5v5h-5z"),
    /** Three stacked disks. */
    STORAGE("M4 5c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z"
            + "M4 8.3c1.6 1.3 4.6 2 8 2s6.4-.7 8-2V12c0 1.7-3.6 3-8 3s-8-1.3-8-3z"
            + "M4 15.3c1.6 1.3 4.6 2 8 2s6.4-.7 8-2V19c0 1.7-3.6 3-8 3s-8-1.3-8-3z"),
    /** Two chevrons: data flowing through stages. */
    PIPELINE("M2 5h5.5l5 7-5 7H2l5-7zM11.5 5H17l5 7-5 7h-5.5l5-7z"),
    /** Two people: a population of users. */
    USERS("M9 5c1.657 0 3 1.343 3 3s-1.343 3-3 3-3-1.343-3-3 1.343-3 3-3zM3 20c0-3.6 2.7-6.5 6-6.5s6 2.9 6 6.5z"
            + "M16.5 5c1.381 0 2.5 1.119 2.5 2.5s-1.119 2.5-2.5 2.5-2.5-1.119-2.5-2.5 1.119-2.5 2.5-2.5z"
            + "M17 13c2.8 0 4.5 2.5 4.5 6h-5.2c0-2.3-.6-4.3-1.6-5.8.7-.1 1.5-.2 2.3-.2z"),
    /** A key: an identity provider. */
    IDENTITY(
            "M7.5 6.5c3 0 5.5 2.5 5.5 5.5s-2.5 5.5-5.5 5.5S2 15 2 12s2.5-5.5 5.5-5.5zM7.5 9.6c-1.3 0-2.4 1.1-2.4 2.4s1.1 2.4 2.4 2.4 2.4-1.1 2.4-2.4-1.1-2.4-2.4-2.4zM13 10.8h9v2.4h-2v3.3h-2.2v-3.3h-1.6v2.3H14v-2.3h-1z"),
    /** A pulse in a frame: a telemetry sink. */
    TELEMETRY("M2 4h20v16H2zM4 6v12h16V6zM5 12.2h3l2-5 3 8 2-4h4v1.6h-3l-3 6-3-8-1.4 3.4H5z"),
    /** A building with windows: an on-premises or colocation site. */
    CUSTOM_SITE("M3 21.5V7.2L12 2l9 5.2v14.3h-6.5v-5h-5v5zM7 9h2.2v2.2H7zM10.9 9h2.2v2.2h-2.2z"
            + "M14.8 9H17v2.2h-2.2zM7 13h2.2v2.2H7zM14.8 13H17v2.2h-2.2z"),
    /** The app mark: a cloud woven from threads (the full-colour version is app.svg / app-*.png). */
    APP("M6.5 19C3.5 19 1.5 16.9 1.5 14.3c0-2.4 1.8-4.3 4.1-4.6C6.3 6.4 9 4 12.3 4c3 0 5.5 2 6.3 4.8"
            + "C21 9.2 22.5 11.3 22.5 13.8 22.5 16.7 20.3 19 17.5 19zM6 11.5v1.4h12v-1.4zM6 14.6v1.4h12v-1.4z");

    /** Sizes of the committed app icon PNGs ({@code app-16.png} ...). */
    public static final int[] APP_PNG_SIZES = {16, 32, 48, 64, 128, 256};

    /** Width and height of the view box every path is drawn on. */
    public static final double VIEW_BOX = 24;

    private final String pathData;

    IconKey(String pathData) {
        this.pathData = pathData;
    }

    /** SVG path data on a 24 x 24 view box, to be filled with the even-odd rule. */
    public String pathData() {
        return pathData;
    }

    /** File name stem: {@code gpu-pool}, {@code custom-site}, ... */
    public String fileStem() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Classpath resource of the SVG for this icon. */
    public String svgResource() {
        return "/dev/skyloom/icons/" + fileStem() + ".svg";
    }

    /** Classpath resource of the app icon PNG of the given size (one of {@link #APP_PNG_SIZES}). */
    public static String appPngResource(int size) {
        return "/dev/skyloom/icons/app-" + size + ".png";
    }

    /** The icon for a component type given by its file-format name ({@code gpu-pool}, ...). */
    public static IconKey forComponentType(String json) {
        for (IconKey k : values()) {
            if (k.fileStem().equals(json)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no icon for component type " + json);
    }
}
