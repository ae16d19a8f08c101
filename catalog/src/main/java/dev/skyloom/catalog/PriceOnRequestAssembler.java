package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads offered_unpriced.csv: offerings a named source says exist but that have no list price (sold
 * through capacity blocks, reservations or sales). A row for an instance type that gpu_instances.csv
 * already has (GCP a4-highgpu-8g: spot priced, on-demand not sold) marks that offering; any other row
 * adds an offering with no prices. {@code regions} are the region codes a named source gives
 * (space-separated), or {@code not-stated} when the sources say it is sold but name no region (then it is
 * listed in no region but placeable in any region of its provider, with a warning; {@code *} is refused,
 * as it would list it in every region); {@code zones} are the sources' zone names.
 */
final class PriceOnRequestAssembler {
    /** The regions value of an offering sold where no named source says. */
    static final String NOT_STATED = "not-stated";

    static final String FILE = "offered_unpriced.csv";
    static final List<String> COLUMNS = List.of(
            "provider",
            "instance_type",
            "gpu_model",
            "gpu_count",
            "regions",
            "zones",
            "purchase_model",
            "reason",
            "source_id",
            "note");

    private PriceOnRequestAssembler() {}

    static List<GpuOffering> assemble(CsvTable table, LoadBasis basis, RowChecks checks, List<GpuOffering> priced) {
        Map<String, GpuOffering> byKey = new LinkedHashMap<>();
        for (GpuOffering o : priced) {
            byKey.put(o.provider() + '\0' + o.instanceType(), o);
        }
        for (CsvTable.Row row : table.rows()) {
            int before = checks.problems().size();
            boolean known = basis.checkProvider(checks, FILE, row, "provider");
            String provider = row.get("provider");
            String type = checks.text(FILE, row, "instance_type");
            checks.unique(FILE, row, "instance_type", provider + "/" + type);
            String model = checks.text(FILE, row, "gpu_model");
            Optional<BigDecimal> count = checks.amount(FILE, row, "gpu_count", true);
            OptionalDouble memory = checks.number(FILE, row, "gpu_memory_gib_per_gpu");
            OptionalDouble vcpus = checks.number(FILE, row, "vcpus");
            OptionalDouble ram = checks.number(FILE, row, "ram_gib");
            Optional<PurchaseModel> purchase = PurchaseModel.fromId(row.get("purchase_model"));
            if (purchase.isEmpty()) {
                checks.report(
                        FILE,
                        row.line(),
                        "purchase_model",
                        "unknown purchase model '" + row.get("purchase_model") + "' (" + PurchaseModel.ids() + ")");
            }
            String reason = checks.text(FILE, row, "reason");
            String regionsText = row.get("regions").strip();
            boolean notStated = regionsText.equals(NOT_STATED);
            if (regionsText.equals("*")) {
                checks.report(
                        FILE,
                        row.line(),
                        "regions",
                        "'*' would list it in every region; give the regions a named source states, or " + NOT_STATED);
            }
            Set<String> regions = new LinkedHashSet<>();
            if (!notStated && !regionsText.isEmpty() && !regionsText.equals("*")) {
                for (String code : regionsText.split("\\s+")) {
                    if (known && !basis.isRegion(provider, code)) {
                        checks.report(
                                FILE,
                                row.line(),
                                "regions",
                                "unknown region '" + code + "' for provider " + provider + " (not in regions.csv)");
                    }
                    regions.add(code);
                }
            }
            List<String> sources = basis.checkSources(checks, FILE, row, "source_id");
            if (checks.problems().size() > before) {
                continue;
            }
            PriceOnRequest onRequest = new PriceOnRequest(
                    purchase.get(),
                    reason,
                    String.join("; ", sources),
                    basis.asOfOf(sources),
                    regions,
                    notStated,
                    zonesByRegion(regions, row.get("zones").strip()));
            String key = provider + '\0' + type;
            GpuOffering existing = byKey.get(key);
            if (existing != null) {
                String note = existing.note().isEmpty() ? row.get("note") : existing.note() + "; " + row.get("note");
                byKey.put(
                        key,
                        new GpuOffering(
                                existing.provider(),
                                existing.instanceType(),
                                existing.accelerator(),
                                existing.acceleratorCount(),
                                existing.memoryGibPerAccelerator(),
                                existing.vcpus(),
                                existing.ramGib(),
                                existing.priceBasis(),
                                existing.prices(),
                                existing.globalPrice(),
                                note,
                                Optional.of(onRequest)));
            } else {
                byKey.put(
                        key,
                        new GpuOffering(
                                provider,
                                type,
                                AcceleratorFamilies.of(model),
                                count.get().doubleValue(),
                                memory,
                                vcpus,
                                ram,
                                PriceBasis.INSTANCE,
                                Map.of(),
                                Optional.empty(),
                                row.get("note"),
                                Optional.of(onRequest)));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** One region takes the whole zones text ("Dallas Local Zone"); else each zone goes to the region it starts with. */
    private static Map<String, String> zonesByRegion(Set<String> regions, String zones) {
        Map<String, String> result = new LinkedHashMap<>();
        if (zones.isEmpty() || regions.isEmpty()) {
            return result;
        }
        if (regions.size() == 1) {
            result.put(regions.iterator().next(), zones);
            return result;
        }
        for (String zone : zones.split("\\s+")) {
            for (String region : regions) {
                if (zone.startsWith(region)) {
                    result.merge(region, zone, (a, b) -> a + " " + b);
                }
            }
        }
        return result;
    }
}
