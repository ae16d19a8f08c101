package dev.skyloom.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File details shared by exporters that write through a temporary file. */
public final class ExportFiles {
    /** Readable by others, like a file the user's tools create: temp files start as owner-only (0600). */
    static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private ExportFiles() {}

    /**
     * Gives a temporary file the permissions the exported file should have: those of the file it
     * replaces, or rw-r--r-- for a new one. No-op where the file system has no POSIX permissions.
     */
    public static void shareLikeTarget(Path tmp, Path target) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }
}
