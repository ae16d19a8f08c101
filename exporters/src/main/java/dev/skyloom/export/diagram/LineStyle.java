package dev.skyloom.export.diagram;

import java.util.Objects;

/** A line: colour, width in world units at 100 % and a dash pattern (empty = solid). */
public record LineStyle(Colour colour, double width, double[] dash) {
    public LineStyle {
        Objects.requireNonNull(colour, "colour");
        dash = dash == null ? new double[0] : dash.clone();
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    public boolean isDashed() {
        return dash.length > 0;
    }
}
