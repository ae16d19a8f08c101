package dev.skyloom.app;

import dev.skyloom.app.cli.SkyloomCli;
import java.util.Optional;

/**
 * Entry point. No arguments (or {@code open FILE}, or only GUI options) opens the designer; anything
 * else runs the command line. Does not extend Application so JavaFX can start from the classpath.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        StartupTiming.mark("main");
        if (SkyloomCli.isGuiInvocation(args)) {
            Optional<String> missing = DesignerStart.missing(
                    System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
            if (missing.isPresent()) {
                System.err.println("skyloom: " + missing.get());
                System.exit(DesignerStart.CANNOT_START);
            }
            DesignerStart.silenceClassPathWarning();
            DesignerStart.catchToolkitFailure(System.err);
            try {
                SkyloomApp.launchWith(args);
            } catch (RuntimeException | Error e) {
                Optional<String> why = DesignerStart.explain(e);
                if (why.isEmpty()) {
                    throw e;
                }
                System.err.println("skyloom: " + why.get());
                System.exit(DesignerStart.CANNOT_START);
            }
            return;
        }
        System.exit(SkyloomCli.run(args, System.out, System.err));
    }
}
