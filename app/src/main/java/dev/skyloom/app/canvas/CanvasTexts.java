package dev.skyloom.app.canvas;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.EdgeLabel;
import dev.skyloom.model.Component;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words the canvas shows: the labels of the current diagram as drawn (measured once per diagram and
 * catalog, since measuring is the slow part) and the hover texts of cards and of edges whose label is not
 * drawn whole. Both read the catalog, so it lives here.
 */
final class CanvasTexts {
    private final DesignCanvas canvas;
    private Optional<Catalog> catalog = Optional.empty();
    private Function<String, Optional<String>> priceOf = id -> Optional.empty();
    private DiagramLabels labels;
    private Diagram labelsOf;

    CanvasTexts(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    void setPriceOf(Function<String, Optional<String>> priceOf) {
        this.priceOf = Objects.requireNonNull(priceOf, "priceOf");
    }

    String tipText(String id) {
        Component c = canvas.component(id);
        if (c == null) {
            return id;
        }
        CanvasBadge badge = canvas.state().badges.get(id);
        return CardTip.text(
                canvas.getDesign(), c, catalog, priceOf.apply(id), badge == null ? List.of() : badge.messages());
    }

    Optional<String> edgeTipText(String id) {
        Optional<EdgeLabel> label = labels().edge(id);
        if (label.isEmpty()
                || (!label.get().hidden()
                        && label.get().text().text().equals(label.get().name()))) {
            return Optional.empty();
        }
        Diagram.Item it = canvas.getDiagram().item(id).orElse(null);
        if (it == null || it.connection() == null) {
            return Optional.of(label.get().name());
        }
        Component from = canvas.component(it.connection().from());
        Component to = canvas.component(it.connection().to());
        return Optional.of(label.get().name() + "\n"
                + (from == null ? it.connection().from() : from.label()) + " → "
                + (to == null ? it.connection().to() : to.label()));
    }

    void setCatalog(Catalog catalog) {
        this.catalog = Optional.ofNullable(catalog);
        labels = null;
    }

    DiagramLabels labels() {
        Diagram d = canvas.getDiagram();
        if (labels == null || labelsOf != d) {
            labels = DiagramLabels.of(d, catalog, FxTextMeasure.shared(), labels);
            labelsOf = d;
        }
        return labels;
    }
}
