package dev.skyloom.export.terraform;

import dev.skyloom.export.ExportException;
import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated folder safely. A folder Skyloom created carries a {@code .skyloom-generated}
 * marker listing the files it wrote; such a folder (or an empty or missing one) is written freely and
 * files of the previous export that are no longer generated are removed. Any other non-empty folder
 * is refused unless {@code force} is set. A marker that is not a regular file of plain file names is
 * refused before anything is written. Every file goes through {@link AtomicOutput}: written to
 * temporaries, moved into place together, removals last, so a failed export leaves the folder as it was.
 */
public final class TerraformFolder {
    public static final String MARKER = ".skyloom-generated";

    /** A marker is a short list of file names; anything larger is not ours. */
    private static final long MAX_MARKER_BYTES = 1 << 20;

    private TerraformFolder() {}

    /** Throws the error {@link #write} would give for {@code dir} before anything is written. */
    public static void check(Path dir, boolean force) {
        previousFiles(dir, force);
    }

    /** Writes the files into {@code dir} at once; see the class comment for the rules. */
    public static List<Path> write(Path dir, Map<String, String> files, boolean force) {
        try (AtomicOutput out = AtomicOutput.begin()) {
            List<Path> written = stage(dir, files, force, out);
            out.commit();
            return written;
        } catch (IOException e) {
            throw ExportException.of(dir, e);
        }
    }

    /** Adds the folder's files (and the removal of stale ones) to {@code out}, to appear when it commits. */
    public static List<Path> stage(Path dir, Map<String, String> files, boolean force, AtomicOutput out) {
        List<String> previous = previousFiles(dir, force);
        Path marker = dir.resolve(MARKER);
        try {
            out.createFolders(dir);
            List<Path> written = new ArrayList<>();
            StringBuilder list = new StringBuilder("# Files written by the Skyloom Terraform export\n");
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (!isPlainName(e.getKey())) {
                    throw new IllegalArgumentException("not a plain file name: " + e.getKey());
                }
                Path target = dir.resolve(e.getKey());
                out.stage(target, e.getValue().getBytes(StandardCharsets.UTF_8));
                written.add(target);
                list.append(e.getKey()).append('\n');
            }
            for (String old : previous) {
                if (!files.containsKey(old)) {
                    out.deleteOnCommit(dir.resolve(old));
                }
            }
            out.stage(marker, list.toString().getBytes(StandardCharsets.UTF_8));
            return written;
        } catch (IOException e) {
            throw ExportException.of(dir, e);
        }
    }

    /** The files the previous export listed; refuses a folder that cannot be written as {@link #write} would. */
    private static List<String> previousFiles(Path dir, boolean force) {
        try {
            AtomicOutput.checkFolder(dir);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            Path marker = dir.resolve(MARKER);
            if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
                if (!isEmpty(dir) && !force) {
                    throw new ExportException(dir + ": directory is not empty and was not created by Skyloom"
                            + " (use --force to write into it)");
                }
                return List.of();
            }
            if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS) || Files.size(marker) > MAX_MARKER_BYTES) {
                throw new ExportException(marker + ": is not Skyloom's marker file (not a regular file);"
                        + " remove it or choose another folder");
            }
            List<String> names = new ArrayList<>();
            List<String> lines;
            try {
                lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw damaged(marker, 0);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!isPlainName(line)) {
                    throw damaged(marker, i + 1);
                }
                names.add(line);
            }
            return names;
        } catch (IOException e) {
            throw ExportException.of(dir, e);
        }
    }

    private static ExportException damaged(Path marker, int line) {
        return new ExportException(marker + (line > 0 ? ":" + line : "")
                + ": damaged (not a list of file names); remove it or choose another folder");
    }

    /** A name of a file directly inside the folder: no separators, no parent, no control characters. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
            return false;
        }
        return name.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
