package dev.skyloom.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What rows are checked against while loading: known providers, regions, sources and storage locations. */
record LoadBasis(
        Set<String> providers,
        Map<RegionKey, Region> regions,
        Map<String, CatalogSource> sources,
        Set<RegionKey> storageLocations,
        Map<String, String> referenceRegions,
        Set<String> regionIds) {

    LoadBasis(
            Set<String> providers,
            Map<RegionKey, Region> regions,
            Map<String, CatalogSource> sources,
            Set<RegionKey> storageLocations,
            Map<String, String> referenceRegions) {
        this(providers, regions, sources, storageLocations, referenceRegions, idsOf(regions));
    }

    /** Region keys as plain strings: cheaper to hash per row than record keys. */
    private static Set<String> idsOf(Map<RegionKey, Region> regions) {
        Set<String> ids = new HashSet<>();
        for (RegionKey key : regions.keySet()) {
            ids.add(key.provider() + '\0' + key.code());
        }
        return ids;
    }

    /** Reports a provider id not in providers.csv; returns whether it is known. */
    boolean checkProvider(RowChecks checks, String file, CsvTable.Row row, String column) {
        String provider = row.get(column);
        if (provider.isEmpty()) {
            checks.report(file, row.line(), column, "missing value");
            return false;
        }
        if (!providers.contains(provider)) {
            checks.report(file, row.line(), column, "unknown provider '" + provider + "' (not in providers.csv)");
            return false;
        }
        return true;
    }

    boolean isRegion(String provider, String code) {
        return regionIds.contains(provider + '\0' + code);
    }

    /** The source ids of a {@code source_id} cell ("A; B"), each reported when not in sources.csv. */
    List<String> checkSources(RowChecks checks, String file, CsvTable.Row row, String column) {
        List<String> ids = new ArrayList<>();
        for (String part : row.get(column).split(";")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!sources.containsKey(id)) {
                checks.report(file, row.line(), column, "unknown source '" + id + "' (not in sources.csv)");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            checks.report(file, row.line(), column, "missing value");
        }
        return ids;
    }

    /** The as-of date of a row's first source, from sources.csv. */
    String asOfOf(List<String> sourceIds) {
        for (String id : sourceIds) {
            CatalogSource source = sources.get(id);
            if (source != null && !source.asOf().isEmpty()) {
                return source.asOf();
            }
        }
        return "";
    }
}
