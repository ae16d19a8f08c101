package dev.skyloom.app.cli;

import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The design file of every command that reads one design ({@code check}, {@code cost}, {@code simulate},
 * {@code latency}, {@code export}), used with {@code @Mixin}: the {@code FILE} parameter and its reading,
 * where every problem becomes one line on stderr and exit code 2.
 */
public final class DesignFileArgument {
    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (*.skyloom.json).")
    Path file;

    /** The file as given. */
    Path path() {
        return file;
    }

    /** The design in the file; a missing or damaged file is a usage error naming it (exit 2). */
    Design read() {
        return read(file);
    }

    /** Reads {@code file} as {@link #read()} does (also for {@code diff}'s and {@code --compare}'s files). */
    static Design read(Path file) {
        try {
            return DesignFile.read(file);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
