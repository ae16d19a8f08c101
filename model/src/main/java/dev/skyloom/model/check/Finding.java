package dev.skyloom.model.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One result of a check: severity, the check's name ({@code residency}, {@code redundancy}, {@code
 * portability}, {@code catalog}), a stable dotted code (e.g. {@code residency.violation}), the ids of the
 * components involved (for a flow: the path in order, origin first) and a message a person can act on.
 */
public record Finding(Severity severity, String check, String code, List<String> subjects, String message) {
    /** The report order: severity, check, code, subjects (element by element), message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::check)
            .thenComparing(Finding::code)
            .thenComparing(Finding::subjects, Finding::compareLists)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(code, "code");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(message, "message");
    }

    private static int compareLists(List<String> a, List<String> b) {
        int k = Math.min(a.size(), b.size());
        for (int i = 0; i < k; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
