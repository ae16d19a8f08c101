package dev.skyloom.app.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The palette as a plain tree, built from the catalog and filtered without touching any control. */
public record PaletteNode(PaletteItem item, List<PaletteNode> children) {
    public PaletteNode {
        children = List.copyOf(children);
    }

    /**
     * The subtree that matches {@code query}: a node whose text contains every word is kept with all it
     * holds; other nodes are kept only for matching descendants. Empty query keeps everything.
     */
    public PaletteNode filter(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return this;
        }
        PaletteNode result = filter(words);
        return result == null ? new PaletteNode(item, List.of()) : result;
    }

    private PaletteNode filter(String[] words) {
        if (matches(item.searchText(), words) && !(item instanceof PaletteItem.Heading)) {
            return this;
        }
        List<PaletteNode> kept = new ArrayList<>();
        for (PaletteNode child : children) {
            PaletteNode f = child.filter(words);
            if (f != null) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? null : new PaletteNode(item, kept);
    }

    private static boolean matches(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Number of nodes in this tree, itself included. */
    public int size() {
        int n = 1;
        for (PaletteNode c : children) {
            n += c.size();
        }
        return n;
    }
}
