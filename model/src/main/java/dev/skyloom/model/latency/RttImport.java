package dev.skyloom.model.latency;

import dev.skyloom.catalog.CatalogProblem;
import dev.skyloom.catalog.CsvTable;
import dev.skyloom.catalog.RegionKey;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the user's own round-trip measurements between regions (for example exported from AWS
 * Infrastructure Performance, CloudPing or a cloud's network monitoring), laid over the bundled data as
 * price lists are. CSV with columns {@code from}, {@code to} ({@code provider/region}, e.g. {@code
 * aws/eu-central-1}) and {@code rtt_ms}, optional {@code source} and {@code date} (YYYY-MM-DD). Every row
 * is checked first; any bad row is reported with its line and column and nothing is applied.
 */
public final class RttImport {
    public static final double MAX_MS = 10_000;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*");

    private RttImport() {}

    /**
     * @param file the name used in messages and, without a {@code source} column, as the source
     * @param today the date recorded for rows without a {@code date}
     */
    public static MeasuredLatencies parse(String file, String text, LocalDate today) throws RttImportException {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(file, text, List.of("from", "to", "rtt_ms"), problems);
        if (!problems.isEmpty()) {
            throw new RttImportException(problems);
        }
        Map<RegionKey, Map<RegionKey, RoundTrip>> pairs = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            RegionKey from = key(row, "from", file, problems);
            RegionKey to = key(row, "to", file, problems);
            Double ms = ms(row, file, problems);
            String date = row.get("date");
            if (!date.isEmpty()) {
                try {
                    LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    problems.add(new CatalogProblem(file, row.line(), "date", "not a date (YYYY-MM-DD): " + date));
                }
            }
            if (from != null && to != null && ms != null) {
                if (from.equals(to)) {
                    problems.add(new CatalogProblem(file, row.line(), "to", "a region paired with itself"));
                    continue;
                }
                String source = row.get("source").isEmpty() ? "measurements " + file : row.get("source");
                RoundTrip rtt =
                        new RoundTrip(ms, RoundTrip.Basis.IMPORTED, source, date.isEmpty() ? today.toString() : date);
                if (pairs.computeIfAbsent(from, k -> new HashMap<>()).put(to, rtt) != null) {
                    problems.add(new CatalogProblem(file, row.line(), "", "a second row for " + from + " → " + to));
                }
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(new CatalogProblem(file, 0, "", "no measurements (only a header)"));
        }
        if (!problems.isEmpty()) {
            throw new RttImportException(problems);
        }
        return new MeasuredLatencies(pairs);
    }

    private static RegionKey key(CsvTable.Row row, String column, String file, List<CatalogProblem> problems) {
        String v = row.get(column);
        if (!KEY.matcher(v).matches()) {
            problems.add(new CatalogProblem(
                    file, row.line(), column, "expected provider/region such as aws/eu-central-1, not \"" + v + "\""));
            return null;
        }
        int slash = v.indexOf('/');
        return new RegionKey(v.substring(0, slash), v.substring(slash + 1));
    }

    private static Double ms(CsvTable.Row row, String file, List<CatalogProblem> problems) {
        String v = row.get("rtt_ms");
        if (!NUMBER.matcher(v).matches()) {
            problems.add(new CatalogProblem(file, row.line(), "rtt_ms", "not a number of milliseconds: \"" + v + "\""));
            return null;
        }
        double ms = Double.parseDouble(v);
        if (ms > MAX_MS) {
            problems.add(new CatalogProblem(
                    file, row.line(), "rtt_ms", "must be between 0 and " + (int) MAX_MS + " ms, not " + v));
            return null;
        }
        return ms;
    }
}
