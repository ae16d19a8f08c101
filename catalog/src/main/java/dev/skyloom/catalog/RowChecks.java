package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Field parsing shared by the catalog loader and the price-list import; every failure becomes a problem. */
final class RowChecks {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Bounds for the bundled data's numbers (prices, counts, tier limits in GB): generous, but finite. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    static final int MAX_DECIMALS = 15;
    /** ISO 4217 codes as the JDK knows them, without XXX (no currency) and XTS (testing). */
    private static final Set<String> ISO_4217 = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(c -> !c.equals("XXX") && !c.equals("XTS"))
            .collect(Collectors.toUnmodifiableSet());

    private final List<CatalogProblem> problems;
    private final Map<String, Integer> firstLineOfKey = new HashMap<>();

    RowChecks(List<CatalogProblem> problems) {
        this.problems = problems;
    }

    List<CatalogProblem> problems() {
        return problems;
    }

    void report(String file, int line, String column, String message) {
        problems.add(new CatalogProblem(file, line, column, message));
    }

    /** A non-negative decimal; empty when blank (and reported when {@code required}). */
    Optional<BigDecimal> amount(String file, CsvTable.Row row, String column, boolean required) {
        return amount(file, row.line(), column, row.get(column), required);
    }

    Optional<BigDecimal> amount(String file, int line, String column, String text, boolean required) {
        return amount(file, line, column, text, required, MAX_AMOUNT, MAX_DECIMALS);
    }

    /** A non-negative decimal of at most {@code max} with at most {@code maxDecimals} places ({@link DecimalText}). */
    Optional<BigDecimal> amount(
            String file, int line, String column, String text, boolean required, BigDecimal max, int maxDecimals) {
        if (text.isEmpty()) {
            if (required) {
                report(file, line, column, "missing value");
            }
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = DecimalText.parse(text, max, maxDecimals);
        } catch (DecimalText.Rejected e) {
            report(file, line, column, e.getMessage());
            return Optional.empty();
        }
        if (value.signum() < 0) {
            report(file, line, column, "negative value " + text);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A non-negative number as a double; empty when blank. */
    OptionalDouble number(String file, CsvTable.Row row, String column) {
        Optional<BigDecimal> value = amount(file, row, column, false);
        return value.isPresent() ? OptionalDouble.of(value.get().doubleValue()) : OptionalDouble.empty();
    }

    /** A required non-empty field. */
    String text(String file, CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            report(file, row.line(), column, "missing value");
        }
        return value;
    }

    /** Records a key; reports a duplicate (naming the first line) and returns false when seen before. */
    boolean unique(String file, CsvTable.Row row, String column, String key) {
        Integer first = firstLineOfKey.putIfAbsent(file + '\0' + key, row.line());
        if (first != null) {
            report(file, row.line(), column, "duplicate key " + key + " (first on line " + first + ")");
            return false;
        }
        return true;
    }

    /** A currency code: blank means USD; otherwise an ISO 4217 code. */
    Optional<String> currency(String file, int line, String column, String text) {
        if (text.isEmpty()) {
            return Optional.of("USD");
        }
        if (!CURRENCY.matcher(text).matches()) {
            report(file, line, column, "not a currency code (three capital letters): " + DecimalText.quote(text));
            return Optional.empty();
        }
        if (!ISO_4217.contains(text)) {
            report(file, line, column, "unknown currency '" + text + "' (not an ISO 4217 code)");
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
