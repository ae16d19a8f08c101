package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Field parsing shared by the catalog loader and the price-list import; every failure becomes a problem. */
final class RowChecks {
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

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
        if (text.isEmpty()) {
            if (required) {
                report(file, line, column, "missing value");
            }
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            report(file, line, column, "not a number: '" + text + "'");
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

    /** A currency code: blank means USD; otherwise three letters. */
    Optional<String> currency(String file, int line, String column, String text) {
        if (text.isEmpty()) {
            return Optional.of("USD");
        }
        if (!CURRENCY.matcher(text).matches()) {
            report(file, line, column, "not a currency code (three capital letters): '" + text + "'");
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
