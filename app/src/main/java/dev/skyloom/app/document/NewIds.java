package dev.skyloom.app.document;

import dev.skyloom.model.Design;
import dev.skyloom.model.Ids;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Readable, unique ids for new components: {@code aws}, {@code aws-2}, {@code p5-48xlarge}. */
public final class NewIds {
    private final Set<String> taken = new HashSet<>();

    public NewIds(Design design) {
        design.components().forEach(c -> taken.add(c.id()));
        design.connections().forEach(c -> taken.add(c.id()));
    }

    /** A fresh id derived from {@code base}, remembered so the next call gives another one. */
    public String next(String base) {
        String slug = slug(base);
        String id = slug;
        for (int n = 2; taken.contains(id); n++) {
            id = slug + "-" + n;
        }
        taken.add(id);
        return id;
    }

    static String slug(String base) {
        StringBuilder b = new StringBuilder();
        for (char c : base.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        String s = b.length() == 0 ? "item" : b.toString();
        return s.length() > 40 ? s.substring(0, 40) : Ids.require(s);
    }
}
