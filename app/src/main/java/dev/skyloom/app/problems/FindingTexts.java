package dev.skyloom.app.problems;

import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FindingText#of(Finding, Design)} kept from one analysis to the next: after an edit most findings are
 * the same, and building the text of one that names hundreds of subjects scans its long message once per
 * subject (tens of ms per edit at 5,000 components). A kept text is used only while the finding and the name
 * of every one of its subjects are unchanged, which is all the text depends on.
 */
public final class FindingTexts {
    private record Kept(List<String> names, String text) {}

    private Map<Finding, Kept> previous = new HashMap<>();
    private Map<Finding, Kept> current = new HashMap<>();

    /** Starts a new round: texts not asked for since the last call are forgotten at the next one. */
    public void newRound() {
        previous = current;
        current = new HashMap<>();
    }

    /** The text of {@code f} with the names {@code design} gives its subjects. */
    public String of(Finding f, Design design) {
        List<String> names = new ArrayList<>(f.subjects().size());
        for (String id : f.subjects()) {
            names.add(design.component(id).map(Component::label).orElse(id));
        }
        Kept k = current.get(f);
        if (k == null) {
            k = previous.get(f);
        }
        if (k == null || !k.names().equals(names)) {
            k = new Kept(names, FindingText.of(f, design));
        }
        current.put(f, k);
        return k.text();
    }
}
