package dev.skyloom.export.picture;

import dev.skyloom.icons.IconKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One legend row: a symbol and its meaning. {@code BADGE} shows {@code badge} (a provider), {@code ICON}
 * shows {@code icon} in {@code colour} (a component kind), {@code LINE} shows a short arrow drawn with
 * {@code stroke} (a connection type), {@code AREA} a small dashed container swatch (a region).
 */
public record LegendEntry(
        Symbol symbol,
        String label,
        Optional<PictureBadge> badge,
        Optional<IconKey> icon,
        PictureColour colour,
        PictureStroke stroke) {

    /** What the legend draws in front of the label. */
    public enum Symbol {
        BADGE,
        ICON,
        LINE,
        AREA
    }

    public LegendEntry {
        Objects.requireNonNull(symbol, "symbol");
        label = label == null ? "" : label;
        badge = badge == null ? Optional.empty() : badge;
        icon = icon == null ? Optional.empty() : icon;
        colour = colour == null ? PictureColour.NONE : colour;
        stroke = stroke == null ? PictureStroke.NONE : stroke;
    }

    public static LegendEntry badge(String label, PictureBadge badge) {
        return new LegendEntry(Symbol.BADGE, label, Optional.of(badge), Optional.empty(), badge.fill(), null);
    }

    public static LegendEntry icon(String label, IconKey icon, PictureColour colour) {
        return new LegendEntry(Symbol.ICON, label, Optional.empty(), Optional.of(icon), colour, null);
    }

    public static LegendEntry line(String label, PictureStroke stroke) {
        return new LegendEntry(Symbol.LINE, label, Optional.empty(), Optional.empty(), stroke.colour(), stroke);
    }

    public static LegendEntry area(String label, PictureColour fill, PictureStroke stroke) {
        return new LegendEntry(Symbol.AREA, label, Optional.empty(), Optional.empty(), fill, stroke);
    }
}
