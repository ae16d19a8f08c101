package dev.skyloom.model.file;

import dev.skyloom.model.Ids;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed, strict access to the fields of one JSON object. Nothing is coerced: a count must be a JSON
 * integer, a price a JSON number, a name a JSON string. A field that is wrong is recorded as a
 * {@link FileProblem} (with the field's line) and the getter returns {@code null} so binding can go on
 * and report every other problem too. Fields never asked for are the object's extras.
 */
final class Fields {
    /** Most decimal places a quantity may have; more is a sign of a generated or damaged file. */
    static final int MAX_SCALE = 10;

    /** The kinds of text a field may hold. */
    enum Text {
        ID,
        /** Display text: tab and line breaks allowed, other control characters not. */
        NAME,
        CODE,
        COUNTRY,
        JURISDICTION,
        CURRENCY
    }

    static final int MAX_NAME = 256;
    static final int MAX_CODE = 200;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}|EU|EEA");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final JsonTree.Obj obj;
    private final String file;
    private final List<FileProblem> problems;
    private final Set<String> asked = new HashSet<>();
    private String subject = "";
    private int errors;

    Fields(JsonTree.Obj obj, String file, List<FileProblem> problems) {
        this.obj = obj;
        this.file = file;
        this.problems = problems;
    }

    /** The id problems are reported against from now on. */
    void subject(String subject) {
        this.subject = subject;
    }

    boolean failed() {
        return errors > 0;
    }

    int line() {
        return obj.line();
    }

    void problem(int line, String field, String message) {
        errors++;
        problems.add(new FileProblem(file, line, subject, field, message));
    }

    /** The node of a field, marking it known; records "missing" when required and absent. */
    JsonTree.Node node(String key, boolean required) {
        asked.add(key);
        JsonTree.Node n = obj.fields().get(key);
        if (n == null && required) {
            problem(obj.line(), key, "missing " + Quoted.of(key));
        }
        return n;
    }

    /** Text of a field; {@code fallback == null} makes it required. Returns null when missing or wrong. */
    String text(String key, Text rule, String fallback) {
        JsonTree.Node n = node(key, fallback == null);
        if (n == null) {
            return fallback;
        }
        return textOf(n, key, rule);
    }

    Optional<String> optionalText(String key, Text rule) {
        JsonTree.Node n = node(key, false);
        return n == null ? Optional.empty() : Optional.ofNullable(textOf(n, key, rule));
    }

    /** Whether an optional field is present but wrong (so its fallback must not be trusted). */
    boolean present(String key) {
        return obj.fields().containsKey(key);
    }

    private String textOf(JsonTree.Node n, String key, Text rule) {
        if (!(n instanceof JsonTree.Str s)) {
            problem(n.line(), key, Quoted.of(key) + " must be a string, not " + n.describe());
            return null;
        }
        String v = s.value();
        String wrong = textProblem(v, rule);
        if (wrong != null) {
            problem(n.line(), key, Quoted.of(key) + " " + wrong);
            return null;
        }
        return v;
    }

    /** Why a text does not fit a rule, or null. */
    static String textProblem(String v, Text rule) {
        switch (rule) {
            case ID -> {
                if (Ids.isValid(v)) {
                    return null;
                }
                if (v.isEmpty()) {
                    return "must not be empty";
                }
                if (v.length() > Ids.MAX_LENGTH) {
                    return "is longer than " + Ids.MAX_LENGTH + " characters (" + v.length() + ")";
                }
                return "is not a valid id (" + Quoted.of(v) + "): ids may not contain spaces or control characters";
            }
            case NAME, CODE -> {
                int max = rule == Text.NAME ? MAX_NAME : MAX_CODE;
                if (v.length() > max) {
                    return "is longer than " + max + " characters (" + v.length() + ")";
                }
                if (rule == Text.CODE && v.isBlank()) {
                    return "must not be empty";
                }
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    boolean layout = rule == Text.NAME && (c == '\t' || c == '\n' || c == '\r');
                    if ((c < 0x20 || c == 0x7F) && !layout) {
                        return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
                    }
                }
                return null;
            }
            case COUNTRY -> {
                return COUNTRY.matcher(v).matches()
                        ? null
                        : "must be a two-letter country code such as \"DE\", not " + Quoted.of(v);
            }
            case JURISDICTION -> {
                return JURISDICTION.matcher(v).matches()
                        ? null
                        : "must hold country codes (\"DE\") or \"EU\" or \"EEA\", not " + Quoted.of(v);
            }
            case CURRENCY -> {
                return CURRENCY.matcher(v).matches()
                        ? null
                        : "must be a three-letter currency code such as \"USD\", not " + Quoted.of(v);
            }
            default -> throw new IllegalStateException("unknown text rule " + rule);
        }
    }

    /** A whole number in [min, max]; {@code fallback == null} makes it required. */
    Integer whole(String key, int min, int max, Integer fallback) {
        JsonTree.Node n = node(key, fallback == null);
        if (n == null) {
            return fallback;
        }
        if (!(n instanceof JsonTree.Num num)) {
            problem(n.line(), key, Quoted.of(key) + " must be a whole number, not " + n.describe());
            return null;
        }
        if (!num.integral()) {
            problem(n.line(), key, Quoted.of(key) + " must be a whole number, not " + num.describe());
            return null;
        }
        BigInteger v = new BigInteger(num.text());
        if (v.compareTo(BigInteger.valueOf(min)) < 0) {
            problem(n.line(), key, Quoted.of(key) + " must be at least " + min + ", not " + num.describe());
            return null;
        }
        if (v.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(n.line(), key, Quoted.of(key) + " must be at most " + max + ", not " + num.describe());
            return null;
        }
        return v.intValueExact();
    }

    /**
     * An exact decimal in [min, max] (or [min, max) when {@code maxExclusive}); {@code fallback == null}
     * makes it required. Limits are checked with {@code compareTo} before anything could expand a number
     * such as {@code 1e999999999}; a negative scale ({@code 1E+3}) is normalised so the value is written
     * back the same way it is read.
     */
    BigDecimal decimal(String key, BigDecimal min, BigDecimal max, boolean maxExclusive, BigDecimal fallback) {
        JsonTree.Node n = node(key, fallback == null);
        if (n == null) {
            return fallback;
        }
        return decimalOf(n, key, min, max, maxExclusive);
    }

    Optional<BigDecimal> optionalDecimal(String key, BigDecimal min, BigDecimal max) {
        JsonTree.Node n = node(key, false);
        return n == null ? Optional.empty() : Optional.ofNullable(decimalOf(n, key, min, max, false));
    }

    private BigDecimal decimalOf(JsonTree.Node n, String key, BigDecimal min, BigDecimal max, boolean maxExclusive) {
        if (!(n instanceof JsonTree.Num num)) {
            problem(n.line(), key, Quoted.of(key) + " must be a number, not " + n.describe());
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(num.text());
        } catch (NumberFormatException e) {
            problem(n.line(), key, Quoted.of(key) + " is out of range: " + num.describe());
            return null;
        }
        if (v.compareTo(min) < 0) {
            String bound = min.signum() == 0 ? "must not be negative" : "must be at least " + min.toPlainString();
            problem(n.line(), key, Quoted.of(key) + " " + bound + ", not " + num.describe());
            return null;
        }
        int c = v.compareTo(max);
        if (c > 0 || (maxExclusive && c == 0)) {
            String bound = maxExclusive ? "must be less than " : "must be at most ";
            problem(n.line(), key, Quoted.of(key) + " " + bound + max.toPlainString() + ", not " + num.describe());
            return null;
        }
        if (v.scale() > MAX_SCALE) {
            problem(
                    n.line(),
                    key,
                    Quoted.of(key) + " has more than " + MAX_SCALE + " decimal places: " + num.describe());
            return null;
        }
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** A finite floating-point number in [min, max] (layout only); {@code fallback == null} makes it required. */
    Double real(String key, double min, double max, Double fallback) {
        JsonTree.Node n = node(key, fallback == null);
        if (n == null) {
            return fallback;
        }
        if (!(n instanceof JsonTree.Num num)) {
            problem(n.line(), key, Quoted.of(key) + " must be a number, not " + n.describe());
            return null;
        }
        double v = Double.parseDouble(num.text());
        if (!Double.isFinite(v) || v < min || v > max) {
            problem(
                    n.line(),
                    key,
                    Quoted.of(key) + " must be between " + (long) min + " and " + (long) max + ", not "
                            + num.describe());
            return null;
        }
        return v;
    }

    /** A list of texts (empty when absent and {@code required} is false); null when wrong. */
    List<String> texts(String key, Text rule, boolean required) {
        JsonTree.Node n = node(key, required);
        if (n == null) {
            return required ? null : List.of();
        }
        if (!(n instanceof JsonTree.Arr arr)) {
            problem(n.line(), key, Quoted.of(key) + " must be a list of strings, not " + n.describe());
            return null;
        }
        List<String> result = new ArrayList<>(arr.items().size());
        boolean ok = true;
        for (JsonTree.Node item : arr.items()) {
            String v = textOf(item, key, rule);
            if (v == null) {
                ok = false;
            } else {
                result.add(v);
            }
        }
        return ok ? result : null;
    }

    /** One of a fixed set of names, e.g. a component type; {@code fallback == null} makes it required. */
    <E> E choice(String key, Function<String, Optional<E>> parse, List<String> known, E fallback) {
        JsonTree.Node n = node(key, fallback == null);
        if (n == null) {
            return fallback;
        }
        if (!(n instanceof JsonTree.Str s)) {
            problem(n.line(), key, Quoted.of(key) + " must be a string, not " + n.describe());
            return null;
        }
        Optional<E> v = parse.apply(s.value());
        if (v.isEmpty()) {
            problem(
                    n.line(),
                    key,
                    "unknown " + Quoted.of(key) + " value " + Quoted.of(s.value()) + " (known: "
                            + String.join(", ", known) + ")");
            return null;
        }
        return v.get();
    }

    /** The fields nobody asked for, as canonical compact JSON by key. */
    Map<String, String> extras() {
        Map<String, String> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonTree.Node> e : obj.fields().entrySet()) {
            if (!asked.contains(e.getKey())) {
                extras.put(e.getKey(), JsonText.compact(e.getValue()));
            }
        }
        return extras;
    }

    /** Records every field nobody asked for as unknown (for objects that cannot keep extras). */
    void rejectUnknown(String where) {
        for (Map.Entry<String, JsonTree.Node> e : obj.fields().entrySet()) {
            if (!asked.contains(e.getKey())) {
                problem(e.getValue().line(), e.getKey(), "unknown field " + Quoted.of(e.getKey()) + " in " + where);
            }
        }
    }
}
