package dev.skyloom.export.arrange;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.export.diagram.HeaderText;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.diagram.SpatialIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a slide must not show, counted over a diagram and its labels: cards overlapping cards, sibling
 * containers overlapping, edge labels on cards or on each other, and edge segments through cards other
 * than their ends, container titles cut with an ellipsis (as the diagram's labels fit them). Touching
 * borders do not count (one unit of tolerance). Found through a spatial index.
 */
record DiagramGeometry(
        int cardOverlaps,
        int containerOverlaps,
        int labelsOnCards,
        int labelOverlaps,
        int edgesThroughCards,
        int hiddenLabels,
        int truncatedTitles,
        List<String> examples) {

    static DiagramGeometry of(Diagram diagram, DiagramLabels labels) {
        List<Rect> cards = new ArrayList<>();
        List<String> cardIds = new ArrayList<>();
        List<Diagram.Item> containers = new ArrayList<>();
        List<Rect> pills = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        int hiddenLabels = 0;
        int truncatedTitles = 0;
        for (Diagram.Item it : diagram.items()) {
            switch (it.kind()) {
                case CARD -> {
                    cards.add(it.rect());
                    cardIds.add(it.id());
                }
                case CONTAINER -> {
                    containers.add(it);
                    Optional<HeaderText> h = labels.header(it.id());
                    if (h.isPresent() && !h.get().title().text().equals(h.get().name())) {
                        truncatedTitles++;
                        note(
                                examples,
                                "title of " + it.id() + " cut to \""
                                        + h.get().title().text() + "\"");
                    }
                }
                case EDGE -> {
                    Optional<EdgeLabel> l = labels.edge(it.id());
                    if (l.isPresent() && !l.get().hidden()) {
                        pills.add(l.get().pill());
                    } else if (l.isPresent()) {
                        hiddenLabels++;
                    }
                }
            }
        }
        SpatialIndex cardIndex = new SpatialIndex(cards.size(), 400);
        for (int i = 0; i < cards.size(); i++) {
            cardIndex.add(i, cards.get(i));
        }
        int[] n = new int[1];
        int cardOverlaps = 0;
        for (int i = 0; i < cards.size(); i++) {
            int[] hits = cardIndex.query(cards.get(i).inflated(-1), n);
            for (int j = 0; j < n[0]; j++) {
                if (hits[j] > i && overlap(cards.get(i), cards.get(hits[j]))) {
                    cardOverlaps++;
                    note(examples, "cards " + cardIds.get(i) + " / " + cardIds.get(hits[j]));
                }
            }
        }
        int containerOverlaps = 0;
        for (int i = 0; i < containers.size(); i++) {
            for (int j = i + 1; j < containers.size(); j++) {
                Diagram.Item a = containers.get(i);
                Diagram.Item b = containers.get(j);
                if (a.component().parent().equals(b.component().parent()) && overlap(a.rect(), b.rect())) {
                    containerOverlaps++;
                    note(examples, "containers " + a.id() + " / " + b.id());
                }
            }
        }
        int labelsOnCards = 0;
        for (Rect p : pills) {
            int[] hits = cardIndex.query(p, n);
            for (int j = 0; j < n[0]; j++) {
                if (overlap(p, cards.get(hits[j]))) {
                    labelsOnCards++;
                    note(examples, "label on card " + cardIds.get(hits[j]));
                    break;
                }
            }
        }
        SpatialIndex pillIndex = new SpatialIndex(pills.size(), 200);
        for (int i = 0; i < pills.size(); i++) {
            pillIndex.add(i, pills.get(i));
        }
        int labelOverlaps = 0;
        for (int i = 0; i < pills.size(); i++) {
            int[] hits = pillIndex.query(pills.get(i), n);
            for (int j = 0; j < n[0]; j++) {
                if (hits[j] > i && overlap(pills.get(i), pills.get(hits[j]))) {
                    labelOverlaps++;
                }
            }
        }
        int edgesThroughCards = 0;
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() != Diagram.Kind.EDGE) {
                continue;
            }
            double[] xs = it.route().xs();
            double[] ys = it.route().ys();
            boolean crosses = false;
            for (int s = 1; s < xs.length && !crosses; s++) {
                Rect seg = Rect.spanning(xs[s - 1], ys[s - 1], xs[s], ys[s]);
                int[] hits = cardIndex.query(seg, n);
                for (int j = 0; j < n[0] && !crosses; j++) {
                    String id = cardIds.get(hits[j]);
                    if (!id.equals(it.connection().from())
                            && !id.equals(it.connection().to())
                            && overlap(seg, cards.get(hits[j]))) {
                        crosses = true;
                        note(examples, "edge " + it.id() + " through " + id);
                    }
                }
            }
            if (crosses) {
                edgesThroughCards++;
            }
        }
        return new DiagramGeometry(
                cardOverlaps,
                containerOverlaps,
                labelsOnCards,
                labelOverlaps,
                edgesThroughCards,
                hiddenLabels,
                truncatedTitles,
                examples);
    }

    /** Overlap of more than one unit in both directions (a segment has zero width: it only has to enter). */
    private static boolean overlap(Rect a, Rect b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        boolean thinA = a.w() == 0 || a.h() == 0;
        return thinA
                ? w >= 0
                        && h >= 0
                        && (a.w() == 0
                                ? a.x() > b.x() + 1 && a.x() < b.maxX() - 1
                                : a.y() > b.y() + 1 && a.y() < b.maxY() - 1)
                        && (a.w() == 0 ? h > 1 : w > 1)
                : w > 1 && h > 1;
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < 5) {
            examples.add(what);
        }
    }

    @Override
    public String toString() {
        return "card overlaps " + cardOverlaps + ", container overlaps " + containerOverlaps + ", labels on cards "
                + labelsOnCards + ", label overlaps " + labelOverlaps + ", edges through cards " + edgesThroughCards
                + ", hidden labels " + hiddenLabels + ", truncated titles " + truncatedTitles
                + (examples.isEmpty() ? "" : " " + examples);
    }
}
