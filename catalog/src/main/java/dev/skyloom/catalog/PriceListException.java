package dev.skyloom.catalog;

import java.util.List;

/** A price list that cannot be applied, with every problem found in it (file, line, column, message). */
public final class PriceListException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    public PriceListException(List<CatalogProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String summary(List<CatalogProblem> problems) {
        if (problems.isEmpty()) {
            return "bad price list";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1
                ? first
                : first + " (and " + (problems.size() - 1)
                        + (problems.size() == 2 ? " more problem)" : " more problems)");
    }
}
