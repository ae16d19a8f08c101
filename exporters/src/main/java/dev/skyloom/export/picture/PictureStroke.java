package dev.skyloom.export.picture;

/** A line style: colour, width in picture units and an optional dash pattern (empty = solid). */
public record PictureStroke(PictureColour colour, double width, double[] dash) {
    public static final PictureStroke NONE = new PictureStroke(PictureColour.NONE, 0, new double[0]);

    public PictureStroke {
        dash = dash == null ? new double[0] : dash.clone();
    }

    public static PictureStroke solid(PictureColour colour, double width) {
        return new PictureStroke(colour, width, new double[0]);
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    public boolean isVisible() {
        return colour.isVisible() && width > 0;
    }

    public boolean isDashed() {
        return dash.length > 0;
    }
}
