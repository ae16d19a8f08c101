package dev.skyloom.model.diff;

import java.util.List;

/**
 * Every single region and provider failure of either design (regions first, then providers, each sorted
 * by key) with what it takes down before and after.
 */
public record ResilienceComparison(List<OutageDelta> outages) {
    public ResilienceComparison {
        outages = List.copyOf(outages);
    }

    /** Failures the base design has. */
    public int outagesBefore() {
        return (int) outages.stream().filter(OutageDelta::inBefore).count();
    }

    public int outagesAfter() {
        return (int) outages.stream().filter(OutageDelta::inAfter).count();
    }

    /** Failures of the base design that take at least one pipeline down. */
    public int harmfulBefore() {
        return (int) outages.stream().filter(o -> !o.downBefore().isEmpty()).count();
    }

    public int harmfulAfter() {
        return (int) outages.stream().filter(o -> !o.downAfter().isEmpty()).count();
    }

    public List<OutageDelta> changed() {
        return outages.stream().filter(OutageDelta::changed).toList();
    }
}
