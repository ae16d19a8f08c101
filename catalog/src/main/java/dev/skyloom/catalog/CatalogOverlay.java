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
 *
 * <p>A price never silently replaces a newer snapshot price: where its file was published (AWS offer
 * files' {@code publicationDate}, a capture date) before the date of the snapshot price's source, the
 * snapshot price is kept unless the user applied the file with {@code --accept-older} ({@link #judge}).
 * Azure and Google files carry only effective-start dates (a current file holds rows effective since
 * 2019), which say nothing about the file's age: their prices apply, and {@link #report} says how many
 * snapshot prices they changed and by how much.
 */
public final class CatalogOverlay {
    public static final String FILE_NAME = "catalog-overlay.csv";

    static final List<String> COLUMNS = List.of(
            "provider", "sku", "kind", "region", "price", "currency", "source_file", "effective_date", "refreshed_on");

    /** Columns added later: optional when read, so overlays written before them still load. */
    static final List<String> LATER_COLUMNS = List.of("published", "accept_older");

    /**
     * One overlay price against the snapshot price it would replace (empty: the snapshot has none there).
     * {@code older}: the file was published before the date of the snapshot price's source.
     */
    public record Judged(OverlayPrice price, Optional<Price> snapshot, boolean older) {
        /** Kept out: older than the snapshot's and not accepted with {@code --accept-older}. */
        public boolean withheld() {
            return older && !price.acceptOlder();
        }
    }

    /**
     * What one file's prices do to the snapshot. {@code withheld}: older than the snapshot's, not applied;
     * {@code acceptedOlder}: older, applied by {@code --accept-older}; of the applied prices with a snapshot
     * price, {@code up}/{@code down} changed it (from {@code minChangePercent} to {@code maxChangePercent})
     * and {@code unchanged} did not; {@code added} had no snapshot price. {@code snapshotDates} are the
     * dates of the withheld or accepted-older prices' snapshot sources ("2026-01-20" or "A to B").
     */
    public record FileReport(
            String file,
            String published,
            int prices,
            int withheld,
            int acceptedOlder,
            String snapshotDates,
            int up,
            int down,
            int unchanged,
            int added,
            Optional<BigDecimal> minChangePercent,
            Optional<BigDecimal> maxChangePercent) {
        public int applied() {
            return prices - withheld;
        }

        public int changed() {
            return up + down;
        }
    }

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

    /** Each price against the snapshot price it would replace in {@code snapshot}. */
    public List<Judged> judge(Catalog snapshot) {
        return prices.stream()
                .map(p -> {
                    Optional<Price> before = snapshotPrice(snapshot, p);
                    boolean older = !p.published().isEmpty()
                            && before.map(b -> publishedBefore(p.published(), b.asOf()))
                                    .orElse(false);
                    return new Judged(p, before, older);
                })
                .toList();
    }

    /** What each file's prices do to {@code snapshot}, in the order of {@link #sources()}. */
    public List<FileReport> report(Catalog snapshot) {
        Map<String, List<Judged>> byFile = new TreeMap<>();
        judge(snapshot).forEach(j -> byFile.computeIfAbsent(j.price().sourceFile(), k -> new ArrayList<>())
                .add(j));
        List<FileReport> result = new ArrayList<>();
        for (Source s : sources()) {
            List<Judged> list = byFile.getOrDefault(s.file(), List.of());
            int withheld = 0;
            int accepted = 0;
            int up = 0;
            int down = 0;
            int same = 0;
            int added = 0;
            List<String> olderDates = new ArrayList<>();
            List<BigDecimal> changes = new ArrayList<>();
            String published = "";
            for (Judged j : list) {
                published =
                        j.price().published().isEmpty() ? published : j.price().published();
                if (j.older()) {
                    olderDates.add(j.snapshot().orElseThrow().asOf());
                    if (j.withheld()) {
                        withheld++;
                        continue;
                    }
                    accepted++;
                }
                if (j.snapshot().isEmpty()) {
                    added++;
                    continue;
                }
                BigDecimal before = j.snapshot().get().amount();
                int cmp = j.price().amount().compareTo(before);
                if (cmp == 0) {
                    same++;
                    continue;
                }
                if (cmp > 0) {
                    up++;
                } else {
                    down++;
                }
                if (before.signum() > 0) {
                    changes.add(j.price()
                            .amount()
                            .subtract(before)
                            .multiply(BigDecimal.valueOf(100))
                            .divide(before, 1, java.math.RoundingMode.HALF_UP));
                }
            }
            olderDates.sort(Comparator.naturalOrder());
            String dates = olderDates.isEmpty()
                    ? ""
                    : olderDates.get(0).equals(olderDates.get(olderDates.size() - 1))
                            ? olderDates.get(0)
                            : olderDates.get(0) + " to " + olderDates.get(olderDates.size() - 1);
            result.add(new FileReport(
                    s.file(),
                    published,
                    list.size(),
                    withheld,
                    accepted,
                    dates,
                    up,
                    down,
                    same,
                    added,
                    changes.stream().min(Comparator.naturalOrder()),
                    changes.stream().max(Comparator.naturalOrder())));
        }
        return result;
    }

    /** The price the snapshot gives where {@code p} would go (a reference-region estimate counts). */
    static Optional<Price> snapshotPrice(Catalog snapshot, OverlayPrice p) {
        if (snapshot.region(p.provider(), p.region()).isEmpty()) {
            return Optional.empty();
        }
        if (p.kind().equals(OverlayPrice.STORAGE)) {
            return snapshot.storageClassesOf(p.provider()).stream()
                    .filter(s -> s.name().equals(p.sku()))
                    .findFirst()
                    .flatMap(s -> s.priceIn(p.region()));
        }
        Optional<PriceTerm> term = PriceTerm.fromId(p.kind());
        return snapshot.offering(p.provider(), p.sku())
                .flatMap(o -> o.pricesIn(p.region()))
                .flatMap(rp -> term.flatMap(rp::of));
    }

    /**
     * Whether a file published on {@code published} predates a source dated {@code asOf}. A source dated
     * only by month or year counts from the period's last day: an undecidable case keeps the snapshot price.
     */
    static boolean publishedBefore(String published, String asOf) {
        java.time.LocalDate file;
        try {
            file = java.time.LocalDate.parse(published);
        } catch (RuntimeException e) {
            return false;
        }
        java.time.LocalDate source;
        try {
            source = asOf.length() >= 10
                    ? java.time.LocalDate.parse(asOf.substring(0, 10))
                    : asOf.length() == 7
                            ? java.time.YearMonth.parse(asOf).atEndOfMonth()
                            : java.time.Year.parse(asOf).atMonth(12).atEndOfMonth();
        } catch (RuntimeException e) {
            return false;
        }
        return file.isBefore(source);
    }

    /** The overlay as CSV text (the file's contents). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS))
                .append(',')
                .append(String.join(",", LATER_COLUMNS))
                .append('\n');
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
                            csv(p.refreshedOn()),
                            csv(p.published()),
                            p.acceptOlder() ? "yes" : ""))
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
            String accept = row.get("accept_older");
            if (!accept.isEmpty() && !accept.equals("yes")) {
                checks.report(fileName, row.line(), "accept_older", "expected 'yes' or nothing, not '" + accept + "'");
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
                    row.get("refreshed_on"),
                    row.get("published"),
                    accept.equals("yes")));
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
        java.util.Set<String> usedFiles = new java.util.HashSet<>();
        for (Judged j : judge(catalog)) {
            OverlayPrice p = j.price();
            String key = p.provider() + '\0' + p.sku();
            if (catalog.region(p.provider(), p.region()).isEmpty() || j.withheld()) {
                continue;
            }
            if (p.kind().equals(OverlayPrice.STORAGE)) {
                StorageClass s = storage.get(key);
                if (s != null) {
                    storage.put(key, withStoragePrice(s, p));
                    usedFiles.add(p.sourceFile());
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
                usedFiles.add(p.sourceFile());
            }
        }
        List<CatalogSource> sources = new ArrayList<>(catalog.sources());
        for (Source s : sources()) {
            if (!usedFiles.contains(s.file())) {
                continue; // every price of the file kept out as older than the snapshot's
            }
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
