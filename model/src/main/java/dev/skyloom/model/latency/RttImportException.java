package dev.skyloom.model.latency;

import dev.skyloom.catalog.CatalogProblem;
import dev.skyloom.model.text.Counted;
import java.util.List;

/** A measurements file that cannot be used; {@link #problems()} lists every bad row, nothing was applied. */
public final class RttImportException extends Exception {
    private final transient List<CatalogProblem> problems;

    public RttImportException(List<CatalogProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String summary(List<CatalogProblem> problems) {
        String first = problems.isEmpty() ? "no usable rows" : problems.get(0).toString();
        return problems.size() <= 1 ? first : first + " (and " + Counted.of(problems.size() - 1, "more problem") + ")";
    }
}
