package dev.skyloom.app.problems;

import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A finding's message as the designer shows it: the ids of its subjects replaced by the names the user gave
 * them ("Pipeline Model training must survive…" rather than "Pipeline training…"). The checks keep writing
 * ids, so JSON, the CLI and diffs stay stable; the detail pane lists each name with its id.
 */
public final class FindingText {
    private FindingText() {}

    /** The message with each named subject's id replaced by its name; unnamed subjects keep their id. */
    public static String of(Finding finding, Design design) {
        return of(finding, id -> design.component(id).map(Component::label).orElse(id));
    }

    /** The same with {@code displayName} giving a component's name, or its id when it has none. */
    public static String of(Finding finding, Function<String, String> displayName) {
        Map<String, String> names = new LinkedHashMap<>();
        String message = finding.message();
        for (String id : finding.subjects()) {
            // a finding can name thousands of subjects while its message lists a few: a pattern of them all
            // cost seconds per edit at 5,000 components, and an id the message does not contain cannot match
            if (!message.contains(id)) {
                continue;
            }
            String n = displayName.apply(id);
            if (n != null && !n.isBlank() && !n.strip().equals(id)) {
                names.put(id, n.strip());
            }
        }
        if (names.isEmpty()) {
            return finding.message();
        }
        // longest first, so an id that is the start of another ("lake", "lake-dr") does not cut it
        List<String> ids = names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        // an id is a whole word: after the start, a space, "(" or a quote; before the end, a space or punctuation.
        // A scan, not a pattern: compiling one per finding cost tens of ms per edit with thousands of findings.
        StringBuilder out = new StringBuilder(message.length() + 16);
        int at = 0;
        while (at < message.length()) {
            String hit = null;
            if (at == 0 || " \t\n\u000B\f\r(\"'".indexOf(message.charAt(at - 1)) >= 0) {
                for (String id : ids) {
                    int end = at + id.length();
                    if (message.startsWith(id, at)
                            && (end == message.length()
                                    || " \t\n\u000B\f\r,.;:)\"'".indexOf(message.charAt(end)) >= 0)) {
                        hit = id;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.append(names.get(hit));
                at += hit.length();
            } else {
                out.append(message.charAt(at));
                at++;
            }
        }
        return out.toString();
    }
}
