package dev.skyloom.export.picture;

import dev.skyloom.icons.IconKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A component in the picture: a container (provider or region, title in a header band) or a card (GPU
 * pool, storage, pipeline: icon, title and detail lines). {@code name} is the full name for tooltips and
 * text search; {@code title} is what is drawn (the painter shortens it to fit).
 */
public record PictureBox(
        String id,
        Kind kind,
        Shape shape,
        PictureRect rect,
        String name,
        String title,
        List<String> details,
        Optional<IconKey> icon,
        Optional<PictureBadge> badge,
        BoxStyle style) {

    /** Containers hold other boxes and have a header; cards are leaves. */
    public enum Kind {
        CONTAINER,
        CARD
    }

    /** The outline: a rounded rectangle, or a chevron-ended lozenge (pipelines). */
    public enum Shape {
        ROUNDED,
        CHEVRON
    }

    public PictureBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(rect, "rect");
        Objects.requireNonNull(style, "style");
        name = name == null ? "" : name;
        title = title == null ? "" : title;
        details = List.copyOf(details);
        icon = icon == null ? Optional.empty() : icon;
        badge = badge == null ? Optional.empty() : badge;
    }
}
