package dev.skyloom.export.picture;

import java.util.Objects;

/**
 * A connection: an orthogonal polyline ({@code xs}/{@code ys} in order, at least two points) with an
 * arrowhead at the last point and a label in a pill centred on ({@code labelX}, {@code labelY}).
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
        PictureColour labelText) {

    public PictureEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stroke, "stroke");
        if (xs == null || ys == null || xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("edge " + id + " needs at least two points");
        }
        xs = xs.clone();
        ys = ys.clone();
        label = label == null ? "" : label;
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
