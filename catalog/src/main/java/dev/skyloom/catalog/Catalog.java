package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The immutable reference data: providers, regions, GPU offerings, storage classes and transfer rates,
 * with the snapshot date and sources. Built once (see {@link CatalogLoader}); every query after that is
 * an index look-up.
 */
public final class Catalog {
    private final LocalDate snapshotDate;
    private final List<CatalogSource> sources;
    private final Map<String, Provider> providers;
    private final Map<RegionKey, Region> regions;
    private final Map<String, List<Region>> regionsByProvider;
    private final Map<String, List<Region>> regionsByJurisdiction;
    private final Map<String, GpuOffering> offerings; // key provider + '\0' + instanceType
    private final Map<String, List<GpuOffering>> offeringsByFamily;
    private final Map<String, List<GpuOffering>> offeringsByProvider;
    private final Map<String, List<StorageClass>> storageByProvider;
    private final Map<String, List<TransferRate>> transferByProvider;
    private final List<StorageClass> storageClasses;
    private final List<TransferRate> transferRates;
    private final List<CrossProviderRule> crossProviderRules;

    public Catalog(
            LocalDate snapshotDate,
            List<CatalogSource> sources,
            List<Provider> providers,
            List<Region> regions,
            List<GpuOffering> offerings,
            List<StorageClass> storageClasses,
            List<TransferRate> transferRates) {
        this(snapshotDate, sources, providers, regions, offerings, storageClasses, transferRates, List.of());
    }

