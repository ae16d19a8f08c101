package dev.skyloom.export.terraform;

import dev.skyloom.export.ExportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated folder safely. A folder Skyloom created carries a {@code .skyloom-generated}
 * marker listing the files it wrote; such a folder (or an empty or missing one) is written freely and
 * files of the previous export that are no longer generated are removed. Any other non-empty folder
 * is refused unless {@code force} is set. Each file is written to a temporary file and moved into
 * place, so a failed export never leaves half a file.
 */
public final class TerraformFolder {
    public static final String MARKER = ".skyloom-generated";

    private TerraformFolder() {}

    /** Throws the error {@link #write} would give for {@code dir} before anything is written. */
    public static void check(Path dir, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ExportException(dir + ": exists and is not a directory");
        }
        try {
            if (Files.isDirectory(dir) && !Files.isRegularFile(dir.resolve(MARKER)) && !isEmpty(dir) && !force) {
                throw new ExportException(dir + ": directory is not empty and was not created by Skyloom"
                        + " (use --force to write into it)");
            }
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static List<Path> write(Path dir, Map<String, String> files, boolean force) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new ExportException(dir + ": exists and is not a directory");
            }
            Path marker = dir.resolve(MARKER);
            List<String> previous = List.of();
            if (Files.isDirectory(dir)) {
                if (Files.isRegularFile(marker)) {
                    previous = Files.readAllLines(marker, StandardCharsets.UTF_8);
                } else if (!isEmpty(dir) && !force) {
                    throw new ExportException(dir + ": directory is not empty and was not created by Skyloom"
                            + " (use --force to write into it)");
                }
            }
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            StringBuilder list = new StringBuilder("# Files written by the Skyloom Terraform export\n");
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                writeAtomically(target, e.getValue());
                written.add(target);
                list.append(e.getKey()).append('\n');
            }
            for (String old : previous) {
                if (!old.isBlank() && !old.startsWith("#") && !files.containsKey(old) && isPlainName(old)) {
                    Files.deleteIfExists(dir.resolve(old));
                }
            }
            writeAtomically(marker, list.toString());
            return written;
        } catch (AccessDeniedException e) {
            throw new ExportException(e.getFile() + ": permission denied", e);
        } catch (NoSuchFileException e) {
            throw new ExportException(e.getFile() + ": no such file or directory", e);
        } catch (FileAlreadyExistsException e) {
            throw new ExportException(e.getFile() + ": a file is in the way", e);
        } catch (IOException e) {
            throw new ExportException(dir + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isPlainName(String name) {
        return !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
