package dev.skyloom.model.file;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Skyloom writes files (designs, settings, recovery copies, every export): a set of files
 * written all-or-nothing.
 *
 * <ol>
 *   <li>Every target is checked first ({@link #checkFile}, {@link #checkFolder}): it must be absent or a
 *       regular file (never a device, pipe, folder or symbolic link, which would be replaced), in a
 *       folder that exists or can be created.
 *   <li>Each file is written to a temporary file created exclusively ({@code CREATE_NEW}, so a link
 *       planted at its name is never followed) in the target's own folder, with a short unpredictable
 *       name {@code .skyloom-PID-RANDOM.tmp} that does not depend on the target's name (a 255-byte
 *       target name still works), then flushed and synced.
 *   <li>{@link #commit} renames every temporary file onto its target (a rename inside one folder never
 *       follows a link), then removes the files scheduled for deletion; until then nothing the user can
 *       see has changed.
 *   <li>{@link #close} without a commit removes the temporary files and the folders this run created;
 *       a failed commit also removes the targets it had already created.
 * </ol>
 *
 * A crashed writer's temporary files (whose process is gone) are removed by {@link #sweepLeftovers},
 * called after every commit in the folders written and by the designer at start.
 */
public final class AtomicOutput implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicOutput.class);

    /**
     * Test hook: told each step of a write as it is reached, so a crash test can stop the JVM exactly
     * there ({@code CrashDuringSaveTest}). Does nothing in the product.
     */
    static volatile Consumer<String> stepReached = step -> {};

    /** Readable by others, like a file the user's tools create; temporary files start owner-only. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private static final String PREFIX = ".skyloom-";
    private static final String SUFFIX = ".tmp";
    private static final Pattern LEFTOVER = Pattern.compile("\\.skyloom-(\\d+)-\\d+\\.tmp");
    private static final int MOVE_ATTEMPTS = 5;

    private record Staged(Path temporary, Path target, boolean existed) {}

    private final List<Staged> staged = new ArrayList<>();
    private final Set<Path> targets = new HashSet<>();
    private final List<Path> deletions = new ArrayList<>();
    private final Deque<Path> createdFolders = new ArrayDeque<>();
    private final Set<Path> folders = new LinkedHashSet<>();
    private int openStreams;
    private boolean finished;

    private AtomicOutput() {}

    /** Starts a set of files to write; close it (try-with-resources) so a failure leaves nothing behind. */
    public static AtomicOutput begin() {
        return new AtomicOutput();
    }

    /**
     * Writes one file atomically (the single-file case of a set).
     *
     * @throws IOException naming the file, when it cannot be written; nothing is then changed
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = begin()) {
            out.createFolders(target.toAbsolutePath().getParent());
            out.stage(target, bytes);
            out.commit();
        }
    }

    // ---- checks ---------------------------------------------------------------------------------

    /**
     * Refuses, before anything is written, a file target that exists and is not a regular file (a
     * folder, device, pipe or symbolic link) or whose folder is neither a folder nor creatable.
     */
    public static void checkFile(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        refuseNonRegular(absolute);
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new FileSystemException(target.toString(), null, "not a file name");
        }
        checkFolder(parent);
    }

    /** Refuses a folder target that is not a folder, or whose nearest existing ancestor is not one. */
    public static void checkFolder(Path dir) throws IOException {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            String reason = p.equals(dir.toAbsolutePath()) ? "exists and is not a directory" : "not a directory";
            throw new FileSystemException(p.toString(), null, reason);
        }
        if (p != null && !Files.isWritable(p)) {
            throw new AccessDeniedException(p.toString(), null, "permission denied");
        }
    }

    private static void refuseNonRegular(Path absolute) throws IOException {
        if (Files.isSymbolicLink(absolute)) {
            throw new FileSystemException(
                    absolute.toString(), null, "is a symbolic link; give the file it points to (or another name)");
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(absolute.toString(), null, "is a directory");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(
                    absolute.toString(), null, "is not a regular file (a device or pipe); give a file name");
        }
    }

    // ---- staging --------------------------------------------------------------------------------

    /** Creates the missing folders up to {@code dir}; a rollback removes them again (when empty). */
    public void createFolders(Path dir) throws IOException {
        requireOpen();
        Path absolute = dir.toAbsolutePath();
        checkFolder(absolute);
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            Files.createDirectory(p);
            createdFolders.push(p);
        }
    }

    /**
     * Opens the temporary file that will replace {@code target} on {@link #commit}; the caller writes
     * and closes the stream (closing syncs it). The new file gets the target's permissions, or
     * rw-r--r-- when the target is new.
     */
    public OutputStream open(Path target) throws IOException {
        return open(target, target);
    }

    /** As {@link #open(Path)}, with the permissions of {@code permissionsLike} (when that file exists). */
    public OutputStream open(Path target, Path permissionsLike) throws IOException {
        Path temporary = stageEmpty(target, permissionsLike);
        FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
        openStreams++;
        OutputStream raw = Channels.newOutputStream(channel);
        return new BufferedOutputStream(
                new FilterOutputStream(raw) {
                    private boolean closed;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        if (closed) {
                            return;
                        }
                        closed = true;
                        openStreams--;
                        try (channel) {
                            out.flush();
                            channel.force(true);
                        }
                    }
                },
                1 << 16);
    }

    /** Stages {@code bytes} as the new content of {@code target}. */
    public void stage(Path target, byte[] bytes) throws IOException {
        stage(target, bytes, target);
    }

    /** As {@link #stage(Path, byte[])}, with the permissions of {@code permissionsLike}. */
    public void stage(Path target, byte[] bytes, Path permissionsLike) throws IOException {
        try (OutputStream out = open(target, permissionsLike)) {
            out.write(bytes);
        }
    }

    /** The temporary file staged for {@code target} (to verify what was written before it replaces anything). */
    Path temporaryOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return staged.stream()
                .filter(s -> s.target().equals(absolute))
                .map(Staged::temporary)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Schedules {@code file} for removal after every file is in place. Only a regular file or a link
     * (the link itself) is removed; anything else is left alone.
     */
    public void deleteOnCommit(Path file) {
        requireOpen();
        deletions.add(file.toAbsolutePath());
    }

    private Path stageEmpty(Path target, Path permissionsLike) throws IOException {
        requireOpen();
        Path absolute = target.toAbsolutePath();
        refuseNonRegular(absolute);
        if (!targets.add(absolute)) {
            throw new FileSystemException(target.toString(), null, "is given twice");
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileSystemException(target.toString(), null, "folder " + dir + " does not exist");
        }
        folders.add(dir);
        // CREATE_NEW with a random name: a file or link already there is never opened or followed
        Path temporary =
                Files.createTempFile(dir, PREFIX + ProcessHandle.current().pid() + "-", SUFFIX);
        staged.add(new Staged(temporary, absolute, Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)));
        setPermissions(temporary, permissionsLike.toAbsolutePath());
        return temporary;
    }

    // ---- commit and rollback --------------------------------------------------------------------

    /**
     * Moves every staged file into place (in the order staged), then removes the files scheduled for
     * deletion. On failure the targets this commit created are removed again and the exception names
     * the file.
     *
     * @return the targets written, in the order staged
     */
    public List<Path> commit() throws IOException {
        requireOpen();
        if (openStreams > 0) {
            throw new IllegalStateException("a staged file is still open");
        }
        List<Path> written = new ArrayList<>();
        int moved = 0;
        try {
            for (Staged s : staged) {
                // checked again: a device or folder put there since the check must not be replaced
                refuseNonRegular(s.target());
                if (!move(s.temporary(), s.target())) {
                    LOG.warn("Wrote {} without an atomic rename (not supported by this file system)", s.target());
                }
                moved++;
                stepReached.accept("moved " + s.target().getFileName());
                written.add(s.target());
            }
        } catch (IOException | RuntimeException e) {
            for (int i = 0; i < moved; i++) {
                Staged s = staged.get(i);
                if (!s.existed()) {
                    deleteQuietly(s.target());
                }
            }
            throw e;
        }
        finished = true;
        for (Path d : deletions) {
            if (Files.isRegularFile(d, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(d)) {
                Files.deleteIfExists(d);
            }
        }
        for (Path dir : folders) {
            syncDirectory(dir);
            sweepLeftovers(dir);
        }
        return written;
    }

    /** Without a successful {@link #commit}: removes the temporary files and the folders created. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        for (Staged s : staged) {
            deleteQuietly(s.temporary());
        }
        while (!createdFolders.isEmpty()) {
            Path dir = createdFolders.pop();
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                LOG.debug("Could not remove folder {} after a failed write: {}", dir, e.toString());
            }
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("already committed or closed");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove {} after a failed write: {}", file, e.toString());
        }
    }

    // ---- leftovers ------------------------------------------------------------------------------

    /**
     * Removes temporary files of writers that crashed: our own names only, regular files only, and only
     * those whose process is no longer running (a write in progress elsewhere keeps its file).
     */
    public static void sweepLeftovers(Path dir) {
        DirectoryStream.Filter<Path> ours =
                f -> LEFTOVER.matcher(f.getFileName().toString()).matches();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ours)) {
            for (Path f : files) {
                Matcher m = LEFTOVER.matcher(f.getFileName().toString());
                if (m.matches() && !isRunning(m.group(1)) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only clutter; retried after the next write in this folder or the next start
            LOG.debug("Could not sweep temporary files in {}: {}", dir, e.toString());
        }
    }

    private static boolean isRunning(String pid) {
        try {
            long id = Long.parseLong(pid);
            Optional<ProcessHandle> p = ProcessHandle.of(id);
            return id == ProcessHandle.current().pid()
                    || p.map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    // ---- file-system details --------------------------------------------------------------------

    private static void setPermissions(Path temporary, Path like) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(
                Files.isRegularFile(like, LinkOption.NOFOLLOW_LINKS) ? Files.getPosixFilePermissions(like) : NEW_FILE);
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
            throw new IOException("interrupted while writing", e);
        }
    }

    /**
     * Makes the renames durable. POSIX systems allow syncing a directory; Windows cannot open one as a
     * channel (and NTFS journals the rename itself), so there the step is skipped.
     */
    private static void syncDirectory(Path dir) {
        if (isWindows()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // the files are complete and in place; only durability across a power cut is not guaranteed
            LOG.debug("Could not sync folder {}: {}", dir, e.toString());
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
