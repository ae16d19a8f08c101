package dev.skyloom.app.cli;

/** Bad input from the user (a file, an option): printed as one line on stderr, exit code 2. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
