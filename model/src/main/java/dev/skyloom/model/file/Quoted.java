package dev.skyloom.model.file;

/** Renders untrusted text for one-line messages: shortened, control and invisible characters escaped. */
final class Quoted {
    private static final int MAX = 60;

    private Quoted() {}

    /** The text in double quotes, e.g. {@code "eu-central-1"}. */
    static String of(String text) {
        return '"' + plain(text) + '"';
    }

    /** The text without quotes, shortened to 60 characters with control characters escaped. */
    static String plain(String text) {
        String s = text.length() > MAX ? text.substring(0, MAX - 3) : text;
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || JsonText.isInvisible(c) || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        if (s.length() < text.length()) {
            b.append("...");
        }
        return b.toString();
    }
}
