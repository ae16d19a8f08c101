package dev.skyloom.export.diagram;

import java.util.List;

/**
 * The inside of a card, relative to its top-left: where the kind icon goes and the lines of the name
 * (up to two, wrapped at spaces at the largest size where the whole name fits, ellipsis only past the
 * second line) and of the detail (one line, ellipsis). {@code name} is the full name for tooltips.
 */
public record CardText(
        String name, double iconX, double iconY, double iconSize, List<TextLine> title, List<TextLine> details) {
    public CardText {
        title = List.copyOf(title);
        details = List.copyOf(details);
    }

    /** The shown name, lines joined by a space (equal to the single-line name when nothing was cut). */
    public String shownName() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : title) {
            sb.append(sb.length() > 0 ? " " : "").append(l.text());
        }
        return sb.toString();
    }
}
