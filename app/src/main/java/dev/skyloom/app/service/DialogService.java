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

    /** One line of a two-column list: a key (or gesture) and what it does. */
    record Entry(String key, String text) {}

    /** Shows a two-column list such as the keyboard shortcuts; as plain lines where there is no table. */
    default void showList(String title, List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        entries.forEach(e -> b.append(e.key()).append('\t').append(e.text()).append('\n'));
        showInfo(title, b.toString());
    }

    /** Lets the user pick one of {@code choices}, offering {@code initial} first; empty when cancelled. */
    default <T> Optional<T> choose(String title, String message, List<T> choices, T initial) {
        return choose(title, message, choices);
    }
}
