package dev.skyloom.model.check;

import java.util.List;
import java.util.Set;

/**
 * One integrity rule over a design. Returns its findings (an empty list, never null); never throws on a
 * valid design. A check is added by one class and one line in {@link Checks#standard()}.
 */
public interface DesignCheck {
    /** The check's name as it appears in findings ({@code residency}, ...). */
    String name();

    /** Every finding code this check can report ({@code residency.violation}, ...), for help, filters and docs. */
    List<String> codes();

    /**
     * The design fields the findings depend on. {@link CheckSession} reuses this check's findings after an
     * edit that changes none of them, so a field read but not declared leaves findings stale ({@code
     * IncrementalCheckTest} mutates every field to catch that). Default: every field.
     */
    default java.util.Set<DesignField> reads() {
        return DesignField.all();
    }

    List<Finding> check(DesignContext context);

    /** Whether this check reads none of {@code changed}. */
    default boolean unaffectedBy(Set<DesignField> changed) {
        for (DesignField f : changed) {
            if (reads().contains(f)) {
                return false;
            }
        }
        return true;
    }
}