    /** As above, with the cross-provider transfer rules kept as documentation (they carry no price). */
    public Catalog(
            LocalDate snapshotDate,
            List<CatalogSource> sources,
            List<Provider> providers,
            List<Region> regions,
            List<GpuOffering> offerings,
            List<StorageClass> storageClasses,
            List<TransferRate> transferRates,
            List<CrossProviderRule> crossProviderRules) {
        this.storageClasses = List.copyOf(storageClasses);
        this.transferRates = List.copyOf(transferRates);
        this.crossProviderRules = List.copyOf(crossProviderRules);
        this.snapshotDate = Objects.requireNonNull(snapshotDate, "snapshotDate");
        this.sources = List.copyOf(sources);
        Map<String, Provider> p = new LinkedHashMap<>();
        for (Provider provider : providers) {
            if (p.putIfAbsent(provider.id(), provider) != null) {
                throw new IllegalArgumentException("duplicate provider " + provider.id());
            }
        }
        this.providers = Collections.unmodifiableMap(p);

        Map<RegionKey, Region> r = new LinkedHashMap<>();
        Map<String, List<Region>> byProvider = new LinkedHashMap<>();
        Map<String, List<Region>> byJurisdiction = new LinkedHashMap<>();
        for (Region region : regions) {
            if (r.putIfAbsent(region.key(), region) != null) {
                throw new IllegalArgumentException("duplicate region " + region.key());
            }
            byProvider
                    .computeIfAbsent(region.provider(), k -> new ArrayList<>())
                    .add(region);
            for (String j : region.jurisdictions()) {
                byJurisdiction.computeIfAbsent(j, k -> new ArrayList<>()).add(region);
            }
        }
        this.regions = Collections.unmodifiableMap(r);
        this.regionsByProvider = freeze(byProvider);
        this.regionsByJurisdiction = freeze(byJurisdiction);

        Map<String, GpuOffering> o = new LinkedHashMap<>();
        Map<String, List<GpuOffering>> byFamily = new LinkedHashMap<>();
        Map<String, List<GpuOffering>> oByProvider = new LinkedHashMap<>();
        for (GpuOffering offering : offerings) {
            if (o.putIfAbsent(offeringKey(offering.provider(), offering.instanceType()), offering) != null) {
                throw new IllegalArgumentException(
                        "duplicate offering " + offering.provider() + "/" + offering.instanceType());
            }
            byFamily.computeIfAbsent(normalise(offering.accelerator().family()), k -> new ArrayList<>())
                    .add(offering);
            oByProvider
                    .computeIfAbsent(offering.provider(), k -> new ArrayList<>())
                    .add(offering);
        }
        this.offerings = Collections.unmodifiableMap(o);
        this.offeringsByFamily = freeze(byFamily);
        this.offeringsByProvider = freeze(oByProvider);

        Map<String, List<StorageClass>> s = new LinkedHashMap<>();
        for (StorageClass sc : storageClasses) {
            s.computeIfAbsent(sc.provider(), k -> new ArrayList<>()).add(sc);
        }
        this.storageByProvider = freeze(s);
        Map<String, List<TransferRate>> t = new LinkedHashMap<>();
        for (TransferRate rate : transferRates) {
            t.computeIfAbsent(rate.provider(), k -> new ArrayList<>()).add(rate);
        }
        this.transferByProvider = freeze(t);
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static String offeringKey(String provider, String instanceType) {
        return provider + '\0' + instanceType;
    }

    private static String normalise(String family) {
        return family.toUpperCase(Locale.ROOT);
    }

    /** The date the snapshot was assembled. */
    public LocalDate snapshotDate() {
        return snapshotDate;
    }

    public List<CatalogSource> sources() {
        return sources;
    }

    public Optional<CatalogSource> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Provider> providers() {
        return List.copyOf(providers.values());
    }

    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public List<Region> regionsOf(String provider) {
        return regionsByProvider.getOrDefault(provider, List.of());
    }

    public Optional<Region> region(String provider, String code) {
        return Optional.ofNullable(regions.get(new RegionKey(provider, code)));
    }

    /** Regions whose jurisdictions include {@code jurisdiction} (a country code, {@code EU} or {@code EEA}). */
    public List<Region> regionsIn(String jurisdiction) {
        return regionsByJurisdiction.getOrDefault(jurisdiction, List.of());
    }

    /** Distance between two regions in km, when both have coordinates. */
    public OptionalDouble distanceKm(RegionKey a, RegionKey b) {
        Region ra = regions.get(a);
        Region rb = regions.get(b);
        if (ra == null || rb == null || ra.location().isEmpty() || rb.location().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ra.location().get().distanceKm(rb.location().get()));
    }

    public List<GpuOffering> offerings() {
        return List.copyOf(offerings.values());
    }

    public List<GpuOffering> offeringsOf(String provider) {
        return offeringsByProvider.getOrDefault(provider, List.of());
    }

    public Optional<GpuOffering> offering(String provider, String instanceType) {
        return Optional.ofNullable(offerings.get(offeringKey(provider, instanceType)));
    }

    /** Every offering whose accelerator family is {@code family} (case-insensitive), across providers. */
    public List<GpuOffering> offeringsOfFamily(String family) {
        return offeringsByFamily.getOrDefault(normalise(family), List.of());
    }

    /** The providers that sell an accelerator family, sorted. */
    public Set<String> providersSelling(String family) {
        Set<String> result = new TreeSet<>();
        for (GpuOffering offering : offeringsOfFamily(family)) {
            result.add(offering.provider());
        }
        return result;
    }

    /** The offerings the catalog lists in a region (a global list price counts as listed). */
    public List<GpuOffering> offeringsIn(String provider, String regionCode) {
        List<GpuOffering> result = new ArrayList<>();
        for (GpuOffering offering : offeringsOf(provider)) {
            if (offering.isAvailableIn(regionCode)) {
                result.add(offering);
            }
        }
        return result;
    }

    /**
     * The offerings a pool may be placed with in a region: those listed there and those its provider sells
     * where no named source says ({@link GpuOffering#regionsNotStated()}), in catalog order.
     */
    public List<GpuOffering> offeringsPlaceableIn(String provider, String regionCode) {
        List<GpuOffering> result = new ArrayList<>();
        for (GpuOffering offering : offeringsOf(provider)) {
            if (offering.isPlaceableIn(regionCode)) {
                result.add(offering);
            }
        }
        return result;
    }

    /**
     * The region with the lowest published on-demand price for an offering, ties broken by region code.
     * Amounts in different currencies are never compared: only regions priced in USD count when there
     * are any (AWS China regions are priced in CNY), otherwise those in the single currency used.
     */
    public Optional<RegionalPrices> cheapestRegion(GpuOffering offering) {
        return cheapest(offering, RegionalPrices::onDemand);
    }

    private static Optional<RegionalPrices> cheapest(
            GpuOffering offering, Function<RegionalPrices, Optional<Price>> which) {
        List<RegionalPrices> priced = new ArrayList<>();
        Set<String> currencies = new TreeSet<>();
        for (RegionalPrices p : offering.prices().values()) {
            Optional<Price> price = which.apply(p);
            if (price.isPresent()) {
                priced.add(p);
                currencies.add(price.get().currency());
            }
        }
        if (priced.isEmpty() || (currencies.size() > 1 && !currencies.contains("USD"))) {
            return Optional.empty();
        }
        String currency =
                currencies.contains("USD") ? "USD" : currencies.iterator().next();
        return priced.stream()
                .filter(p -> which.apply(p).get().currency().equals(currency))
                .min(Comparator.comparing(
                                (RegionalPrices p) -> which.apply(p).get().amount())
                        .thenComparing(RegionalPrices::region));
    }

    public List<StorageClass> storageClassesOf(String provider) {
        return storageByProvider.getOrDefault(provider, List.of());
    }

    /**
     * A storage class by its name, or by a family id ({@code object}, {@code block}, {@code file},
     * {@code archive}) meaning the provider's standard class of that family.
     */
    public Optional<StorageClass> storageClass(String provider, String nameOrFamily) {
        List<StorageClass> classes = storageClassesOf(provider);
        for (StorageClass sc : classes) {
            if (sc.name().equals(nameOrFamily)) {
                return Optional.of(sc);
            }
        }
        Optional<StorageFamily> family = StorageFamily.fromId(nameOrFamily);
        if (family.isEmpty()) {
            return Optional.empty();
        }
        return classes.stream()
                .filter(sc -> sc.family() == family.get() && sc.standard())
                .findFirst();
    }

    public List<TransferRate> transferRatesOf(String provider) {
        return transferByProvider.getOrDefault(provider, List.of());
    }

    /**
     * The rate for transfers of {@code type} leaving {@code regionCode}: a rate whose scope names the
     * region, else the provider-wide rate (marked {@code reference} when it is a reference region's,
     * so callers flag it as an estimate).
     */
    public Optional<TransferRate> transferRate(String provider, TransferType type, String regionCode) {
        TransferRate fallback = null;
        for (TransferRate rate : transferRatesOf(provider)) {
            if (rate.type() != type) {
                continue;
            }
            if (rate.regions().contains(regionCode)) {
                return Optional.of(rate);
            }
            if (rate.regions().isEmpty() && fallback == null) {
                fallback = rate;
            }
        }
        return Optional.ofNullable(fallback);
    }

    /** Money helper for callers that price transfer: {@code tb} terabytes as gigabytes (decimal, 1 TB = 1000 GB). */
    public static BigDecimal tbToGb(BigDecimal tb) {
        return tb.multiply(BigDecimal.valueOf(1000));
    }

    /** Every storage class, in load order. */
    public List<StorageClass> storageClasses() {
        return storageClasses;
    }

    /** Every transfer rate, in load order. */
    public List<TransferRate> transferRates() {
        return transferRates;
    }

    /** The documented cross-provider rules (no price of their own: the sender's internet egress applies). */
    public List<CrossProviderRule> crossProviderRules() {
        return crossProviderRules;
    }

    /**
     * Offerings of an accelerator however the user spells it: a family ("H100", "mi300x"), a provider's
     * model name ("H100-80G-SXM5", normalised to its family) or a family prefix ("TPU" finds every TPU
     * generation). Sorted by provider, then instance type.
     */
    public List<GpuOffering> offeringsOfModel(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<GpuOffering> result = new ArrayList<>(offeringsOfFamily(AcceleratorFamilies.familyOf(q)));
        if (result.isEmpty()) {
            String prefix = normalise(q);
            offeringsByFamily.forEach((family, list) -> {
                if (family.startsWith(prefix)) {
                    result.addAll(list);
                }
            });
        }
        result.sort(Comparator.comparing(GpuOffering::provider).thenComparing(GpuOffering::instanceType));
        return result;
    }

    /** The offerings listed in a region (see {@link #offeringsIn(String, String)}). */
    public List<GpuOffering> offeringsIn(RegionKey region) {
        return offeringsIn(region.provider(), region.code());
    }

    /** Whether a region belongs to a jurisdiction (a country code, {@code EU} or {@code EEA}); false if unknown. */
    public boolean isInJurisdiction(RegionKey region, String jurisdiction) {
        Region r = regions.get(region);
        return r != null && r.isIn(jurisdiction.toUpperCase(Locale.ROOT));
    }

    /** Regions of one provider by code, or empty. Same as {@link #region(String, String)}. */
    public Optional<Region> region(RegionKey key) {
        return Optional.ofNullable(regions.get(key));
    }

    /**
     * The region with the lowest published spot price for an offering, ties broken by region code;
     * see {@link #cheapestRegion(GpuOffering)} for on-demand.
     */
    public Optional<RegionalPrices> cheapestSpotRegion(GpuOffering offering) {
        return cheapest(offering, RegionalPrices::spot);
    }
}
