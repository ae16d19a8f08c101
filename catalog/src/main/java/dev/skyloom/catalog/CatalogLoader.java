package dev.skyloom.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads catalog data (the bundled snapshot under {@code /dev/skyloom/catalog/data/}, or texts given by
 * file name) and validates it: unknown providers, regions and sources (dangling references),
 * non-numeric or negative prices, duplicate keys, malformed CSV. Every problem is collected; the
 * catalog is built from the rows that passed.
 */
public final class CatalogLoader {
    /** Where the bundled snapshot lives on the class path. */
    public static final String DATA = "/dev/skyloom/catalog/data/";

    public static final String SNAPSHOT = "snapshot.properties";
    public static final String SOURCES = "sources.csv";
    public static final String PROVIDERS = "providers.csv";
    public static final String REGIONS = "regions.csv";
    public static final String STORAGE_LOCATIONS = "storage_locations.csv";

    /** Every file a load reads, in the order they are checked. */
    public static final List<String> FILES = List.of(
            SNAPSHOT,
            SOURCES,
            PROVIDERS,
            REGIONS,
            STORAGE_LOCATIONS,
            OfferingAssembler.FILE,
            StorageAssembler.FILE,
            TransferAssembler.FILE);

    /**
     * Files a load reads when given but does not require (added after the first snapshot; a caller
     * that varies the required files need not supply them).
     */
    public static final List<String> OPTIONAL_FILES = List.of(PriceOnRequestAssembler.FILE);

    private static final Object LOCK = new Object();
    private static volatile Catalog bundled;

    private CatalogLoader() {}

