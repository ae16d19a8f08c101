package dev.skyloom.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who operates each catalog provider: the country of its headquarters, read from {@code
 * data/operators.csv}, each row with the named source and its date. A provider without a sourced row
 * is unknown, never guessed. Kept apart from {@link Catalog} (prices and regions) because it answers a
 * different question — under whose law the operator falls — and changes on a different schedule.
 */
public final class Operators {
    private static final String FILE = "data/operators.csv";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static volatile Operators bundled;

    /** One sourced fact: a provider's headquarters country, where that was read and as of when. */
    public record Headquarters(String provider, String country, String source, String asOf) {}

    private final Map<String, Headquarters> byProvider;

    Operators(Map<String, Headquarters> byProvider) {
        this.byProvider = Map.copyOf(byProvider);
    }

    /** A table of given facts (tests, other sources). */
    public static Operators of(List<Headquarters> facts) {
        Map<String, Headquarters> map = new HashMap<>();
        for (Headquarters h : facts) {
            map.put(h.provider(), h);
        }
        return new Operators(map);
    }

    /** The bundled table; a malformed row is a build error (tested), so this throws on one. */
    public static Operators bundled() {
        Operators o = bundled;
        if (o == null) {
            o = read(load());
            bundled = o;
        }
        return o;
    }

    /** The headquarters of a catalog provider id, when a source gives it. */
    public Optional<Headquarters> headquarters(String provider) {
        return Optional.ofNullable(byProvider.get(provider));
    }

    static Operators read(String text) {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table =
                CsvTable.parse(FILE, text, List.of("provider", "headquarters", "source", "as_of", "note"), problems);
        Map<String, Headquarters> map = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String country = row.get("headquarters");
            if (country.isEmpty()) {
                continue; // unknown: no source found
            }
            if (!COUNTRY.matcher(country).matches()
                    || row.get("source").isEmpty()
                    || row.get("as_of").isEmpty()) {
                throw new IllegalStateException(FILE + " line " + row.line()
                        + ": a headquarters needs a two-letter country, a source and a date");
            }
            map.put(
                    row.get("provider"),
                    new Headquarters(row.get("provider"), country, row.get("source"), row.get("as_of")));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(FILE + ": " + problems.get(0));
        }
        return new Operators(map);
    }

    private static String load() {
        try (InputStream in = Operators.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FILE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
