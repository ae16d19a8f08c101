package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A user's own price list (negotiated rates) applied over a catalog. CSV with a header, or JSON (an
 * array of objects, or {@code {"prices": [...]}}); fields {@code provider}, {@code sku} (also spelt
 * {@code instance_type}/{@code instanceType} or {@code storage_class}/{@code storageClass}), {@code
 * region} (a region code, or {@code *} for every region the catalog lists the item in), {@code price}
 * (per instance-hour for GPU offerings, per GB-month for storage), optional {@code currency} (default
 * USD) and optional {@code pricing} ({@code on-demand}, the default, or {@code spot}). Every row is
 * validated first; if any is bad nothing is applied and a {@link PriceListException} carries all
 * problems. Applied prices carry the source "price list FILE".
 */
public final class PriceListImport {
    /** Larger files are refused before parsing. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Highest price accepted, per instance-hour or GB-month (far above any listed price, but finite). */
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    static final int MAX_PRICE_DECIMALS = 10;

    private static final List<String> SKU_NAMES =
            List.of("sku", "instance_type", "instanceType", "storage_class", "storageClass");

    private record Entry(int line, Map<String, String> fields) {}

    private record PriceOverride(
            boolean storage,
            String provider,
            String sku,
            String region,
            boolean spot,
            BigDecimal amount,
            String currency) {}

    private PriceListImport() {}

