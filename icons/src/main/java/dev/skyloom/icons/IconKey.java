package dev.skyloom.icons;

/** The project's own icons, by component type; resources live beside this class. */
public enum IconKey {
    PROVIDER,
    REGION,
    GPU_POOL,
    STORAGE,
    PIPELINE,
    CUSTOM_SITE,
    APP;

    /** Classpath resource of the SVG for this icon. */
    public String svgResource() {
        return "/dev/skyloom/icons/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".svg";
    }
}
