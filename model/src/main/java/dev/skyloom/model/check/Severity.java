package dev.skyloom.model.check;

import java.util.Locale;

/** How serious a finding is; declaration order is the report order (errors first). */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The JSON and CLI name: {@code error}, {@code warning}, {@code info}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
