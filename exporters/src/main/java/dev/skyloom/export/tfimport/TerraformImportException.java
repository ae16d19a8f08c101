package dev.skyloom.export.tfimport;

/** A source that cannot be imported; the message is one line naming the file and, where known, the field. */
public final class TerraformImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TerraformImportException(String message) {
        super(message);
    }

    public TerraformImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
