package dev.skyloom.export.picture;

import java.util.List;
import java.util.Objects;

/**
 * A diagram ready to be drawn as a picture, free of any UI toolkit: a title and subtitle (the design
 * name and the date), the world rectangle to show, the boxes in draw order (containers outermost first,
 * then cards), the routed edges, and the legend. The app builds it from the canvas geometry so that a
 * picture shows exactly what the canvas shows; the SVG, PDF and PNG writers draw it the same way.
 * {@code mark}: whether the header carries the "Skyloom" mark (consultants may leave it off their slides).
 */
public record DiagramPicture(
        String title,
        String subtitle,
        PictureRect world,
        List<PictureBox> boxes,
        List<PictureEdge> edges,
        List<LegendEntry> legend,
        PictureTheme theme,
        boolean mark) {

    public DiagramPicture {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        Objects.requireNonNull(world, "world");
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
        legend = List.copyOf(legend);
        Objects.requireNonNull(theme, "theme");
    }

    /** A picture with the "Skyloom" mark. */
    public DiagramPicture(
            String title,
            String subtitle,
            PictureRect world,
            List<PictureBox> boxes,
            List<PictureEdge> edges,
            List<LegendEntry> legend,
            PictureTheme theme) {
        this(title, subtitle, world, boxes, edges, legend, theme, true);
    }

    /** The same picture with or without the "Skyloom" mark. */
    public DiagramPicture withMark(boolean on) {
        return on == mark ? this : new DiagramPicture(title, subtitle, world, boxes, edges, legend, theme, on);
    }
}
