package dev.skyloom.app.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/** What a file looked like when we last read or wrote it, to notice changes made by other programs. */
public record DiskStamp(FileTime modified, long size) {
    public static Optional<DiskStamp> of(Path file) {
        try {
            return Optional.of(new DiskStamp(Files.getLastModifiedTime(file), Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
