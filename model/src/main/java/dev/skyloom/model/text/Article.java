package dev.skyloom.model.text;

import java.util.regex.Pattern;

/**
 * "a" or "an" before a word, by how it is spoken: "an identity", "a region", "an SVG vector image" (an
 * acronym is read letter by letter), "a PNG image", "a unit price". Every message that puts an article
 * before a word it did not write itself (a type name, a format) goes through here.
 */
public final class Article {
    /** Letters whose spoken name starts with a vowel sound: "an F", "an S", "an X". */
    private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";
    /** An acronym: two or more capitals or digits, read letter by letter. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+\\b.*", Pattern.DOTALL);
    /** Words starting with a vowel letter but a "y" or "w" sound: "a user", "a unique", "a European", "a one". */
    private static final Pattern CONSONANT_SOUND =
            Pattern.compile("(?i)(u[bcfgklmrstv][aeiou]|uni|use|usa|uti|eu|one\\b|once\\b).*", Pattern.DOTALL);

    private Article() {}

    /** {@code word} with "a " or "an " before it ({@code "a "} alone when it is empty). */
    public static String of(String word) {
        return (needsAn(word) ? "an " : "a ") + word;
    }

    private static boolean needsAn(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (ACRONYM.matcher(word).matches()) {
            return VOWEL_SOUND_LETTERS.indexOf(word.charAt(0)) >= 0;
        }
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0
                && !CONSONANT_SOUND.matcher(word).matches();
    }
}
