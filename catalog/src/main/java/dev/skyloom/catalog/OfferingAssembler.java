package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns gpu_instances.csv rows into offerings: one per (provider, instance type), a price per region.
 * Region {@code *} (one global list price, OCI) and a blank region (Seeweb rows whose source names no
 * region) both become the offering's {@code globalPrice}, shown as an estimate in every region of the
 * provider. When attributes differ between a type's rows (hyperstack n3-H100-SXM5x8 RAM), the first
 * row's value is kept and the others are written into the note. Spot prices are indicative (captured on
 * the source's date); for providers whose preemptible market is dynamic they are "from" prices.
 */
final class OfferingAssembler {
    static final String FILE = "gpu_instances.csv";
    static final List<String> COLUMNS = List.of(
            "provider",
            "instance_type",
            "gpu_model",
            "gpu_count",
            "gpu_memory_gib_per_gpu",
            "vcpus",
            "ram_gib",
            "region",
            "ondemand_per_hour",
            "spot_per_hour",
            "currency",
            "price_basis",
            "source_id",
            "note");
    private static final List<String> ATTRIBUTES =
            List.of("gpu_model", "gpu_count", "gpu_memory_gib_per_gpu", "vcpus", "ram_gib", "price_basis");

    private static final class Draft {
        final CsvTable.Row first;
        final GpuOffering base;
        final Map<String, RegionalPrices> prices = new LinkedHashMap<>();
        RegionalPrices global;
        final List<String> notes = new ArrayList<>();

        Draft(CsvTable.Row first, GpuOffering base) {
            this.first = first;
            this.base = base;
        }
    }

    private OfferingAssembler() {}

    static List<GpuOffering> assemble(CsvTable table, LoadBasis basis, RowChecks checks) {
        return assemble(table, basis, checks, Set.of());
    }

    static List<GpuOffering> assemble(
            CsvTable table, LoadBasis basis, RowChecks checks, Set<String> dynamicSpotProviders) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = checks.problems().size();
            boolean known = basis.checkProvider(checks, FILE, row, "provider");
            String provider = row.get("provider");
            String type = checks.text(FILE, row, "instance_type");
            String region = row.get("region");
            boolean global = region.equals("*") || region.isEmpty();
            if (known && !global && !basis.isRegion(provider, region)) {
                checks.report(
                        FILE,
                        row.line(),
                        "region",
                        "unknown region '" + region + "' for provider " + provider + " (not in regions.csv)");
            }
            checks.unique(FILE, row, "region", provider + "/" + type + "/" + (region.isEmpty() ? "*" : region));
            String model = checks.text(FILE, row, "gpu_model");
            Optional<BigDecimal> count = checks.amount(FILE, row, "gpu_count", true);
            OptionalDouble memory = checks.number(FILE, row, "gpu_memory_gib_per_gpu");
            OptionalDouble vcpus = checks.number(FILE, row, "vcpus");
            OptionalDouble ram = checks.number(FILE, row, "ram_gib");
            Optional<PriceBasis> priceBasis = basisOf(row, checks);
            Optional<BigDecimal> onDemand = checks.amount(FILE, row, "ondemand_per_hour", false);
            Optional<BigDecimal> spot = checks.amount(FILE, row, "spot_per_hour", false);
            Optional<String> currency = checks.currency(FILE, row.line(), "currency", row.get("currency"));
            List<String> sources = basis.checkSources(checks, FILE, row, "source_id");
            if (checks.problems().size() > before) {
                continue;
            }
            String source = String.join("; ", sources);
            String asOf = basis.asOfOf(sources);
            PriceKind spotKind = dynamicSpotProviders.contains(provider) ? PriceKind.DYNAMIC : PriceKind.INDICATIVE;
            String zones = row.get("zones").strip();
            RegionalPrices prices = new RegionalPrices(
                    global ? "*" : region,
                    onDemand.map(a -> new Price(a, currency.get(), "hour", source, asOf, false)),
                    spot.map(a -> new Price(a, currency.get(), "hour", source, asOf, false, spotKind)),
                    zones.isEmpty() ? List.of() : List.of(zones.split("\\s+")));
            String key = provider + '\0' + type;
            Draft draft = drafts.get(key);
            if (draft == null) {
                GpuOffering base = new GpuOffering(
                        provider,
                        type,
                        AcceleratorFamilies.of(model),
                        count.get().doubleValue(),
                        memory,
                        vcpus,
                        ram,
                        priceBasis.get(),
                        Map.of(),
                        Optional.empty(),
                        row.get("note"));
                draft = new Draft(row, base);
                drafts.put(key, draft);
            } else {
                for (String column : ATTRIBUTES) {
                    if (!draft.first.get(column).equals(row.get(column))) {
                        draft.notes.add(column + " " + row.get(column) + " in " + (global ? "*" : region) + " ("
                                + draft.first.get(column) + " elsewhere)");
                    }
                }
            }
            if (global) {
                draft.global = prices;
                if (region.isEmpty()) {
                    draft.notes.add("region not stated in source: price shown as an estimate in every region");
                }
            } else {
                draft.prices.put(region, prices);
            }
        }
        List<GpuOffering> result = new ArrayList<>();
        for (Draft d : drafts.values()) {
            GpuOffering b = d.base;
            String note = b.note();
            for (String extra : d.notes) {
                if (!note.contains(extra)) {
                    note = note.isEmpty() ? extra : note + "; " + extra;
                }
            }
            result.add(new GpuOffering(
                    b.provider(),
                    b.instanceType(),
                    b.accelerator(),
                    b.acceleratorCount(),
                    b.memoryGibPerAccelerator(),
                    b.vcpus(),
                    b.ramGib(),
                    b.priceBasis(),
                    d.prices,
                    Optional.ofNullable(d.global),
                    note));
        }
        return result;
    }

    private static Optional<PriceBasis> basisOf(CsvTable.Row row, RowChecks checks) {
        String text = row.get("price_basis");
        try {
            return Optional.of(PriceBasis.valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            checks.report(
                    FILE,
                    row.line(),
                    "price_basis",
                    "unknown price basis '" + text + "' (instance, instance_computed, accelerator_only)");
            return Optional.empty();
        }
    }
}
