package dev.skyloom.export.tfimport;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.arrange.Arrangement;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Ids;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns what the mappings found into a design: one provider container per cloud, one region container per
 * region code, a pool or storage card per resource (ids from a Skyloom export's {@code skyloom_component} tag
 * where present, else from the resource name), replications as connections, laid out by {@link Arrangement}.
 */
final class DesignAssembly {
    /**
     * Region code of a container for what Terraform did not place: a pool or storage must sit in a region, and
     * this one is not in the catalog, so the checks say so ({@code catalog.unknown-region}) and nothing is guessed.
     */
    static final String UNRESOLVED = "region-not-resolved";

    private final Catalog catalog;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> idByAddress = new LinkedHashMap<>();
    final List<ImportReport.Mapped> mapped = new ArrayList<>();
    final List<String> listed = new ArrayList<>();
    final List<String> assumptions = new ArrayList<>();

    DesignAssembly(Catalog catalog) {
        this.catalog = catalog;
    }

    Design assemble(String name, ImportContext found, boolean allCompute) {
        Map<String, TreeSet<String>> regions = new TreeMap<>(this::providerOrder);
        found.pools.forEach(p -> note(regions, p.provider(), p.region()));
        found.storages.forEach(s -> note(regions, s.provider(), s.region()));
        if (allCompute) {
            found.computes.forEach(c -> note(regions, c.provider(), c.region()));
        }
        List<Component> components = new ArrayList<>();
        for (var e : regions.entrySet()) {
            String provider = e.getKey();
            ids.add(provider);
            components.add(new Component.Provider(
                    provider,
                    catalog.provider(provider)
                            .map(dev.skyloom.catalog.Provider::name)
                            .orElse(provider),
                    provider,
                    Map.of()));
            for (String code : e.getValue()) {
                String id = unique(provider + "-" + code);
                regionIds.put(provider + "\u0000" + code, id);
                String shown = code.equals(UNRESOLVED)
                        ? "Region not resolved"
                        : catalog.region(provider, code)
                                .map(r -> r.city().isBlank() ? r.name() : r.city())
                                .orElse(code);
                components.add(
                        new Component.Region(id, shown, Optional.of(provider), code, Optional.empty(), Map.of()));
            }
        }
        for (Imported.Pool p : found.pools) {
            components.add(pool(
                    p.address(),
                    p.provider(),
                    p.region(),
                    p.instanceType(),
                    p.count(),
                    p.name(),
                    p.preferredId(),
                    "gpu-pool"));
        }
        List<String> unsized = new ArrayList<>();
        for (Imported.Storage s : found.storages) {
            String id = cardId(s.address(), s.preferredId(), s.name());
            if (s.capacityTb().isEmpty()) {
                unsized.add(id);
            }
            components.add(new Component.Storage(
                    id,
                    s.name(),
                    Optional.of(parent(s.provider(), s.region())),
                    plainClass(s.provider(), s.storageClass()),
                    s.capacityTb().orElse(BigDecimal.ZERO),
                    List.of(),
                    Optional.empty(),
                    Map.of()));
            mapped.add(new ImportReport.Mapped(s.address(), "storage", id));
        }
        for (Imported.Compute c : found.computes) {
            listed.add(c.address() + ": " + c.count() + " x " + c.instanceType()
                    + c.region().map(r -> " in " + r).orElse(""));
            if (allCompute) {
                components.add(pool(
                        c.address(),
                        c.provider(),
                        c.region(),
                        c.instanceType(),
                        c.count(),
                        c.name(),
                        Optional.empty(),
                        "gpu-pool (--all-compute)"));
            }
        }
        if (!unsized.isEmpty()) {
            assumptions.add(Counted.of(unsized.size(), "storage component", "storage components")
                    + " without a size in Terraform (buckets, accounts): capacity set to 0 TB, so "
                    + (unsized.size() == 1 ? "it costs" : "they cost") + " nothing until you set capacityTb: "
                    + abbreviated(unsized));
        }
        List<Connection> connections = new ArrayList<>();
        for (Imported.Replication r : found.replications) {
            String from = idByAddress.get(r.from());
            String to = idByAddress.get(r.to());
            if (from != null && to != null && !from.equals(to)) {
                String id = unique("replication-" + (connections.size() + 1));
                connections.add(new Connection(id, ConnectionType.REPLICATES_TO, from, to, BigDecimal.ZERO, Map.of()));
                mapped.add(new ImportReport.Mapped(r.address(), "replicates-to", id));
            }
        }
        if (!connections.isEmpty()) {
            assumptions.add(
                    "replicated volume per month is not in Terraform: replications move 0 TB until you set monthlyTb");
        }
        Design unplaced =
                new Design(name, "USD", Assumptions.DEFAULT, List.of(), components, connections, Map.of(), Map.of());
        // laid out as the designer's Arrange would, so an import reads at once
        Map<String, Bounds> layout =
                Arrangement.layout(unplaced, Set.of(), AwtTextMeasure.shared(), Optional.of(catalog));
        return new Design(name, "USD", Assumptions.DEFAULT, List.of(), components, connections, layout, Map.of());
    }

    private Component.GpuPool pool(
            String address,
            String provider,
            Optional<String> region,
            String type,
            int count,
            String name,
            Optional<String> preferred,
            String kind) {
        String id = cardId(address, preferred, name);
        mapped.add(new ImportReport.Mapped(address, kind, id));
        return new Component.GpuPool(
                id,
                name,
                Optional.of(parent(provider, region)),
                type,
                Math.max(1, count),
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
    }

    /** The provider's standard class of a family is written as the family ({@code object}), as designs do. */
    private String plainClass(String provider, String storageClass) {
        return catalog.storageClass(provider, storageClass)
                .filter(dev.skyloom.catalog.StorageClass::standard)
                .map(c -> c.family().id())
                .orElse(storageClass);
    }

    private String parent(String provider, Optional<String> region) {
        return regionId(provider, region.orElse(UNRESOLVED));
    }

    private final Map<String, String> regionIds = new LinkedHashMap<>();

    private String regionId(String provider, String code) {
        return regionIds.get(provider + "\u0000" + code);
    }

    private static void note(Map<String, TreeSet<String>> regions, String provider, Optional<String> region) {
        TreeSet<String> codes = regions.computeIfAbsent(provider, k -> new TreeSet<>());
        codes.add(region.orElse(UNRESOLVED));
    }

    private String unique(String wanted) {
        String base = slug(wanted);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private String cardId(String address, Optional<String> preferred, String name) {
        String id;
        if (preferred.isPresent() && Ids.isValid(preferred.get()) && ids.add(preferred.get())) {
            id = preferred.get();
        } else {
            String base = slug(name.replace('/', '-'));
            id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
        }
        idByAddress.put(address, id);
        return id;
    }

    static String slug(String text) {
        // Terraform names use '_' where Skyloom ids use '-' (the export turns one into the other).
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^-|-$", "");
        if (s.isEmpty()) {
            s = "resource";
        }
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private int providerOrder(String a, String b) {
        List<String> order =
                CloudImports.ALL.stream().map(CloudImport::provider).toList();
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
    }

    private static String abbreviated(List<String> ids) {
        return ids.size() <= 10
                ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
    }
}
