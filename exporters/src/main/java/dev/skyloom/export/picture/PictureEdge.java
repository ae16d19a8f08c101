package dev.skyloom.export.picture;

import dev.skyloom.export.diagram.EdgeLabel;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection: an orthogonal polyline ({@code xs}/{@code ys} in order, at least two points) with an
 * arrowhead at the last point and a label in a pill: where the diagram placed it ({@code placedLabel}),
 * else placed by the painter starting from the anchor ({@code labelX}, {@code labelY}).
 */
public record PictureEdge(
        String id,
        double[] xs,
        double[] ys,
        PictureStroke stroke,
        boolean arrow,
        String label,
        double labelX,
        double labelY,
        PictureColour labelFill,
        PictureColour labelText,
        Optional<EdgeLabel> placedLabel) {

    public PictureEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stroke, "stroke");
        if (xs == null || ys == null || xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("edge " + id + " needs at least two points");
        }
        xs = xs.clone();
        ys = ys.clone();
        label = label == null ? "" : label;
        placedLabel = placedLabel == null ? Optional.empty() : placedLabel;
    }

    /** An edge whose label the painter places itself, clear of cards and other labels. */
    public PictureEdge(
            String id,
            double[] xs,
            double[] ys,
            PictureStroke stroke,
            boolean arrow,
            String label,
            double labelX,
            double labelY,
            PictureColour labelFill,
            PictureColour labelText) {
        this(id, xs, ys, stroke, arrow, label, labelX, labelY, labelFill, labelText, Optional.empty());
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    public int size() {
        return xs.length;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }
}
