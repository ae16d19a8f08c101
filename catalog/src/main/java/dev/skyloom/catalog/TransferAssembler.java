package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns network_prices.csv rows into tiered transfer rates, one per (provider, type, from scope, to
 * scope). How a scope maps to regions:
 *
 * <ul>
 *   <li>a region code of the provider (GCP egress by source region): that region;
 *   <li>a scope naming a reference ("us-east-1 (reference)", "Zone 1 (e.g. eastus, reference)"): every
 *       region, {@code reference = true}, so callers show it as an estimate;
 *   <li>a geographic scope ("North America, Europe, UK", "US/EU regions (typical)"): the provider's
 *       regions whose country lies there (see {@link Geography}); regions elsewhere get no rate;
 *   <li>anything else ("all regions", "any AZ", "internet"): every region.
 * </ul>
 *
 * A geographic rate whose tiers start above 0 (OCI: first 10 TB free "all regions", then a rate per
 * origin zone) gets the provider-wide lower tiers prepended, and the provider-wide partial rate is then
 * dropped so no region is priced by the free tier alone. {@code cross_provider} rows carry no price and
 * become {@link CrossProviderRule}s.
 */
final class TransferAssembler {
    static final String FILE = "network_prices.csv";
    static final List<String> COLUMNS = List.of(
            "provider",
            "transfer_type",
            "from_scope",
            "to_scope",
            "tier_start_gb",
            "tier_end_gb",
            "usd_per_gb",
            "source_id",
            "as_of",
            "note");

    private static final Pattern REGION_CODE = Pattern.compile("[a-z]+(-[a-z0-9]+)+");

    private static final class Draft {
        String provider;
        TransferType type;
        String from;
        String to;
        List<String> regions = List.of();
        boolean reference;
        boolean geographic;
        final List<EgressTier> tiers = new ArrayList<>();
        String source;
        String asOf;
        String note;
    }

    /** Rates and rules read from the file. */
    record Result(List<TransferRate> rates, List<CrossProviderRule> rules) {}

    private TransferAssembler() {}

