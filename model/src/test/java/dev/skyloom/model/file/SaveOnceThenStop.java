package dev.skyloom.model.file;

import dev.skyloom.model.Design;
import java.nio.file.Path;

/**
 * Child process of {@link CrashDuringSaveTest}: saves the next revision of the design file once and
 * halts the JVM (no shutdown hooks, no flushing: as abrupt as a kill) when the save reaches the step
 * named by the second argument. Exit code 137 means it stopped there; 0 that the step never came.
 */
public final class SaveOnceThenStop {
    static final int HALTED = 137;

    private SaveOnceThenStop() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        String stopAt = args[1];
        Design current = DesignFile.read(target);
        AtomicOutput.stepReached = step -> {
            if (step.equals(stopAt)) {
                Runtime.getRuntime().halt(HALTED);
            }
        };
        DesignFile.save(SaveLoop.revision(current, SaveLoop.revisionOf(current) + 1), target);
    }
}