    /** Reads and applies a price-list file; unreadable or bad files throw {@link PriceListException}. */
    public static Catalog apply(Catalog catalog, Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A named pipe would block the read; a device might never end.
                throw new PriceListException(List.of(
                        new CatalogProblem(name, 0, "", "not a regular file (a folder, named pipe or device)")));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new PriceListException(
                        List.of(new CatalogProblem(name, 0, "", "file larger than " + MAX_BYTES + " bytes")));
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return apply(catalog, name, text, LocalDate.now());
        } catch (IOException e) {
            throw new PriceListException(
                    List.of(new CatalogProblem(name, 0, "", "cannot read file: " + e.getMessage())));
        }
    }

    /** Applies a price list given as text; {@code fileName} decides JSON (".json") or CSV and names the source. */
    public static Catalog apply(Catalog catalog, String fileName, String text, LocalDate importedOn) {
        List<CatalogProblem> problems = new ArrayList<>();
        String trimmed = text.strip();
        boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                || trimmed.startsWith("[")
                || trimmed.startsWith("{");
        List<Entry> entries = json ? readJson(fileName, text, problems) : readCsv(fileName, text, problems);
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new CatalogProblem(fileName, 0, "", "no prices in file"));
        }
        List<PriceOverride> overrides = validate(catalog, fileName, entries, problems);
        if (!problems.isEmpty()) {
            if (problems.size() >= MAX_PROBLEMS) {
                List<CatalogProblem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
                first.add(new CatalogProblem(
                        fileName, 0, "", "stopped after " + MAX_PROBLEMS + " problems; nothing was applied"));
                throw new PriceListException(first);
            }
            throw new PriceListException(problems);
        }
        return applyAll(catalog, fileName, overrides, importedOn);
    }

    private static List<Entry> readCsv(String file, String text, List<CatalogProblem> problems) {
        CsvTable table = CsvTable.parse(file, text, List.of("provider", "region", "price"), problems);
        if (table.header().stream().noneMatch(SKU_NAMES::contains)) {
            problems.add(new CatalogProblem(file, 1, "sku", "missing column (sku, instance_type or storage_class)"));
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> fields = new HashMap<>();
            for (String column : table.header()) {
                fields.put(column, row.get(column));
            }
            entries.add(new Entry(row.line(), fields));
        }
        return entries;
    }

    private static final int MAX_TEXT = 100_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxNumberLength(DecimalText.MAX_LENGTH)
                    .maxStringLength(MAX_TEXT)
                    .maxNameLength(256)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /**
     * Reads the JSON form strictly: duplicate keys, content after the document, prices written as text
     * and text fields written as numbers are problems with line and column; numbers longer than {@link
     * DecimalText#MAX_LENGTH} characters are refused by the parser before they are read.
     */
    private static List<Entry> readJson(String file, String text, List<CatalogProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = JSON.createParser(text)) {
            try {
                readDocument(file, p, entries, problems);
            } catch (JsonProcessingException e) {
                // Limit violations carry no location of their own; the parser's position is where it stopped.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                String field =
                        e instanceof StreamConstraintsException && p.currentName() != null ? p.currentName() : "";
                problems.add(problem(file, at, field, jsonMessage(e)));
            }
        } catch (IOException e) {
            problems.add(new CatalogProblem(file, 0, "", "cannot read JSON: " + e.getMessage()));
        }
        return entries;
    }

    private static void readDocument(String file, JsonParser p, List<Entry> entries, List<CatalogProblem> problems)
            throws IOException {
        JsonToken t = p.nextToken();
        boolean found = false;
        if (t == JsonToken.START_ARRAY) {
            readPrices(file, p, entries, problems);
            found = true;
        } else if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME && !full(problems)) {
                String name = p.currentName();
                t = p.nextToken();
                if (name.equals("prices") && t == JsonToken.START_ARRAY) {
                    readPrices(file, p, entries, problems);
                    found = true;
                } else {
                    p.skipChildren();
                }
            }
        }
        if (!found && !full(problems)) {
            problems.add(problem(file, p.currentTokenLocation(), "", "expected an array of prices"));
            return;
        }
        if (full(problems)) {
            return;
        }
        String trailing = "unexpected content after the end of the JSON document";
        try {
            if (p.nextToken() != null) {
                problems.add(problem(file, p.currentTokenLocation(), "", trailing));
            }
        } catch (JsonProcessingException e) {
            problems.add(problem(file, e.getLocation() != null ? e.getLocation() : p.currentLocation(), "", trailing));
        }
    }

    /** Reads the array the parser is on, up to its end or until there are too many problems. */
    private static void readPrices(String file, JsonParser p, List<Entry> entries, List<CatalogProblem> problems)
            throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (full(problems)) {
                return;
            }
            JsonLocation start = p.currentTokenLocation();
            int line = start.getLineNr();
            if (t != JsonToken.START_OBJECT) {
                problems.add(problem(file, start, "", "expected an object {provider, sku, region, price}"));
                p.skipChildren();
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            boolean bad = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                boolean number = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (name.equals("price") ? number : value == JsonToken.VALUE_STRING) {
                    fields.put(name, p.getText().strip());
                } else {
                    String expected = name.equals("price") ? "a number" : "text";
                    problems.add(problem(file, at, name, "must be " + expected + ", not " + describe(p, value)));
                    p.skipChildren();
                    bad = true;
                }
            }
            if (!bad) {
                entries.add(new Entry(line, fields));
            }
        }
    }

    private static String describe(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> "text " + DecimalText.quote(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            default -> value.asString() == null ? "a value" : value.asString();
        };
    }

    private static CatalogProblem problem(String file, JsonLocation at, String field, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        String column =
                at == null || at.getColumnNr() <= 0 ? "" : " (at line " + line + ", column " + at.getColumnNr() + ")";
        return new CatalogProblem(file, line, field, message + column);
    }

    /** Jackson's complaint in plain words, one line, without the parser's source excerpt. */
    private static String jsonMessage(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("Number value length")) {
                return "number too long (more than " + DecimalText.MAX_LENGTH + " characters)";
            }
            if (m.startsWith("String value length")) {
                // Jackson checks a long number's length only once it is read whole; its buffer stops it sooner.
                return "value too long (more than " + MAX_TEXT + " characters)";
            }
            if (m.startsWith("Document nesting depth")) {
                return "nested too deeply";
            }
            return "too large: " + firstLine(m);
        }
        if (m.startsWith("Duplicate field")) {
            return "duplicate key " + m.substring("Duplicate field ".length()).strip() + " in one object";
        }
        if (m.contains("end-of-input")) {
            return "file ends unexpectedly (truncated?)";
        }
        return "not valid JSON: " + firstLine(m);
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String first = cut < 0 ? message : message.substring(0, cut);
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    /** Stops reading once this many problems are found: a list of bad rows costs bounded time and memory. */
    static final int MAX_PROBLEMS = 100;

    private static boolean full(List<CatalogProblem> problems) {
        return problems.size() >= MAX_PROBLEMS;
    }

    private static List<PriceOverride> validate(
            Catalog catalog, String file, List<Entry> entries, List<CatalogProblem> problems) {
        RowChecks checks = new RowChecks(problems);
        Map<String, Integer> seen = new HashMap<>();
        List<PriceOverride> result = new ArrayList<>();
        for (Entry e : entries) {
            if (full(problems)) {
                break;
            }
            int before = problems.size();
            String provider = field(e, "provider");
            String skuColumn = SKU_NAMES.stream()
                    .filter(n -> !field(e, n).isEmpty())
                    .findFirst()
                    .orElse("sku");
            String sku = field(e, skuColumn);
            String region = field(e, "region");
            for (String[] required : new String[][] {{"provider", provider}, {skuColumn, sku}, {"region", region}}) {
                if (required[1].isEmpty()) {
                    checks.report(file, e.line, required[0], "missing value");
                }
            }
            Optional<BigDecimal> amount =
                    checks.amount(file, e.line, "price", field(e, "price"), true, MAX_PRICE, MAX_PRICE_DECIMALS);
            Optional<String> currency = checks.currency(file, e.line, "currency", field(e, "currency"));
            String pricing = field(e, "pricing").isEmpty() ? "on-demand" : field(e, "pricing");
            if (!pricing.equals("on-demand") && !pricing.equals("spot")) {
                checks.report(file, e.line, "pricing", "unknown pricing '" + pricing + "' (on-demand, spot)");
            }
            boolean storage = false;
            if (!provider.isEmpty() && catalog.provider(provider).isEmpty()) {
                checks.report(file, e.line, "provider", "unknown provider '" + provider + "'");
            } else if (!provider.isEmpty() && !sku.isEmpty()) {
                Optional<GpuOffering> offering = catalog.offering(provider, sku);
                Optional<StorageClass> storageClass = offering.isPresent()
                        ? Optional.empty()
                        : catalog.storageClassesOf(provider).stream()
                                .filter(s -> s.name().equals(sku))
                                .findFirst();
                storage = storageClass.isPresent();
                if (offering.isEmpty() && storageClass.isEmpty()) {
                    checks.report(
                            file,
                            e.line,
                            skuColumn,
                            "unknown instance type or storage class '" + sku + "' for " + provider);
                } else if (!region.isEmpty()
                        && !region.equals("*")
                        && catalog.region(provider, region).isEmpty()
                        && !(storage && storageClass.get().prices().containsKey(region))) {
                    checks.report(file, e.line, "region", "unknown region '" + region + "' for provider " + provider);
                }
                if (storage && pricing.equals("spot")) {
                    checks.report(file, e.line, "pricing", "storage has no spot price");
                }
            }
            String key = String.join("/", provider, sku, region, pricing);
            Integer first = seen.putIfAbsent(key, e.line);
            if (first != null) {
                checks.report(file, e.line, "region", "duplicate price for " + key + " (first on line " + first + ")");
            }
            if (problems.size() == before) {
                result.add(new PriceOverride(
                        storage, provider, sku, region, pricing.equals("spot"), amount.get(), currency.get()));
            }
        }
        return result;
    }

    private static String field(Entry e, String name) {
        String value = e.fields.get(name);
        return value == null ? "" : value.strip();
    }

    private static Catalog applyAll(Catalog catalog, String file, List<PriceOverride> overrides, LocalDate importedOn) {
        String source = "price list " + file;
        String asOf = importedOn.toString();
        Map<String, GpuOffering> offerings = new LinkedHashMap<>();
        catalog.offerings().forEach(o -> offerings.put(o.provider() + '\0' + o.instanceType(), o));
        Map<String, StorageClass> storage = new LinkedHashMap<>();
        catalog.storageClasses().forEach(s -> storage.put(s.provider() + '\0' + s.name(), s));
        for (PriceOverride o : overrides) {
            String key = o.provider + '\0' + o.sku;
            if (o.storage) {
                StorageClass s = storage.get(key);
                Price price = new Price(
                        o.amount,
                        o.currency,
                        s.referencePrice()
                                .map(Price::unit)
                                .orElse(s.prices().values().stream()
                                        .findFirst()
                                        .map(Price::unit)
                                        .orElse("GB-month")),
                        source,
                        asOf,
                        false);
                storage.put(key, withStoragePrice(s, o.region, price));
            } else {
                GpuOffering g = offerings.get(key);
                Price price = new Price(o.amount, o.currency, "hour", source, asOf, false);
                offerings.put(key, withGpuPrice(g, o.region, o.spot, price));
            }
        }
        List<CatalogSource> sources = new ArrayList<>(catalog.sources());
        sources.add(new CatalogSource(source, file, asOf, "user's own prices"));
        return new Catalog(
                catalog.snapshotDate(),
                sources,
                catalog.providers(),
                catalog.regions(),
                new ArrayList<>(offerings.values()),
                new ArrayList<>(storage.values()),
                catalog.transferRates(),
                catalog.crossProviderRules());
    }

    private static StorageClass withStoragePrice(StorageClass s, String region, Price price) {
        Map<String, Price> prices = new LinkedHashMap<>(s.prices());
        Optional<Price> reference = s.referencePrice();
        if (region.equals("*")) {
            prices.replaceAll((r, p) -> price);
            reference = Optional.of(price);
        } else {
            prices.put(region, price);
            if (s.referenceRegion().isPresent() && s.referenceRegion().get().equals(region)) {
                reference = Optional.of(price);
            }
        }
        return new StorageClass(
                s.provider(), s.name(), s.family(), s.service(), s.standard(), prices, reference, s.referenceRegion());
    }

    private static GpuOffering withGpuPrice(GpuOffering g, String region, boolean spot, Price price) {
        Map<String, RegionalPrices> prices = new LinkedHashMap<>(g.prices());
        Optional<RegionalPrices> global = g.globalPrice();
        if (region.equals("*")) {
            prices.replaceAll((r, p) -> with(p, spot, price));
            global = Optional.of(
                    with(global.orElse(new RegionalPrices("*", Optional.empty(), Optional.empty())), spot, price));
        } else {
            RegionalPrices current =
                    prices.getOrDefault(region, new RegionalPrices(region, Optional.empty(), Optional.empty()));
            prices.put(region, with(current, spot, price));
        }
        return g.withPrices(prices, global);
    }

    private static RegionalPrices with(RegionalPrices p, boolean spot, Price price) {
        return spot
                ? new RegionalPrices(p.region(), p.onDemand(), Optional.of(price), p.zones())
                : new RegionalPrices(p.region(), Optional.of(price), p.spot(), p.zones());
    }
}