    static Result assemble(CsvTable table, LoadBasis basis, RowChecks checks) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<CrossProviderRule> rules = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = checks.problems().size();
            boolean known = basis.checkProvider(checks, FILE, row, "provider");
            String provider = row.get("provider");
            String typeText = checks.text(FILE, row, "transfer_type");
            String from = row.get("from_scope");
            String to = row.get("to_scope");
            List<String> sources = basis.checkSources(checks, FILE, row, "source_id");
            if (typeText.equals("cross_provider")) {
                if (!row.get("usd_per_gb").isEmpty()) {
                    checks.report(
                            FILE, row.line(), "usd_per_gb", "cross_provider rows carry no price (see SOURCES.md)");
                }
                if (checks.problems().size() == before) {
                    rules.add(new CrossProviderRule(provider, from, to, String.join("; ", sources), row.get("note")));
                }
                continue;
            }
            Optional<TransferType> type = typeOf(typeText);
            if (type.isEmpty() && !typeText.isEmpty()) {
                checks.report(
                        FILE,
                        row.line(),
                        "transfer_type",
                        "unknown transfer type '" + typeText
                                + "' (internet_egress, inter_region, inter_az, ingress, object_storage_egress, cross_provider)");
            }
            if (known && looksLikeRegionCode(from) && !basis.isRegion(provider, from)) {
                checks.report(
                        FILE,
                        row.line(),
                        "from_scope",
                        "unknown region '" + from + "' for provider " + provider + " (not in regions.csv)");
            }
            checks.unique(
                    FILE,
                    row,
                    "tier_start_gb",
                    String.join("/", provider, typeText, from, to, row.get("tier_start_gb")));
            Optional<BigDecimal> start = checks.amount(FILE, row, "tier_start_gb", false);
            Optional<BigDecimal> end = checks.amount(FILE, row, "tier_end_gb", false);
            Optional<BigDecimal> rate = checks.amount(FILE, row, "usd_per_gb", true);
            if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) <= 0) {
                checks.report(FILE, row.line(), "tier_end_gb", "tier ends at or before its start");
            }
            if (checks.problems().size() > before) {
                continue;
            }
            Draft d = drafts.computeIfAbsent(String.join("\0", provider, typeText, from, to), k -> {
                Draft n = new Draft();
                n.provider = provider;
                n.type = type.get();
                n.from = from;
                n.to = to;
                n.source = String.join("; ", sources);
                n.asOf = row.get("as_of").isEmpty() ? basis.asOfOf(sources) : row.get("as_of");
                n.note = row.get("note");
                scope(n, basis);
                return n;
            });
            d.tiers.add(new EgressTier(start.orElse(BigDecimal.ZERO), end, rate.get()));
        }
        return new Result(finish(new ArrayList<>(drafts.values())), rules);
    }

    private static void scope(Draft d, LoadBasis basis) {
        if (basis.isRegion(d.provider, d.from)) {
            d.regions = List.of(d.from);
            return;
        }
        if (d.from.toLowerCase(Locale.ROOT).contains("reference")) {
            d.reference = true;
            return;
        }
        Set<String> selectors = Geography.selectorsOf(d.from);
        if (!selectors.isEmpty()) {
            d.geographic = true;
            List<String> regions = new ArrayList<>();
            for (Region region : basis.regions().values()) {
                if (region.provider().equals(d.provider) && Geography.matches(selectors, region)) {
                    regions.add(region.code());
                }
            }
            d.regions = regions;
        }
    }

    private static List<TransferRate> finish(List<Draft> drafts) {
        List<Draft> dropped = new ArrayList<>();
        for (Draft d : drafts) {
            d.tiers.sort(Comparator.comparing(EgressTier::startGb));
            if (!d.geographic || d.tiers.get(0).startGb().signum() == 0) {
                continue;
            }
            for (Draft wide : drafts) {
                if (wide != d
                        && !wide.geographic
                        && wide.regions.isEmpty()
                        && !wide.reference
                        && wide.provider.equals(d.provider)
                        && wide.type == d.type
                        && wide.to.equals(d.to)) {
                    List<EgressTier> lower = new ArrayList<>();
                    for (EgressTier t : wide.tiers) {
                        if (t.startGb().compareTo(d.tiers.get(0).startGb()) < 0) {
                            lower.add(t);
                        }
                    }
                    d.tiers.addAll(0, lower);
                    d.note = d.note + "; lower tiers from '" + wide.from + "' (" + wide.source + ")";
                    dropped.add(wide);
                }
            }
        }
        List<TransferRate> rates = new ArrayList<>();
        for (Draft d : drafts) {
            if (dropped.contains(d)) {
                continue;
            }
            rates.add(new TransferRate(
                    d.provider, d.type, d.from, d.to, d.regions, d.reference, d.tiers, d.source, d.asOf, d.note));
        }
        // Rates for the whole world before rates to particular destinations (GCP China, Australia).
        rates.sort(Comparator.comparing((TransferRate r) -> r.toScope().contains("worldwide") ? 0 : 1));
        return rates;
    }

    private static boolean looksLikeRegionCode(String scope) {
        return REGION_CODE.matcher(scope).matches();
    }

    private static Optional<TransferType> typeOf(String text) {
        switch (text) {
            case "internet_egress":
                return Optional.of(TransferType.INTERNET_EGRESS);
            case "inter_region":
                return Optional.of(TransferType.INTER_REGION);
            case "inter_az":
                return Optional.of(TransferType.INTER_ZONE);
            case "ingress":
                return Optional.of(TransferType.INGRESS);
            case "object_storage_egress":
                return Optional.of(TransferType.OBJECT_STORAGE_EGRESS);
            default:
                return Optional.empty();
        }
    }
}
