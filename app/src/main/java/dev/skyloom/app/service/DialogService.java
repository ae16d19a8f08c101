package dev.skyloom.app.service;

import java.util.List;
import java.util.Optional;

/** Questions and messages to the user; the only way view-models talk to dialogs. */
public interface DialogService {
    /** The answers of a "save changes?" question. */
    enum SaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    SaveChoice askSaveChanges(String documentName);

    /** Lets the user pick one of {@code choices}; empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> choices);

    /** Lets the user pick one of {@code choices}, offering {@code initial} first; empty when cancelled. */
    default <T> Optional<T> choose(String title, String message, List<T> choices, T initial) {
        return choose(title, message, choices);
    }
}
