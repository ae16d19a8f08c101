package dev.skyloom.app;

import dev.skyloom.app.cli.SkyloomCli;

/**
 * Entry point. No arguments (or {@code open FILE}, or only GUI options) opens the designer; anything
 * else runs the command line. Does not extend Application so JavaFX can start from the classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupTiming.mark("main");
        if (SkyloomCli.isGuiInvocation(args)) {
            SkyloomApp.launchWith(args);
            return;
        }
        System.exit(SkyloomCli.run(args, System.out, System.err));
    }
}
