package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Kept card, header and edge texts against fresh ones, with edits RandomEdits lacks (texts changed in place). */
class DiagramLabelsReuseRandomTest {
    private static final TextMeasure MONO = (text, size, bold) -> text.codePointCount(0, text.length()) * 0.6 * size;

    @Test
    void inPlaceTextEditsMatchAFreshRun() {
        Optional<Catalog> catalog = Optional.of(CatalogLoader.bundled());
        Random rnd = new Random(5);
        Design current = GeneratedDesigns.generate(200, 3);
        Diagram diagram = Diagram.of(current);
        DiagramLabels labels = DiagramLabels.of(diagram, catalog, MONO);
        for (int step = 0; step < 60; step++) {
            Design next;
            int kind = step % 5;
            if (kind == 0) {
                List<Connection> ks = new ArrayList<>(current.connections());
                int i = rnd.nextInt(ks.size());
                ks.set(i, ks.get(i).withMonthlyTb(BigDecimal.valueOf(rnd.nextInt(5000), rnd.nextInt(3))));
                next = current.withConnections(ks);
            } else if (kind == 1) {
                List<Connection> ks = new ArrayList<>(current.connections());
                int i = rnd.nextInt(ks.size());
                int j = rnd.nextInt(ks.size());
                Connection a = ks.get(i);
                ks.set(i, ks.get(j));
                ks.set(j, a);
                next = current.withConnections(ks);
            } else if (kind == 2) {
                List<Component> cs = new ArrayList<>(current.components());
                int i = rnd.nextInt(cs.size());
                cs.set(i, cs.get(i).withName(rnd.nextBoolean() ? "" : "A rather long new name number " + step));
                next = current.withComponents(cs);
            } else if (kind == 3) {
                List<Connection> ks = new ArrayList<>(current.connections());
                ks.remove(rnd.nextInt(ks.size()));
                next = current.withConnections(ks);
            } else {
                next = RandomEdits.edit(current, diagram, rnd, step);
            }
            Diagram nextDiagram = Diagram.of(next, diagram);
            DiagramLabels after = DiagramLabels.of(nextDiagram, catalog, MONO, labels);
            DiagramLabels fresh = DiagramLabels.of(nextDiagram, catalog, MONO);
            for (Diagram.Item it : nextDiagram.items()) {
                assertEquals(fresh.edge(it.id()), after.edge(it.id()), step + " " + it.id());
                assertEquals(fresh.card(it.id()), after.card(it.id()), step + " " + it.id());
                assertEquals(fresh.header(it.id()), after.header(it.id()), step + " " + it.id());
            }
            current = next;
            diagram = nextDiagram;
            labels = after;
        }
    }
}
