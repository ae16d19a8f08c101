package dev.skyloom.app.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Skyloom keeps settings and recovery copies: {@code -Dskyloom.data.dir} when set (tests), else the
 * operating system's per-user data folder.
 */
public final class AppDirectories {
    public static final String PROPERTY = "skyloom.data.dir";

    private AppDirectories() {}

    public static Path dataDirectory() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Skyloom");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Skyloom");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "skyloom") : Path.of(home, ".local", "share", "skyloom");
    }
}
