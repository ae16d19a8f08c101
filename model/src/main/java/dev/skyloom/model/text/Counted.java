package dev.skyloom.model.text;

/**
 * A count with its noun in the right number: "1 note", "2 notes", "0 errors". Every message that shows a
 * count goes through here, so none reads "1 notes" (PluralMessagesTest scans the sources for the pattern).
 */
public final class Counted {
    private Counted() {}

    /** {@code n} and the noun, adding "s" unless {@code n} is 1. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** {@code n} and the noun, for nouns whose plural is not the singular plus "s". */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
