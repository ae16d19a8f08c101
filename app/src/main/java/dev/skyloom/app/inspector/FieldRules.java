package dev.skyloom.app.inspector;

import dev.skyloom.model.Ids;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Validation of inspector fields as the user types; each gives a value or one message. */
public final class FieldRules {
    private FieldRules() {}

    /** A parsed field: the value, or why the text is not acceptable. */
    public record Parsed<T>(Optional<T> value, String error) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(Optional.of(value), "");
        }

        static <T> Parsed<T> bad(String error) {
            return new Parsed<>(Optional.empty(), error);
        }

        public boolean valid() {
            return value.isPresent();
        }
    }

    public static Parsed<Integer> count(String text) {
        String t = text.strip();
        if (!t.matches("[0-9]{1,9}")) {
            return Parsed.bad("Count must be a positive whole number");
        }
        int n = Integer.parseInt(t);
        return n >= 1 ? Parsed.ok(n) : Parsed.bad("Count must be at least 1");
    }

    public static Parsed<BigDecimal> nonNegative(String text, String what) {
        Optional<BigDecimal> d = decimal(text);
        if (d.isEmpty()) {
            return Parsed.bad(what + " must be a number");
        }
        return d.get().signum() >= 0 ? Parsed.ok(d.get()) : Parsed.bad(what + " must not be negative");
    }

    public static Parsed<BigDecimal> hours(String text) {
        Parsed<BigDecimal> p = nonNegative(text, "Hours per month");
        if (p.valid() && p.value().get().compareTo(BigDecimal.valueOf(744)) > 0) {
            return Parsed.bad("Hours per month must be at most 744");
        }
        return p;
    }

    /** An optional override price: blank means "use the catalog". */
    public static Parsed<Optional<BigDecimal>> optionalPrice(String text) {
        if (text.isBlank()) {
            return Parsed.ok(Optional.empty());
        }
        Parsed<BigDecimal> p = nonNegative(text, "Unit price");
        return p.valid() ? Parsed.ok(p.value()) : Parsed.bad(p.error());
    }

    /** Comma- or space-separated ISO country codes or the blocs EU and EEA. */
    public static Parsed<List<String>> jurisdictions(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            String j = part.strip().toUpperCase(Locale.ROOT);
            if (j.isEmpty()) {
                continue;
            }
            if (!j.matches("[A-Z]{2}|EEA")) {
                return Parsed.bad("\"" + part.strip() + "\" is not a country code (DE, FR…) or EU/EEA");
            }
            if (!out.contains(j)) {
                out.add(j);
            }
        }
        return Parsed.ok(out);
    }

    public static Parsed<String> id(String text) {
        String t = text.strip();
        return Ids.isValid(t) ? Parsed.ok(t) : Parsed.bad("An id is 1–200 characters without spaces");
    }

    private static Optional<BigDecimal> decimal(String text) {
        String t = text.strip();
        if (!t.matches("[-+]?[0-9]{0,12}(\\.[0-9]{0,9})?") || t.isEmpty() || t.equals(".") || t.matches("[-+]\\.?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }
}
