package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesignFormatExceptionTest {
    private static FileProblem problem(int line) {
        return new FileProblem("d.skyloom.json", line, "c" + line, "count", "must be at least 1");
    }

    @Test
    void oneFurtherProblemIsSingular() {
        String two = new DesignFormatException(List.of(problem(3), problem(4))).getMessage();
        assertTrue(two.endsWith("(and 1 more problem)"), two);
        String three = new DesignFormatException(List.of(problem(3), problem(4), problem(5))).getMessage();
        assertTrue(three.endsWith("(and 2 more problems)"), three);
    }
}
