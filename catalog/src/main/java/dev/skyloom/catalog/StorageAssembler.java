package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns storage_prices.csv rows into storage classes. The family comes from the {@code service}
 * column (object / block / file / archive); an object class named "Archive" (GCS Archive, OCI Archive
 * tier) is in the archive family. A row's region must be a region of the provider, a declared
 * dual-/multi-region location (storage_locations.csv) or {@code *} (one price for every region, used as
 * an estimate). For providers with a reference region (snapshot.properties), the price there is the
 * region's own and an estimate everywhere else.
 */
final class StorageAssembler {
    static final String FILE = "storage_prices.csv";
    static final List<String> COLUMNS =
            List.of("provider", "service", "storage_class", "region", "usd_per_gb_month", "source_id", "as_of", "note");

    /** The class a design means when it names only the family, where a family has several classes. */
    private static final Set<String> STANDARD = Set.of(
            "aws/S3 Standard",
            "aws/EBS gp3",
            "aws/EFS Standard",
            "aws/S3 Glacier Deep Archive",
            "azure/Blob Hot",
            "azure/Managed Disk Standard SSD",
            "azure/Azure Files Standard",
            "azure/Blob Archive",
            "gcp/Standard",
            "gcp/pd-balanced",
            "gcp/Archive",
            "oci/Object Storage - Standard tier for frequent access",
            "oci/Block Volume - Balanced performance (default)",
            "oci/Object Storage - Archive tier for long-term retention",
            // first tier of CoreWeave's usage-based object storage
            "coreweave/Hot",
            // the class Nebius calls Standard; block and file: our choice of the middle option, see SOURCES.md
            "nebius/Standard",
            "nebius/Erasure coding",
            "nebius/Shared Filesystem (by Nebius)");

    private static final class Draft {
        String provider;
        String name;
        StorageFamily family;
        String service;
        final Map<String, Price> prices = new LinkedHashMap<>();
        Price reference;
        String referenceRegion;
    }

    private StorageAssembler() {}

    static List<StorageClass> assemble(CsvTable table, LoadBasis basis, RowChecks checks) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = checks.problems().size();
            boolean known = basis.checkProvider(checks, FILE, row, "provider");
            String provider = row.get("provider");
            String name = checks.text(FILE, row, "storage_class");
            String region = checks.text(FILE, row, "region");
            if (known
                    && !region.isEmpty()
                    && !region.equals("*")
                    && !basis.isRegion(provider, region)
                    && !basis.storageLocations().contains(new RegionKey(provider, region))) {
                checks.report(
                        FILE,
                        row.line(),
                        "region",
                        "unknown region '" + region + "' for provider " + provider
                                + " (not in regions.csv or storage_locations.csv)");
            }
            checks.unique(FILE, row, "region", provider + "/" + name + "/" + region);
            Optional<StorageFamily> family = familyOf(row.get("service"), name);
            if (family.isEmpty()) {
                checks.report(
                        FILE,
                        row.line(),
                        "service",
                        "unknown storage family '" + row.get("service") + "' (object, block, file, archive)");
            }
            Optional<BigDecimal> amount = checks.amount(FILE, row, "usd_per_gb_month", true);
            List<String> sources = basis.checkSources(checks, FILE, row, "source_id");
            if (checks.problems().size() > before) {
                continue;
            }
            String asOf = row.get("as_of").isEmpty() ? basis.asOfOf(sources) : row.get("as_of");
            String unit = row.get("note").contains("GiB-month") ? "GiB-month" : "GB-month";
            Price price = new Price(amount.get(), "USD", unit, String.join("; ", sources), asOf, false);
            Draft d = drafts.computeIfAbsent(provider + '\0' + name, k -> new Draft());
            if (d.name == null) {
                d.provider = provider;
                d.name = name;
                d.family = family.get();
                d.service = row.get("service");
            }
            if (region.equals("*")) {
                d.reference = price;
            } else {
                d.prices.put(region, price);
                if (region.equals(basis.referenceRegions().get(provider))) {
                    d.reference = price;
                    d.referenceRegion = region;
                }
            }
        }
        Map<String, Integer> classesPerFamily = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            classesPerFamily.merge(d.provider + '/' + d.family, 1, Integer::sum);
        }
        List<StorageClass> result = new ArrayList<>();
        for (Draft d : drafts.values()) {
            boolean standard = STANDARD.contains(d.provider + '/' + d.name)
                    || classesPerFamily.get(d.provider + '/' + d.family) == 1;
            result.add(new StorageClass(
                    d.provider,
                    d.name,
                    d.family,
                    d.service,
                    standard,
                    d.prices,
                    Optional.ofNullable(d.reference),
                    Optional.ofNullable(d.referenceRegion)));
        }
        return result;
    }

    static Optional<StorageFamily> familyOf(String service, String className) {
        String s = service.toLowerCase(Locale.ROOT);
        String word = s.split("[\\s(]", 2)[0];
        Optional<StorageFamily> family = StorageFamily.fromId(word);
        if (family.isPresent()
                && family.get() == StorageFamily.OBJECT
                && className.toLowerCase(Locale.ROOT).contains("archive")) {
            return Optional.of(StorageFamily.ARCHIVE);
        }
        return family;
    }
}
