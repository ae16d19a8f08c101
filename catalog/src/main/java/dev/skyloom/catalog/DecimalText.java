package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a decimal number from untrusted text with bounded work and memory: at most {@link #MAX_LENGTH}
 * characters, an exponent of at most four digits, then a magnitude and a number of decimal places
 * checked before anything could expand the value. {@code new BigDecimal(text)} alone accepts
 * {@code 1e-999999999} (whose plain form needs a billion digits: out of memory on first use), a
 * 5,000,000-digit literal (seconds of parsing) and {@code 1e999999999} (an ArithmeticException later);
 * here each is a {@link Rejected} with a short reason. Shared by the catalog loader, price-list
 * imports and provider price files.
 */
public final class DecimalText {
    /** Longest number text read; longer text is refused before it is parsed. */
    public static final int MAX_LENGTH = 40;

    // Optional sign, digits with an optional fraction (or a leading point), optional short exponent.
    private static final Pattern SYNTAX =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");

    private static final Pattern LONG_EXPONENT =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]{5,}");

    private DecimalText() {}

    /** Why a text is not an acceptable number; the message is short and quotes at most a little of the text. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /**
     * The number {@code text} holds, if its absolute value is at most {@code max} and it has at most
     * {@code maxDecimals} decimal places once trailing zeros are dropped. A value written with an exponent
     * ({@code 1E+3}) comes back with scale 0, never negative, so it prints as plain digits.
     */
    public static BigDecimal parse(String text, BigDecimal max, int maxDecimals) throws Rejected {
        if (text.length() > MAX_LENGTH) {
            throw new Rejected("number too long (length " + text.length() + "; at most " + MAX_LENGTH + ")");
        }
        if (!SYNTAX.matcher(text).matches()) {
            if (LONG_EXPONENT.matcher(text).matches()) {
                throw new Rejected("number out of range: " + quote(text) + " (an exponent of more than 4 digits)");
            }
            throw new Rejected("not a number: " + quote(text));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Rejected("not a number: " + quote(text));
        }
        // compareTo and stripTrailingZeros look at the exponent first: cheap even for 1e9999.
        if (value.abs().compareTo(max) > 0) {
            throw new Rejected("number too large: " + quote(text) + " (at most " + max.toPlainString() + ")");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > maxDecimals) {
            throw new Rejected("number too small or too precise: " + quote(text) + " (at most " + maxDecimals
                    + " decimal places)");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Up to 40 characters of user text in quotes, controls escaped, for messages. */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder("'");
        int shown = 0;
        for (int i = 0; i < text.length() && shown < 40; i++, shown++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c)
                    || c == '\u2028'
                    || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (text.length() > 40) {
            b.append("…");
        }
        return b.append('\'').toString();
    }
}
