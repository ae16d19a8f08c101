package dev.skyloom.model.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content: write a
 * randomly named temporary file in the same folder, flush and fsync it, verify it, keep the previous
 * file as {@code NAME.bak} (itself written the same way), rename the temporary file over the target,
 * then fsync the folder so the rename survives a power cut. Temporary files left by a crashed save are
 * deleted by a later save once they are ten minutes old. A symbolic link is written through to its
 * target. Where the file system cannot rename atomically the file is replaced by a plain move (the
 * verified {@code .bak} still holds the previous version) and a warning is logged.
 */
final class AtomicSave {
    /** Checks the bytes as written to the temporary file, before anything is replaced. */
    interface Verifier {
        void verify(byte[] written) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final int MOVE_ATTEMPTS = 5;

    /** How old a leftover temporary file must be before a later save deletes it. */
    static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(AtomicSave.class);

    /**
     * Test hook: told the name of each step of a save as it is reached, so a crash test can stop the JVM
     * exactly there ({@code CrashDuringSaveTest}). Does nothing in the product.
     */
    static volatile Consumer<String> stepReached = step -> {};

    private AtomicSave() {}

    static void write(Path path, byte[] bytes, Verifier verifier) throws IOException {
        Path target = path.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            target = target.toRealPath();
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot save over a folder: " + target);
        }
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        stepReached.accept("temporary-created");
        boolean committed = false;
        try {
            writeSynced(tmp, bytes);
            stepReached.accept("temporary-written");
            verifier.verify(Files.readAllBytes(tmp));
            copyPermissions(target, tmp);
            stepReached.accept("verified");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                backUp(target, dir.resolve(name + ".bak"));
                stepReached.accept("backup-replaced");
            }
            boolean atomic = move(tmp, target);
            stepReached.accept("renamed");
            if (!atomic) {
                LOG.warn(
                        "Saved {} without an atomic rename (not supported by this file system): a crash while"
                                + " saving here could damage the file; the previous version is in the .bak file",
                        target);
            }
            committed = true;
            syncDirectory(dir);
            stepReached.accept("directory-synced");
        } finally {
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
        sweepOrphans(dir, name);
    }

    /**
     * Deletes temporary files of this target (and of its .bak) left behind by a crashed save. Only our
     * own names ({@code .NAME.<random>.tmp}) older than {@link #ORPHAN_AGE} are touched, so a save still
     * running in another process keeps its file.
     */
    static void sweepOrphans(Path dir, String name) {
        long cutoff = System.currentTimeMillis() - ORPHAN_AGE.toMillis();
        String prefix = "." + name + ".";
        // A filter rather than a glob: file names may contain glob characters such as '{' or '['.
        DirectoryStream.Filter<Path> ours = f -> {
            String n = f.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        };
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ours)) {
            for (Path f : files) {
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS)
                                        .toMillis()
                                < cutoff) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // The save itself has succeeded; leftovers are only clutter and are retried on the next save.
            LOG.debug("Could not sweep temporary files in {}: {}", dir, e.toString());
        }
    }

    /** Keeps the previous version: copied to a temporary file, synced, then renamed onto the .bak. */
    private static void backUp(Path target, Path backup) throws IOException {
        Path tmp = Files.createTempFile(backup.getParent(), "." + backup.getFileName() + ".", ".tmp");
        boolean committed = false;
        try {
            writeSynced(tmp, Files.readAllBytes(target));
            copyPermissions(target, tmp);
            stepReached.accept("backup-written");
            move(tmp, backup);
            committed = true;
        } finally {
            if (!committed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    /**
     * Renames atomically, retrying briefly when another program holds the file (Windows sharing
     * violations); falls back to a plain replacing move only when the file system has no atomic rename.
     */
    private static boolean move(Path from, Path to) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                return false;
            } catch (AccessDeniedException e) {
                if (attempt >= MOVE_ATTEMPTS || !isWindows()) {
                    throw new FileSystemException(
                            to.toString(), null, "cannot replace the file (is it open in another program?)");
                }
                pause(20L << (attempt - 1));
            }
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while saving", e);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(from) ? Files.getPosixFilePermissions(from) : NEW_FILE;
        view.setPermissions(permissions);
    }

    /**
     * Makes the rename durable. POSIX systems allow syncing a directory; Windows cannot open one as a
     * channel (and NTFS journals the rename itself), so there the step is skipped.
     */
    private static void syncDirectory(Path dir) {
        if (isWindows()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // The rename has happened and the file is complete; only durability across a power cut is
            // not guaranteed on a file system that refuses directory syncs, so this is not a failed save.
            LOG.debug("Could not sync folder {}: {}", dir, e.toString());
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .startsWith("windows");
    }
}
