package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code badgeCentre} skips measuring the name when the badge cannot meet it. The skip must be exactly a
 * miss of the rectangle test it saves: compared with that test written out in full (the code before the
 * skip), at the zoom where the badge's bottom touches the name's top, where one ulp decides.
 */
class BadgeCentreSkipTest {
    private static final TextMeasure MONO = (text, size, bold) -> text.codePointCount(0, text.length()) * 0.6 * size;

    /** The placement with the name always measured (the code before the skip). */
    private static double[] oldBadgeCentre(DiagramLabels labels, Diagram.Item it, Rect r, double zoom) {
        double[] c = new double[] {r.maxX() - 4 / zoom, r.y() + 4 / zoom};
        CardText t = labels.card(it.id()).orElse(null);
        if (t == null || t.title().isEmpty()) {
            return c;
        }
        double half = DiagramStyle.BADGE_HALF / zoom;
        TextLine first = t.title().get(0);
        double top = r.y() + first.baseline() - first.size();
        Rect line = new Rect(
                r.x() + first.x(), top, MONO.width(first.text(), first.size(), first.bold()), first.size() * 1.25);
        if (new Rect(c[0] - half, c[1] - half, 2 * half, 2 * half).intersects(line)) {
            c[1] = top - half - 1;
        }
        return c;
    }

    @Test
    void aBadgeTouchingTheNameIsRaisedAsBefore() {
        Design design = GeneratedDesigns.generate(40, 7);
        Diagram diagram = Diagram.of(design);
        DiagramLabels labels = DiagramLabels.of(diagram, Optional.empty(), MONO);
        Diagram.Item card = diagram.items().stream()
                .filter(i -> i.kind() == Diagram.Kind.CARD)
                .findFirst()
                .orElseThrow();
        TextLine first = labels.card(card.id()).orElseThrow().title().get(0);
        double d = first.baseline() - first.size(); // the name's top below the card's top
        // the zoom at which the badge's bottom (4 + 11 screen px below the card's top) meets the name's top
        double zoom0 = 15 / d;
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            double zoom = zoom0 * (1 + (random.nextDouble() - 0.5) * 1e-12);
            Rect r = new Rect(
                    card.rect().x(),
                    random.nextInt(4000) - 2000,
                    card.rect().w(),
                    card.rect().h());
            double[] was = oldBadgeCentre(labels, card, r, zoom);
            double[] is = labels.badgeCentre(card, r, zoom);
            assertArrayEquals(was, is, 0, "zoom " + zoom + " at " + r);
        }
    }
}
