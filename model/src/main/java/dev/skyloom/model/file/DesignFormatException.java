package dev.skyloom.model.file;

import dev.skyloom.model.text.Counted;
import java.util.List;

/**
 * A design file that cannot be read: unreadable, not JSON, from a newer Skyloom, or not a valid design.
 * Carries every problem found; the message is one line naming the file and the first problem.
 */
public final class DesignFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<FileProblem> problems;

    public DesignFormatException(List<FileProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public DesignFormatException(FileProblem problem) {
        this(List.of(problem));
    }

    /** Every problem found, in file order. */
    public List<FileProblem> problems() {
        return problems;
    }

    private static String summary(List<FileProblem> problems) {
        if (problems.isEmpty()) {
            return "unreadable design file";
        }
        String first = problems.get(0).describe();
        return problems.size() == 1 ? first : first + " (and " + Counted.of(problems.size() - 1, "more problem") + ")";
    }
}
