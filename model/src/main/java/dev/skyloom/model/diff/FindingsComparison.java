package dev.skyloom.model.diff;

import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.List;

/**
 * Findings before and after, matched by severity, check, code and subjects (not the message, which may
 * quote amounts that move with any edit). {@code added} are in the head's report order, {@code resolved}
 * in the base's.
 */
public record FindingsComparison(
        List<Finding> before, List<Finding> after, List<Finding> added, List<Finding> resolved, int unchanged) {
    public FindingsComparison {
        before = List.copyOf(before);
        after = List.copyOf(after);
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
    }

    public int countBefore(Severity s) {
        return count(before, s);
    }

    public int countAfter(Severity s) {
        return count(after, s);
    }

    /** New findings of one severity, in report order. */
    public List<Finding> added(Severity s) {
        return added.stream().filter(f -> f.severity() == s).toList();
    }

    public List<Finding> resolved(Severity s) {
        return resolved.stream().filter(f -> f.severity() == s).toList();
    }

    private static int count(List<Finding> findings, Severity s) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == s) {
                n++;
            }
        }
        return n;
    }
}
