package dev.skyloom.model.file;

import dev.skyloom.model.Design;
import java.nio.file.Path;

/**
 * Child process of {@link CrashDuringSaveTest}: reads the design file, warms up, prints READY, saves once and prints
 * SAVED, then saves revision after revision of it (the revision number in its name) until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {}

    /** The exact design of a revision, so the parent can tell a complete file from a damaged one. */
    static Design revision(Design base, long revision) {
        return base.withName("revision " + revision);
    }

    static long revisionOf(Design d) {
        return Long.parseLong(d.name().substring("revision ".length()));
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Design base = DesignFile.read(target);
        long revision = revisionOf(base);
        // Warm up writing and reading in memory so the saves after READY run at their usual speed.
        DesignFile.parse(DesignFile.toJson(base), "warm-up");
        System.out.println("READY");
        System.out.flush();
        revision++;
        DesignFile.save(revision(base, revision), target);
        // once only: a child that printed after every save would block on a full pipe the parent never reads
        System.out.println("SAVED");
        System.out.flush();
        while (true) {
            revision++;
            DesignFile.save(revision(base, revision), target);
        }
    }
}