    /**
     * The bundled snapshot, loaded once and cached.
     *
     * @throws IllegalStateException listing every problem if the bundled data were invalid
     */
    public static Catalog bundled() {
        Catalog c = bundled;
        if (c == null) {
            synchronized (LOCK) {
                c = bundled;
                if (c == null) {
                    CatalogLoadResult result = loadBundled();
                    if (!result.isValid()) {
                        throw new IllegalStateException("bundled catalog is invalid: "
                                + result.problems().stream()
                                        .map(CatalogProblem::toString)
                                        .collect(Collectors.joining("; ")));
                    }
                    c = result.catalog();
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** Loads the bundled snapshot afresh (no cache), e.g. to measure load time. */
    public static CatalogLoadResult loadBundled() {
        return load(bundledTexts());
    }

    /** The bundled files' texts by file name (for tools and tests that vary one file). */
    public static Map<String, String> bundledTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : allFiles()) {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(DATA + file)) {
                if (in == null) {
                    continue;
                }
                texts.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read bundled catalog file " + file + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }

    private static List<String> allFiles() {
        List<String> all = new ArrayList<>(FILES);
        all.addAll(OPTIONAL_FILES);
        return all;
    }

    /**
     * Loads catalog data from texts keyed by file name (see {@link #FILES}); a missing file is a
     * problem. Never throws for bad data: the result carries every problem found.
     */
    public static CatalogLoadResult load(Map<String, String> texts) {
        List<CatalogProblem> problems = new ArrayList<>();
        RowChecks checks = new RowChecks(problems);
        for (String file : FILES) {
            if (!texts.containsKey(file)) {
                problems.add(new CatalogProblem(file, 0, "", "file missing"));
            }
        }
        Properties snapshot = new Properties();
        LocalDate date = LocalDate.EPOCH;
        Map<String, String> referenceRegions = new LinkedHashMap<>();
        try {
            snapshot.load(new StringReader(texts.getOrDefault(SNAPSHOT, "")));
            String text = snapshot.getProperty("snapshot.date", "");
            date = LocalDate.parse(text);
        } catch (IOException | DateTimeParseException e) {
            problems.add(new CatalogProblem(SNAPSHOT, 0, "snapshot.date", "not a date (YYYY-MM-DD)"));
        }
        Set<String> dynamicSpot = new HashSet<>();
        for (String name : snapshot.stringPropertyNames()) {
            if (name.startsWith("dynamicSpot.")
                    && Boolean.parseBoolean(snapshot.getProperty(name).strip())) {
                dynamicSpot.add(name.substring("dynamicSpot.".length()));
            }
            if (name.startsWith("referenceRegion.")) {
                referenceRegions.put(
                        name.substring("referenceRegion.".length()),
                        snapshot.getProperty(name).strip());
            }
        }

        CsvTable sourceTable = table(SOURCES, texts, List.of("source_id", "origin", "as_of", "licence"), problems);
        Map<String, CatalogSource> sources = new LinkedHashMap<>();
        for (CsvTable.Row row : sourceTable.rows()) {
            String id = checks.text(SOURCES, row, "source_id");
            if (id.isEmpty() || !checks.unique(SOURCES, row, "source_id", id)) {
                continue;
            }
            String origin = row.get("origin") + (row.get("commit").isEmpty() ? "" : " @ " + row.get("commit"));
            String kind = row.get("as_of_kind");
            sources.put(
                    id,
                    new CatalogSource(
                            id,
                            origin,
                            row.get("as_of"),
                            row.get("licence"),
                            kind.isEmpty() || kind.equals("published")));
        }

        CsvTable providerTable = table(PROVIDERS, texts, List.of("provider", "name", "kind"), problems);
        List<Provider> providers = new ArrayList<>();
        for (CsvTable.Row row : providerTable.rows()) {
            String id = checks.text(PROVIDERS, row, "provider");
            String name = checks.text(PROVIDERS, row, "name");
            Optional<ProviderKind> kind = kindOf(row.get("kind"));
            if (kind.isEmpty()) {
                checks.report(
                        PROVIDERS,
                        row.line(),
                        "kind",
                        "unknown provider kind '" + row.get("kind") + "' (hyperscaler, gpu-cloud, regional, on-prem)");
            }
            if (!id.isEmpty() && checks.unique(PROVIDERS, row, "provider", id) && !name.isEmpty() && kind.isPresent()) {
                providers.add(new Provider(id, name, kind.get(), row.get("website"), row.get("note")));
            }
        }
        Set<String> providerIds = providers.stream().map(Provider::id).collect(Collectors.toSet());

        List<Region> regions = readRegions(texts, providerIds, sources, checks);
        Map<RegionKey, Region> regionMap = new LinkedHashMap<>();
        regions.forEach(r -> regionMap.put(r.key(), r));
        LoadBasis partial = new LoadBasis(providerIds, regionMap, sources, Set.of(), referenceRegions);

        CsvTable locationTable = table(STORAGE_LOCATIONS, texts, List.of("provider", "location", "kind"), problems);
        Set<RegionKey> locations = new HashSet<>();
        for (CsvTable.Row row : locationTable.rows()) {
            if (partial.checkProvider(checks, STORAGE_LOCATIONS, row, "provider")) {
                String code = checks.text(STORAGE_LOCATIONS, row, "location");
                if (!code.isEmpty()
                        && checks.unique(STORAGE_LOCATIONS, row, "location", row.get("provider") + "/" + code)) {
                    locations.add(new RegionKey(row.get("provider"), code));
                }
            }
        }
        for (Map.Entry<String, String> e : referenceRegions.entrySet()) {
            if (!providerIds.contains(e.getKey()) || !regionMap.containsKey(new RegionKey(e.getKey(), e.getValue()))) {
                problems.add(new CatalogProblem(
                        SNAPSHOT,
                        0,
                        "referenceRegion." + e.getKey(),
                        "unknown provider or region '" + e.getValue() + "'"));
            }
        }
        LoadBasis basis = new LoadBasis(providerIds, regionMap, sources, locations, referenceRegions);

        List<GpuOffering> offerings = OfferingAssembler.assemble(
                table(OfferingAssembler.FILE, texts, OfferingAssembler.COLUMNS, problems), basis, checks, dynamicSpot);
        if (texts.containsKey(PriceOnRequestAssembler.FILE)) {
            offerings = PriceOnRequestAssembler.assemble(
                    table(PriceOnRequestAssembler.FILE, texts, PriceOnRequestAssembler.COLUMNS, problems),
                    basis,
                    checks,
                    offerings);
        }
        List<StorageClass> storage = StorageAssembler.assemble(
                table(StorageAssembler.FILE, texts, StorageAssembler.COLUMNS, problems), basis, checks);
        TransferAssembler.Result transfer = TransferAssembler.assemble(
                table(TransferAssembler.FILE, texts, TransferAssembler.COLUMNS, problems), basis, checks);

        Catalog catalog = new Catalog(
                date,
                List.copyOf(sources.values()),
                providers,
                regions,
                offerings,
                storage,
                transfer.rates(),
                transfer.rules());
        List<String> order = allFiles();
        problems.sort(Comparator.comparing((CatalogProblem p) -> order.indexOf(p.file()))
                .thenComparing(CatalogProblem::line));
        return new CatalogLoadResult(catalog, problems);
    }

    private static CsvTable table(
            String file, Map<String, String> texts, List<String> columns, List<CatalogProblem> problems) {
        String text = texts.get(file);
        if (text == null) {
            return CsvTable.parse(file, String.join(",", columns), columns, problems);
        }
        return CsvTable.parse(file, text, columns, problems);
    }

    private static List<Region> readRegions(
            Map<String, String> texts, Set<String> providers, Map<String, CatalogSource> sources, RowChecks checks) {
        List<String> columns =
                List.of("provider", "region_code", "display_name", "country_iso2", "latitude", "longitude", "source");
        CsvTable table = table(REGIONS, texts, columns, checks.problems());
        LoadBasis basis = new LoadBasis(providers, Map.of(), sources, Set.of(), Map.of());
        List<Region> regions = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = checks.problems().size();
            basis.checkProvider(checks, REGIONS, row, "provider");
            String code = checks.text(REGIONS, row, "region_code");
            checks.unique(REGIONS, row, "region_code", row.get("provider") + "/" + code);
            String country = row.get("country_iso2").toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
                checks.report(REGIONS, row.line(), "country_iso2", "not an ISO 3166 alpha-2 code: '" + country + "'");
            }
            Optional<GeoPoint> location = location(row, checks);
            basis.checkSources(checks, REGIONS, row, "source");
            if (checks.problems().size() > before) {
                continue;
            }
            regions.add(new Region(
                    row.get("provider"),
                    code,
                    row.get("display_name").isEmpty() ? code : row.get("display_name"),
                    row.get("city"),
                    country.isEmpty() ? Optional.empty() : Optional.of(country),
                    location,
                    country.isEmpty() ? Set.of() : Jurisdictions.of(country),
                    row.get("region_type"),
                    row.get("source"),
                    row.get("note")));
        }
        return regions;
    }

    private static Optional<GeoPoint> location(CsvTable.Row row, RowChecks checks) {
        String lat = row.get("latitude");
        String lon = row.get("longitude");
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon)));
        } catch (IllegalArgumentException e) {
            checks.report(REGIONS, row.line(), "latitude", "bad coordinates '" + lat + "," + lon + "'");
            return Optional.empty();
        }
    }

    static Optional<ProviderKind> kindOf(String text) {
        switch (text) {
            case "hyperscaler":
                return Optional.of(ProviderKind.HYPERSCALER);
            case "gpu-cloud":
                return Optional.of(ProviderKind.GPU_CLOUD);
            case "regional":
                return Optional.of(ProviderKind.REGIONAL);
            case "on-prem":
                return Optional.of(ProviderKind.ON_PREM);
            default:
                return Optional.empty();
        }
    }
}
