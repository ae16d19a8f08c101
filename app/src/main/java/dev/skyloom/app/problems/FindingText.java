package dev.skyloom.app.problems;

import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        for (String id : finding.subjects()) {
            String n = displayName.apply(id);
            if (n != null && !n.isBlank() && !n.strip().equals(id)) {
                names.put(id, n.strip());
            }
        }
        if (names.isEmpty()) {
            return finding.message();
        }
        // longest first, so an id that is the start of another ("lake", "lake-dr") does not cut it
        String alternatives = names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        // an id is a whole word: after the start, a space, "(" or a quote; before the end, a space or punctuation
        Pattern ids = Pattern.compile("(?<![^\\s(\"'])(" + alternatives + ")(?=$|[\\s,.;:)\"'])");
        Matcher m = ids.matcher(finding.message());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
