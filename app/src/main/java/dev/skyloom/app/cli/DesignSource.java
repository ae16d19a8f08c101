package dev.skyloom.app.cli;

import dev.skyloom.app.document.DocumentException;
import dev.skyloom.app.document.GitRevisions;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A design named on the command line: a file, or {@code git:REV:PATH} (PATH as git takes it: from the
 * repository root, or {@code ./PATH} from the working directory), read with {@code git show REV:PATH} in
 * a repository folder ({@link GitRevisions}, shared with the designer's Compare with…), so a CI job can
 * compare a pull request with its base without a second checkout.
 * Nothing is written; a bad revision or path is one line naming it.
 */
final class DesignSource {
    static final String GIT_PREFIX = "git:";

    private DesignSource() {}

    static Design read(String source, Path repository) {
        if (!source.startsWith(GIT_PREFIX)) {
            try {
                return DesignFileArgument.read(Path.of(source));
            } catch (InvalidPathException e) {
                throw new UserInputException(source + ": not a valid file name", e);
            }
        }
        String spec = source.substring(GIT_PREFIX.length());
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new UserInputException(source + ": expected git:REV:PATH, e.g. git:origin/main:design.skyloom.json");
        }
        String rev = spec.substring(0, colon);
        if (rev.startsWith("-")) {
            throw new UserInputException(source + ": a revision cannot start with '-'");
        }
        byte[] bytes = gitShow(source, spec, repository);
        try {
            return DesignFile.parse(bytes, source);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private static byte[] gitShow(String source, String object, Path repository) {
        try {
            return GitRevisions.show(source, object, repository);
        } catch (DocumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
