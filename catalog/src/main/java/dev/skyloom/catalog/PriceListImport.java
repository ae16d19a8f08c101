package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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

    private static List<Entry> readJson(String file, String text, List<CatalogProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    t = p.nextToken();
                    if (name.equals("prices") && t == JsonToken.START_ARRAY) {
                        break;
                    }
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                problems.add(
                        new CatalogProblem(file, p.currentLocation().getLineNr(), "", "expected an array of prices"));
                return entries;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int line = p.currentLocation().getLineNr();
                if (t != JsonToken.START_OBJECT) {
                    problems.add(
                            new CatalogProblem(file, line, "", "expected an object {provider, sku, region, price}"));
                    p.skipChildren();
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        fields.put(name, p.getText().strip());
                    } else if (value != JsonToken.VALUE_NULL) {
                        problems.add(new CatalogProblem(
                                file, p.currentLocation().getLineNr(), name, "expected a plain value"));
                        p.skipChildren();
                    }
                }
                entries.add(new Entry(line, fields));
            }
        } catch (JsonProcessingException e) {
            problems.add(new CatalogProblem(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "",
                    "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new CatalogProblem(file, 0, "", "cannot read JSON: " + e.getMessage()));
        }
        return entries;
    }

    private static List<PriceOverride> validate(
            Catalog catalog, String file, List<Entry> entries, List<CatalogProblem> problems) {
        RowChecks checks = new RowChecks(problems);
        Map<String, Integer> seen = new HashMap<>();
        List<PriceOverride> result = new ArrayList<>();
        for (Entry e : entries) {
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
            Optional<BigDecimal> amount = checks.amount(file, e.line, "price", field(e, "price"), true);
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
