package dev.skyloom.app.document;

/** A design file could not be read or written; the message is one line for the user. */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentException(String message) {
        super(message);
    }
}
