package dev.skyloom.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A note or a zone drawn on a design for slides ("Phase 2", "Client's existing estate"): free text in a
 * box, or a labelled dashed frame. Annotations are not components, so checks, cost and the graph never see
 * them; they are kept in the file (format 2) and drawn by the canvas and every picture.
 */
public record Annotation(String id, Kind kind, String text, Bounds bounds) {
    /** What the annotation is drawn as. */
    public enum Kind {
        /** Free text on a pale box. */
        NOTE("note"),
        /** A labelled dashed frame around part of the design. */
        ZONE("zone");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Kind> fromJson(String value) {
            for (Kind k : values()) {
                if (k.json.equals(value)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        /** The size a new annotation of this kind gets. */
        public double[] defaultSize() {
            return this == NOTE ? new double[] {200, 90} : new double[] {420, 260};
        }
    }

    public Annotation {
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("bad annotation id " + id);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bounds, "bounds");
        text = text == null ? "" : text;
    }

    public Annotation withText(String text) {
        return new Annotation(id, kind, text, bounds);
    }

    public Annotation withBounds(Bounds bounds) {
        return new Annotation(id, kind, text, bounds);
    }
}
