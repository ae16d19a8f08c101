package dev.skyloom.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** An export that could not be written; the message names the file and what went wrong. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file-system failure while writing {@code target}, as one line naming the file. */
    public static ExportException of(Path target, IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : target.toString();
        String message;
        if (e instanceof FileSystemException f && f.getReason() != null) {
            message = file + ": " + f.getReason();
        } else if (e instanceof AccessDeniedException) {
            message = file + ": permission denied";
        } else if (e instanceof NoSuchFileException) {
            message = file + ": no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            message = file + ": not a directory";
        } else if (e instanceof FileAlreadyExistsException) {
            message = file + ": a file is in the way";
        } else {
            message = target + ": cannot write (" + e.getMessage() + ")";
        }
        return new ExportException(message, e);
    }
}
