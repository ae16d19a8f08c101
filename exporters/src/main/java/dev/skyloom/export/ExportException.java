package dev.skyloom.export;

/** An export that could not be written; the message names the file and what went wrong. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
