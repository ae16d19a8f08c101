package dev.skyloom.app.cli;

import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.nio.file.Path;

/** Reads the design file a command is given; every problem becomes one line on stderr and exit code 2. */
final class DesignInput {
    private DesignInput() {}

    static Design read(Path file) {
        try {
            return DesignFile.read(file);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
