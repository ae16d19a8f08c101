package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Prices refreshed from the providers' own price files ({@code skyloom catalog refresh}), kept in the
 * app's data folder as {@value #FILE_NAME} and laid over the bundled snapshot. Each price keeps its
 * file and effective date as its source. Prices for items or regions the catalog does not know are
 * ignored when applied (a newer app may have dropped them), never guessed.
 */
public final class CatalogOverlay {
    public static final String FILE_NAME = "catalog-overlay.csv";

    static final List<String> COLUMNS = List.of(
            "provider", "sku", "kind", "region", "price", "currency", "source_file", "effective_date", "refreshed_on");

    /** One refreshed file as listed by {@code catalog --overlay} and {@code --sources}. */
    public record Source(String file, String effectiveFrom, String effectiveTo, String refreshedOn, int prices) {}

    private final List<OverlayPrice> prices;

    public CatalogOverlay(List<OverlayPrice> prices) {
        this.prices = List.copyOf(prices);
    }

    public static CatalogOverlay empty() {
        return new CatalogOverlay(List.of());
    }

    public List<OverlayPrice> prices() {
        return prices;
    }

    public boolean isEmpty() {
        return prices.isEmpty();
    }

    /** This overlay with {@code newer} prices replacing any with the same provider, item, kind and region. */
    public CatalogOverlay merge(List<OverlayPrice> newer) {
        Map<String, OverlayPrice> byKey = new LinkedHashMap<>();
        prices.forEach(p -> byKey.put(p.key(), p));
        newer.forEach(p -> byKey.put(p.key(), p));
        return new CatalogOverlay(new ArrayList<>(byKey.values()));
    }

    /** The files the prices came from, oldest effective date first. */
    public List<Source> sources() {
        Map<String, List<OverlayPrice>> byFile = new TreeMap<>();
        prices.forEach(p ->
                byFile.computeIfAbsent(p.sourceFile(), k -> new ArrayList<>()).add(p));
        List<Source> result = new ArrayList<>();
        byFile.forEach((file, list) -> {
            List<String> dates =
                    list.stream().map(OverlayPrice::effectiveDate).sorted().toList();
            String refreshed = list.stream()
                    .map(OverlayPrice::refreshedOn)
                    .max(Comparator.naturalOrder())
                    .orElse("");
            result.add(new Source(file, dates.get(0), dates.get(dates.size() - 1), refreshed, list.size()));
        });
        result.sort(Comparator.comparing(Source::effectiveFrom).thenComparing(Source::file));
        return result;
    }

    /** The overlay as CSV text (the file's contents). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (OverlayPrice p : prices) {
            b.append(String.join(
                            ",",
                            csv(p.provider()),
                            csv(p.sku()),
                            csv(p.kind()),
                            csv(p.region()),
                            p.amount().toPlainString(),
                            csv(p.currency()),
                            csv(p.sourceFile()),
                            csv(p.effectiveDate()),
                            csv(p.refreshedOn())))
                    .append('\n');
        }
        return b.toString();
    }

    private static String csv(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Reads an overlay file written by {@link #toCsv()}; a damaged file throws {@link PriceListException}. */
    public static CatalogOverlay parse(String fileName, String text) {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(fileName, text, COLUMNS, problems);
        List<OverlayPrice> result = new ArrayList<>();
        RowChecks checks = new RowChecks(problems);
        for (CsvTable.Row row : table.rows()) {
            String kind = row.get("kind");
            if (!kind.equals(OverlayPrice.STORAGE) && PriceTerm.fromId(kind).isEmpty()) {
                checks.report(fileName, row.line(), "kind", "unknown kind '" + kind + "'");
                continue;
            }
            Optional<BigDecimal> amount = checks.amount(
                    fileName,
                    row.line(),
                    "price",
                    row.get("price"),
                    true,
                    PriceListImport.MAX_PRICE,
                    PriceListImport.MAX_PRICE_DECIMALS);
            if (amount.isEmpty()
                    || row.get("provider").isEmpty()
                    || row.get("sku").isEmpty()) {
                if (amount.isPresent()) {
                    checks.report(fileName, row.line(), "sku", "missing provider or sku");
                }
                continue;
            }
            result.add(new OverlayPrice(
                    row.get("provider"),
                    row.get("sku"),
                    kind,
                    row.get("region"),
                    amount.get(),
                    row.get("currency"),
                    row.get("source_file"),
                    row.get("effective_date"),
                    row.get("refreshed_on")));
        }
        if (!problems.isEmpty()) {
            throw new PriceListException(problems);
        }
        return new CatalogOverlay(result);
    }

    /** The catalog with these prices laid over it, and one source per refreshed file. */
    public Catalog applyTo(Catalog catalog) {
        if (prices.isEmpty()) {
            return catalog;
        }
        Map<String, GpuOffering> offerings = new LinkedHashMap<>();
        catalog.offerings().forEach(o -> offerings.put(o.provider() + '\0' + o.instanceType(), o));
        Map<String, StorageClass> storage = new LinkedHashMap<>();
        catalog.storageClasses().forEach(s -> storage.put(s.provider() + '\0' + s.name(), s));
        for (OverlayPrice p : prices) {
            String key = p.provider() + '\0' + p.sku();
            if (catalog.region(p.provider(), p.region()).isEmpty()) {
                continue;
            }
            if (p.kind().equals(OverlayPrice.STORAGE)) {
                StorageClass s = storage.get(key);
                if (s != null) {
                    storage.put(key, withStoragePrice(s, p));
                }
                continue;
            }
            GpuOffering g = offerings.get(key);
            if (g != null) {
                PriceTerm term = PriceTerm.fromId(p.kind()).orElseThrow();
                Price price = new Price(
                        p.amount(),
                        p.currency(),
                        "hour",
                        p.sourceId(),
                        p.effectiveDate(),
                        false,
                        term == PriceTerm.SPOT ? PriceKind.INDICATIVE : PriceKind.LIST);
                Map<String, RegionalPrices> regional = new LinkedHashMap<>(g.prices());
                RegionalPrices current = regional.getOrDefault(
                        p.region(), new RegionalPrices(p.region(), Optional.empty(), Optional.empty()));
                regional.put(p.region(), current.with(term, price));
                offerings.put(key, g.withPrices(regional, g.globalPrice()));
            }
        }
        List<CatalogSource> sources = new ArrayList<>(catalog.sources());
        for (Source s : sources()) {
            sources.add(new CatalogSource(
                    "overlay " + s.file(),
                    s.file(),
                    s.effectiveFrom(),
                    "provider's own price file, refreshed " + s.refreshedOn()
                            + (s.effectiveFrom().equals(s.effectiveTo())
                                    ? ""
                                    : "; effective up to " + s.effectiveTo())));
        }
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

    private static StorageClass withStoragePrice(StorageClass s, OverlayPrice p) {
        Map<String, Price> regional = new LinkedHashMap<>(s.prices());
        String unit = s.referencePrice()
                .map(Price::unit)
                .orElse(s.prices().values().stream()
                        .findFirst()
                        .map(Price::unit)
                        .orElse("GB-month"));
        Price price = new Price(p.amount(), p.currency(), unit, p.sourceId(), p.effectiveDate(), false);
        regional.put(p.region(), price);
        Optional<Price> reference = s.referencePrice();
        if (s.referenceRegion().isPresent() && s.referenceRegion().get().equals(p.region())) {
            reference = Optional.of(price);
        }
        return new StorageClass(
                s.provider(),
                s.name(),
                s.family(),
                s.service(),
                s.standard(),
                regional,
                reference,
                s.referenceRegion());
    }
}
