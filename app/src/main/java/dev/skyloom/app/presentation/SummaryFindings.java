package dev.skyloom.app.presentation;

import dev.skyloom.app.problems.FindingText;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error lines of the presentation summary. A generated or copied design repeats one mistake many
 * times with the same text, so each distinct text is listed once with how many findings share it, the most
 * frequent first (ties in the findings' order), rather than the same line three times.
 */
final class SummaryFindings {
    private SummaryFindings() {}

    /** At most {@code max} lines "• text", with " (n findings)" when n findings share the text. */
    static List<String> errorLines(List<Finding> findings, Design design, int max) {
        Map<String, Integer> byText = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                byText.merge(FindingText.of(f, design), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> groups = new ArrayList<>(byText.entrySet());
        // stable: equal counts keep the findings' order
        groups.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> g : groups.subList(0, Math.min(max, groups.size()))) {
            lines.add("• " + g.getKey() + (g.getValue() > 1 ? " (" + Counted.of(g.getValue(), "finding") + ")" : ""));
        }
        return lines;
    }
}
