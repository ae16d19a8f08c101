package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Rect;

/** Which part of the world is on screen: the world point at the top-left corner, the zoom, and the size in pixels. */
public record Viewport(double originX, double originY, double zoom, double width, double height) {

    public double toScreenX(double wx) {
        return (wx - originX) * zoom;
    }

    public double toScreenY(double wy) {
        return (wy - originY) * zoom;
    }

    public double toWorldX(double sx) {
        return originX + sx / zoom;
    }

    public double toWorldY(double sy) {
        return originY + sy / zoom;
    }

    /** The visible world rectangle. */
    public Rect world() {
        return new Rect(originX, originY, width / zoom, height / zoom);
    }

    /** The viewport showing {@code r} centred with a margin, with the zoom clamped to [min, max]. */
    public static Viewport fitting(Rect r, double width, double height, double margin, double min, double max) {
        double w = Math.max(r.w(), 1);
        double h = Math.max(r.h(), 1);
        double zoom = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        zoom = Math.max(min, Math.min(max, zoom));
        double ox = r.centerX() - width / 2 / zoom;
        double oy = r.centerY() - height / 2 / zoom;
        return new Viewport(ox, oy, zoom, width, height);
    }

    /** The same viewport zoomed to {@code newZoom} keeping the world point under screen point (sx, sy) fixed. */
    public Viewport zoomedAround(double newZoom, double sx, double sy) {
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        return new Viewport(wx - sx / newZoom, wy - sy / newZoom, newZoom, width, height);
    }
}
