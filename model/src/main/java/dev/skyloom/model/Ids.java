package dev.skyloom.model;

/** Rules for component, connection and data-class ids. */
public final class Ids {
    /** Longest id accepted; ids end up in file names, Terraform names and cell text. */
    public static final int MAX_LENGTH = 200;

    private Ids() {}

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("invalid id: " + (id == null ? "null" : '"' + abbreviate(id) + '"'));
        }
        return id;
    }

    static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
