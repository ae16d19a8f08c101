package dev.skyloom.model;

import dev.skyloom.model.text.Counted;
import java.util.List;

/** Thrown when components and connections do not form a valid design; carries every problem found. */
public final class InvalidDesignException extends IllegalArgumentException {
    private final transient List<StructureProblem> problems;

    public InvalidDesignException(List<StructureProblem> problems) {
        super(problems.isEmpty() ? "invalid design" : summary(problems));
        this.problems = List.copyOf(problems);
    }

    private static String summary(List<StructureProblem> problems) {
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + Counted.of(problems.size() - 1, "more problem") + ")";
    }

    public List<StructureProblem> problems() {
        return problems;
    }
}
