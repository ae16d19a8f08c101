package dev.skyloom.model.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a design file through {@link AtomicOutput} so that a crash at any moment leaves either the old
 * or the new content; on top of that: the bytes are verified as written before anything is replaced,
 * the previous file is kept as {@code NAME.bak} (renamed into place first, itself complete), and a
 * symbolic link is written through to its target (the user opened the file by that name).
 */
final class AtomicSave {
    /** Checks the bytes as written to the temporary file, before anything is replaced. */
    interface Verifier {
        void verify(byte[] written) throws IOException;
    }

    /** The longest file name most file systems accept, in bytes. */
    private static final int MAX_NAME_BYTES = 255;

    private static final Logger LOG = LoggerFactory.getLogger(AtomicSave.class);

    private AtomicSave() {}

    static void write(Path path, byte[] bytes, Verifier verifier) throws IOException {
        Path target = path.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath();
        }
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "cannot save over a folder");
        }
        AtomicOutput.checkFile(target);
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new FileSystemException(target.toString(), null, "folder " + dir + " does not exist");
        }
        String name = target.getFileName().toString();
        try (AtomicOutput out = AtomicOutput.begin()) {
            if (Files.exists(target)) {
                Path backup = dir.resolve(name + ".bak");
                if ((name + ".bak").getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
                    out.stage(backup, Files.readAllBytes(target), target);
                    AtomicOutput.stepReached.accept("backup-written");
                } else {
                    // the design's own name is legal; only the extra ".bak" is too long to exist
                    LOG.warn("Saving {} without a .bak copy: the name is too long for one", target);
                }
            }
            out.stage(target, bytes);
            AtomicOutput.stepReached.accept("temporary-written");
            verifier.verify(Files.readAllBytes(out.temporaryOf(target)));
            AtomicOutput.stepReached.accept("verified");
            out.commit();
            AtomicOutput.stepReached.accept("committed");
        }
    }
}
