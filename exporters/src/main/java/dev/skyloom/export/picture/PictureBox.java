package dev.skyloom.export.picture;

import dev.skyloom.export.diagram.CardText;
import dev.skyloom.export.diagram.HeaderText;
import dev.skyloom.icons.IconKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A component in the picture: a container (provider or region, title in a header band) or a card (GPU
 * pool, storage, pipeline: icon, title and detail lines). {@code name} is the full name for tooltips and
 * text search; {@code title} is what is drawn. {@code cardText}/{@code headerText}, when present, are the
 * diagram's fitted and placed text (drawn as they are, so the picture matches the canvas); when absent
 * the painter fits {@code title} itself with the same rules.
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
        BoxStyle style,
        Optional<CardText> cardText,
        Optional<HeaderText> headerText) {

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
        cardText = cardText == null ? Optional.empty() : cardText;
        headerText = headerText == null ? Optional.empty() : headerText;
    }

    /** A box whose text the painter fits itself (the diagram's rules, the bundled font's metrics). */
    public PictureBox(
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
        this(id, kind, shape, rect, name, title, details, icon, badge, style, Optional.empty(), Optional.empty());
    }
}
