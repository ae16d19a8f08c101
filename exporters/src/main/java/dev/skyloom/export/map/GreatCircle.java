package dev.skyloom.export.map;

import dev.skyloom.catalog.GeoPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The shortest path over the globe between two places, sampled for a flat map: Tokyo to Virginia goes
 * over the Pacific, not across Asia and Europe. Where it crosses the antimeridian the path is split, each
 * piece ending on the map's edge, so no line runs across the whole map.
 */
public final class GreatCircle {
    private GreatCircle() {}

    /** Degrees between samples: fine enough that 1:110m maps show no corners. */
    static final double STEP_DEGREES = 2;

    /** The path as pieces of {@code lon0, lat0, lon1, lat1, …}; one piece unless it crosses ±180°. */
    public static List<double[]> path(GeoPoint from, GeoPoint to) {
        double[] a = unit(from);
        double[] b = unit(to);
        double dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
        double angle = Math.acos(dot);
        int steps = Math.max(1, (int) Math.ceil(Math.toDegrees(angle) / STEP_DEGREES));
        List<double[]> pieces = new ArrayList<>();
        List<Double> piece = new ArrayList<>();
        double prevLon = Double.NaN;
        double prevLat = Double.NaN;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double[] p = angle < 1e-9 ? a : slerp(a, b, angle, t);
            double lat = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, p[2]))));
            double lon =
                    i == 0 ? from.longitude() : i == steps ? to.longitude() : Math.toDegrees(Math.atan2(p[1], p[0]));
            if (!Double.isNaN(prevLon) && Math.abs(lon - prevLon) > 180) {
                // crosses the antimeridian: end this piece on the edge, start the next on the other edge
                double edge = prevLon > 0 ? 180 : -180;
                double shifted = lon + (prevLon > 0 ? 360 : -360);
                double f = (edge - prevLon) / (shifted - prevLon);
                double edgeLat = prevLat + f * (lat - prevLat);
                piece.add(edge);
                piece.add(edgeLat);
                pieces.add(toArray(piece));
                piece.clear();
                piece.add(-edge);
                piece.add(edgeLat);
            }
            piece.add(lon);
            piece.add(lat);
            prevLon = lon;
            prevLat = lat;
        }
        pieces.add(toArray(piece));
        return pieces;
    }

    private static double[] unit(GeoPoint g) {
        double lat = Math.toRadians(g.latitude());
        double lon = Math.toRadians(g.longitude());
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    private static double[] slerp(double[] a, double[] b, double angle, double t) {
        double s = Math.sin(angle);
        if (s < 1e-12) {
            return a; // antipodes: every great circle is as short; draw none rather than divide by zero
        }
        double wa = Math.sin((1 - t) * angle) / s;
        double wb = Math.sin(t * angle) / s;
        return new double[] {wa * a[0] + wb * b[0], wa * a[1] + wb * b[1], wa * a[2] + wb * b[2]};
    }

    private static double[] toArray(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
