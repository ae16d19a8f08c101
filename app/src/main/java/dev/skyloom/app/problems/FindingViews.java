package dev.skyloom.app.problems;

import dev.skyloom.app.canvas.CanvasBadge;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How findings show on the canvas: the highlighted path of one finding and the badges of all of them. */
public final class FindingViews {
    private FindingViews() {}

    /**
     * What to highlight for a finding, in order. A residency finding's subjects are a flow path (origin
     * first): the path's components with, between each consecutive pair, the connection that joins them. A
     * redundancy finding's subjects are the pipeline, then the failed region or provider and what goes down
     * with it: all of them. Other findings: their subjects.
     */
    public static List<String> highlight(Design design, Finding finding) {
        List<String> subjects = finding.subjects();
        if (!finding.check().equals("residency")) {
            return subjects;
        }
        Map<String, String> joins = new HashMap<>();
        for (Connection c : design.connections()) {
            joins.putIfAbsent(c.from() + "\n" + c.to(), c.id());
            joins.putIfAbsent(c.to() + "\n" + c.from(), c.id());
        }
        List<String> path = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (i > 0) {
                String link = joins.get(subjects.get(i - 1) + "\n" + subjects.get(i));
                if (link != null) {
                    path.add(link);
                }
            }
            path.add(subjects.get(i));
        }
        return path;
    }

    /**
     * One badge per component that errors and warnings point at (information stays in the panel), with every message; the level is the most severe. A
     * residency finding badges where the data lands (the end of its path), a redundancy outage the pipeline
     * that goes down, any other finding each of its subjects.
     */
    public static Map<String, CanvasBadge> badges(Design design, List<Finding> findings) {
        return badges(design, findings, new FindingTexts());
    }

    /** As {@link #badges(Design, List)}, with the texts kept in {@code texts} from the previous call. */
    public static Map<String, CanvasBadge> badges(Design design, List<Finding> findings, FindingTexts texts) {
        texts.newRound();
        Map<String, Severity> level = new LinkedHashMap<>();
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            // once per finding, not per subject: a governance finding can name thousands of subjects, and
            // building its text scans its message for each of them
            String text = null;
            for (String id : badged(f)) {
                if (design.component(id).isEmpty()) {
                    continue;
                }
                if (text == null) {
                    text = texts.of(f, design);
                }
                level.merge(id, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                messages.computeIfAbsent(id, k -> new ArrayList<>()).add(text);
            }
        }
        Map<String, CanvasBadge> out = new LinkedHashMap<>();
        level.forEach((id, s) -> out.put(id, new CanvasBadge(levelOf(s), messages.get(id))));
        return out;
    }

    private static List<String> badged(Finding f) {
        List<String> s = f.subjects();
        if (s.isEmpty()) {
            return s;
        }
        if (f.check().equals("residency")) {
            return List.of(s.get(s.size() - 1));
        }
        if (f.code().equals("redundancy.region-outage") || f.code().equals("redundancy.provider-outage")) {
            return List.of(s.get(0));
        }
        return s;
    }

    static CanvasBadge.Level levelOf(Severity s) {
        switch (s) {
            case ERROR:
                return CanvasBadge.Level.ERROR;
            case WARNING:
                return CanvasBadge.Level.WARNING;
            default:
                return CanvasBadge.Level.INFO;
        }
    }
}
