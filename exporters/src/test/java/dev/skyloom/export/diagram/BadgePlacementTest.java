package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A finding badge, on any component of an example (each may get one), covers no container title (its own
 * or another's), no other card and not its own card's name: at 100 % and at 60 %, where the badge keeps
 * its screen size and so covers more of the design.
 */
class BadgePlacementTest {
    private static final Optional<Catalog> CATALOG = Optional.of(CatalogLoader.bundled());

    static List<Path> examples() {
        return ExampleFiles.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aBadgeCoversNoTitleAndNoOtherCard(Path file) throws Exception {
        Diagram diagram = Diagram.of(DesignFile.read(file));
        TextMeasure measure = AwtTextMeasure.shared();
        DiagramLabels labels = DiagramLabels.of(diagram, CATALOG, measure);
        List<Rect> titles = new ArrayList<>();
        List<String> titleOf = new ArrayList<>();
        for (Diagram.Item it : diagram.items()) {
            if (it.kind() == Diagram.Kind.CONTAINER) {
                TextLine t = labels.header(it.id()).orElseThrow().title();
                double w = measure.width(t.text(), t.size(), t.bold());
                titles.add(new Rect(it.rect().x() + t.x(), it.rect().y() + t.baseline() - t.size(), w, t.size() * 1.2));
                titleOf.add(it.id());
            }
        }
        List<String> covered = new ArrayList<>();
        for (double zoom : new double[] {1, 0.6}) {
            double half = DiagramStyle.BADGE_HALF / zoom;
            for (Diagram.Item it : diagram.items()) {
                if (it.kind() == Diagram.Kind.EDGE) {
                    continue;
                }
                double[] c = labels.badgeCentre(it, it.rect(), zoom);
                Rect badge = new Rect(c[0] - half, c[1] - half, 2 * half, 2 * half);
                for (int i = 0; i < titles.size(); i++) {
                    if (badge.intersects(titles.get(i))) {
                        covered.add(it.id() + " on the title of " + titleOf.get(i) + " at " + zoom);
                    }
                }
                if (it.kind() == Diagram.Kind.CARD) {
                    for (TextLine t : labels.card(it.id()).orElseThrow().title()) {
                        Rect line = new Rect(
                                it.rect().x() + t.x(),
                                it.rect().y() + t.baseline() - t.size(),
                                measure.width(t.text(), t.size(), t.bold()),
                                t.size() * 1.2);
                        if (badge.intersects(line)) {
                            covered.add(it.id() + " on its own name \"" + t.text() + "\" at " + zoom);
                        }
                    }
                }
                for (Diagram.Item other : diagram.items()) {
                    if (other != it && other.kind() == Diagram.Kind.CARD && badge.intersects(other.rect())) {
                        covered.add(it.id() + " on card " + other.id() + " at " + zoom);
                    }
                }
            }
        }
        assertEquals(List.of(), covered);
    }
}
