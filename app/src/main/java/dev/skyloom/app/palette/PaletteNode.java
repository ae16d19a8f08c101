package dev.skyloom.app.palette;

import dev.skyloom.catalog.RegionKey;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The palette as a plain tree, built from the catalog and filtered without touching any control. */
public record PaletteNode(PaletteItem item, List<PaletteNode> children) {
    public PaletteNode {
        children = List.copyOf(children);
    }

    /**
     * The subtree that matches {@code query}. Every word must be found in the node's own text or in that of
     * the provider and region it sits under, so "H100 Frankfurt" finds the H100 offerings of Frankfurt
     * regions (words may name the provider, region code, city, country, instance type or accelerator). A
     * node matching on its own is kept with all it holds; other nodes only for matching descendants. Empty
     * query keeps everything.
     */
    public PaletteNode filter(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return this;
        }
        PaletteNode result = filter(words, "");
        return result == null ? new PaletteNode(item, List.of()) : result;
    }

    private PaletteNode filter(String[] words, String context) {
        boolean heading = item instanceof PaletteItem.Heading;
        String text = heading ? context : context + " " + item.searchText();
        if (!heading && matches(text, words)) {
            return this;
        }
        List<PaletteNode> kept = new ArrayList<>();
        for (PaletteNode child : children) {
            PaletteNode f = child.filter(words, text);
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

    /** Only the given region of the catalog (what is sold there), under its provider; empty when absent. */
    public PaletteNode onlyRegion(RegionKey region) {
        List<PaletteNode> kept = new ArrayList<>();
        for (PaletteNode child : children) {
            if (child.item() instanceof PaletteItem.RegionEntry r) {
                if (r.region().key().equals(region)) {
                    kept.add(child);
                }
            } else if (child.item() instanceof PaletteItem.ProviderEntry
                    || child.item() instanceof PaletteItem.Heading) {
                PaletteNode sub = child.onlyRegion(region);
                if (!sub.children().isEmpty()) {
                    kept.add(sub);
                }
            }
        }
        return new PaletteNode(item, kept);
    }

    /** How many things that can be dropped this tree holds (itself excluded): the count a group shows. */
    public int dropCount() {
        int n = 0;
        for (PaletteNode c : children) {
            n += (c.children().isEmpty() && c.item().draggable() ? 1 : 0) + c.dropCount();
        }
        return n;
    }

    /**
     * The text of this node in the tree: a heading with the count of what it holds now (the matches while
     * searching, not the catalog's total); a provider or region with its count of matches while searching.
     */
    public String displayLabel(boolean searching) {
        if (children.isEmpty()) {
            return item.label();
        }
        int n = dropCount();
        if (item instanceof PaletteItem.Heading) {
            return item.label() + " (" + n + ")";
        }
        if (searching && (item instanceof PaletteItem.ProviderEntry || item instanceof PaletteItem.RegionEntry)) {
            return item.label() + "  — " + Counted.of(n, "match", "matches");
        }
        return item.label();
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
