package dev.skyloom.export.map;

/**
 * The map's projection: equirectangular (plate carrée), longitude −180…180 across the width and latitude
 * {@link #NORTH}…{@link #SOUTH} down the height, so one degree is as wide as it is high. Chosen because
 * it is exact to invert for hit-testing and draws great-circle paths sampled in degrees without a
 * projection library; the polar caps, with no cloud regions, are cut off.
 */
public record MapProjection(double x, double y, double width, double height) {
    public static final double NORTH = 84;
    public static final double SOUTH = -58;
    /** Width : height of the projected world. */
    public static final double ASPECT = 360 / (NORTH - SOUTH);

    public MapProjection {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a map needs a positive size: " + width + " × " + height);
        }
    }

    /** The largest world of the right aspect that fits, centred in the box. */
    public static MapProjection fitting(double boxX, double boxY, double boxWidth, double boxHeight) {
        double w = Math.max(1, Math.min(boxWidth, boxHeight * ASPECT));
        double h = w / ASPECT;
        return new MapProjection(boxX + (boxWidth - w) / 2, boxY + (boxHeight - h) / 2, w, h);
    }

    public double x(double longitude) {
        return x + (longitude + 180) / 360 * width;
    }

    public double y(double latitude) {
        return y + (NORTH - latitude) / (NORTH - SOUTH) * height;
    }

    public double longitude(double px) {
        return (px - x) / width * 360 - 180;
    }

    public double latitude(double py) {
        return NORTH - (py - y) / height * (NORTH - SOUTH);
    }
}
