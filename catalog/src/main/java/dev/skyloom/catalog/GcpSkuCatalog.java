package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Google Cloud Billing Catalog SKU list ({@code GET cloudbilling.googleapis.com/v1/services/
 * 6F81-5844-456A/skus}, Compute Engine): {@code skus[]} with {@code serviceRegions} and {@code
 * pricingInfo[].pricingExpression.tieredRates[].unitPrice{units, nanos}}. Usage types OnDemand,
 * Preemptible, Commit1Yr and Commit3Yr are read; two kinds of offering are priced:
 *
 * <ul>
 *   <li>attachable GPUs ("Nvidia Tesla T4 GPU running in Americas"): per-GPU hourly price × the GPU count
 *       of the catalog's accelerator-only offerings ({@code T4 x2});
 *   <li>the A2 machine types without bundled local SSD (a2-highgpu-*, a2-megagpu-*), which Google bills
 *       as vCPUs × "A2 Instance Core" + GiB × "A2 Instance Ram" + GPUs × "Nvidia Tesla A100 GPU": priced
 *       only where the file has all three parts for the same usage type, region and currency.
 * </ul>
 *
 * Other machine types (a3, g2, ...) are not assembled: their SKU names and bundled parts are not
 * confirmed by a real excerpt. A SKU's {@code serviceRegions} say where Google bills that price, not where
 * the machine is sold, so a price is kept only in regions where the catalog already lists the offering
 * (availability comes from the zone source); the rest count as not matched.
 */
final class GcpSkuCatalog {
    private GcpSkuCatalog() {}

    private static final Pattern GPU = Pattern.compile("Nvidia (?:Tesla )?([A-Z][A-Z0-9]*) GPU");

    /** "Nvidia Tesla A100 GPU running in Americas", "... GPU attached to Spot Preemptible VMs running in ...". */
    private static final Pattern GPU_NAME =
            Pattern.compile("^(?:Spot Preemptible )?(Nvidia .+? GPU)(?: attached to .+?)? running in ");

    /** "A2 Instance Core running in Americas", "Spot Preemptible A2 Instance Ram running in Americas". */
    private static final Pattern MACHINE_PART =
            Pattern.compile("^(?:Spot Preemptible )?([A-Z][A-Z0-9]*) Instance (Core|Ram) running in ");

    /** A machine series priced from parts: instance-type prefix, core/RAM SKU family, GPU SKU name. */
    private record Series(String prefix, String family, String gpu) {}

    private static final List<Series> ASSEMBLED = List.of(
            new Series("a2-highgpu-", "A2", "Nvidia Tesla A100 GPU"),
            new Series("a2-megagpu-", "A2", "Nvidia Tesla A100 GPU"));

    /** One part price of one usage type in one region. */
    private record Part(BigDecimal amount, String currency, String effective) {}

    /**
     * Part prices by "name\0term\0region"; every GPU and part SKU-region read ({@code read}) and those
     * some price used: the difference is what the file had that the catalog could not use.
     */
    private static final class Parts {
        final Map<String, Part> byKey = new LinkedHashMap<>();
        final Set<String> read = new LinkedHashSet<>();
        final Set<String> used = new HashSet<>();

        static String key(String name, String term, String region) {
            return name + '\0' + term + '\0' + region;
        }
    }

    static ProviderPriceFiles.Read read(Catalog catalog, String file, String text, LocalDate today) {
        List<OverlayPrice> prices = new ArrayList<>();
        Parts parts = new Parts();
        try (JsonParser p = ProviderPriceFiles.JSON.createParser(text)) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw ProviderPriceFiles.refuse(file, 1, "", "expected a JSON object with skus");
                }
                boolean found = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals("skus") && v == JsonToken.START_ARRAY) {
                        found = true;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            int line = p.currentTokenLocation().getLineNr();
                            sku(catalog, file, line, ProviderPriceFiles.MAPPER.readTree(p), today, prices, parts);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                if (!found) {
                    throw ProviderPriceFiles.refuse(
                            file, 1, "skus", "no skus array (not a Cloud Billing Catalog SKU list)");
                }
            } catch (JsonProcessingException e) {
                throw ProviderPriceFiles.jsonProblem(file, p, e);
            }
        } catch (IOException e) {
            throw ProviderPriceFiles.refuse(file, 0, "", "cannot read JSON: " + e.getMessage());
        }
        assemble(catalog, file, today, parts, prices);
        int unmatched =
                (int) parts.read.stream().filter(k -> !parts.used.contains(k)).count();
        return new ProviderPriceFiles.Read(file, "Google Cloud Billing Catalog", prices, unmatched);
    }

    private static void sku(
            Catalog catalog,
            String file,
            int line,
            JsonNode sku,
            LocalDate today,
            List<OverlayPrice> prices,
            Parts parts) {
        String description = sku.path("description").asText("");
        JsonNode info = sku.path("pricingInfo");
        if (!info.isArray() || info.isEmpty()) {
            throw ProviderPriceFiles.refuse(file, line, "pricingInfo", "SKU without pricingInfo");
        }
        String kind =
                switch (sku.path("category").path("usageType").asText("")) {
                    case "OnDemand" -> PriceTerm.ON_DEMAND.id();
                    case "Preemptible" -> PriceTerm.SPOT.id();
                    case "Commit1Yr" -> PriceTerm.RESERVED_1Y.id();
                    case "Commit3Yr" -> PriceTerm.RESERVED_3Y.id();
                    default -> null;
                };
        String group = sku.path("category").path("resourceGroup").asText("");
        Matcher gpu = GPU.matcher(description);
        Matcher gpuName = GPU_NAME.matcher(description);
        Matcher part = MACHINE_PART.matcher(description);
        boolean isGpu = group.equals("GPU");
        boolean isPart = part.find() && (group.equals("CPU") || group.equals("RAM"));
        if (kind == null || !(isGpu || isPart)) {
            return;
        }
        // the last pricing info is the current one; its last tier is the rate above any free tier
        JsonNode last = info.get(info.size() - 1);
        JsonNode expression = last.path("pricingExpression");
        JsonNode rates = expression.path("tieredRates");
        if (!rates.isArray() || rates.isEmpty()) {
            throw ProviderPriceFiles.refuse(file, line, "tieredRates", "no tiered rates");
        }
        JsonNode unit = rates.get(rates.size() - 1).path("unitPrice");
        BigDecimal units = ProviderPriceFiles.amount(
                file, line, "units", unit.path("units").asText("0"));
        BigDecimal amount = ProviderPriceFiles.amount(
                        file,
                        line,
                        "unitPrice",
                        units.add(nanos(file, line, unit.path("nanos").asText("0")))
                                .toPlainString())
                .stripTrailingZeros();
        String effective = ProviderPriceFiles.date(
                file, line, "effectiveTime", last.path("effectiveTime").asText(""));
        String currency = unit.path("currencyCode").asText("USD");
        String usageUnit = expression.path("usageUnit").asText("");
        List<String> regions = new ArrayList<>();
        sku.path("serviceRegions").forEach(r -> regions.add(r.asText("")));

        String name =
                isPart ? part.group(1) + " Instance " + part.group(2) : gpuName.find() ? gpuName.group(1) : description;
        // a core or GPU price per hour, a RAM price per GiB-hour: any other unit is not a part we can add up
        boolean addable = usageUnit.equals(isPart && part.group(2).equals("Ram") ? "GiBy.h" : "h");
        for (String region : regions) {
            String key = Parts.key(name, kind, region);
            parts.read.add(key);
            if (addable) {
                parts.byKey.put(key, new Part(amount, currency, effective));
            }
        }
        if (isPart || !gpu.find()) {
            return;
        }
        String family = gpu.group(1);
        for (String region : regions) {
            for (GpuOffering o : catalog.offeringsOf("gcp")) {
                if (o.priceBasis() == PriceBasis.ACCELERATOR_ONLY
                        && o.instanceType().startsWith(family + " x")
                        && o.prices().containsKey(region)) {
                    prices.add(new OverlayPrice(
                            "gcp",
                            o.instanceType(),
                            kind,
                            region,
                            amount.multiply(BigDecimal.valueOf(o.acceleratorCount()))
                                    .stripTrailingZeros(),
                            currency,
                            file,
                            effective,
                            today.toString()));
                    parts.used.add(Parts.key(name, kind, region));
                }
            }
        }
    }

    /** Money's nanos: billionths of the currency unit, 0 to 999,999,999 (2.933908 = 2 units + 933908000). */
    private static BigDecimal nanos(String file, int line, String text) {
        try {
            long n = Long.parseLong(text);
            if (n >= 0 && n < 1_000_000_000L) {
                return BigDecimal.valueOf(n, 9);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProviderPriceFiles.refuse(
                file, line, "nanos", "not a count of nanos (0 to 999999999): " + DecimalText.quote(text));
    }

    /** Machine types priced from their core, RAM and GPU parts, where the file has all three. */
    private static void assemble(
            Catalog catalog, String file, LocalDate today, Parts parts, List<OverlayPrice> prices) {
        for (Series s : ASSEMBLED) {
            for (GpuOffering o : catalog.offeringsOf("gcp")) {
                if (!o.instanceType().startsWith(s.prefix())
                        || o.priceBasis() != PriceBasis.INSTANCE
                        || o.vcpus().isEmpty()
                        || o.ramGib().isEmpty()) {
                    continue;
                }
                for (String region : o.prices().keySet()) {
                    for (PriceTerm term : PriceTerm.values()) {
                        String coreKey = Parts.key(s.family() + " Instance Core", term.id(), region);
                        String ramKey = Parts.key(s.family() + " Instance Ram", term.id(), region);
                        String gpuKey = Parts.key(s.gpu(), term.id(), region);
                        Optional<OverlayPrice> price = machine(
                                o,
                                region,
                                term,
                                parts.byKey.get(coreKey),
                                parts.byKey.get(ramKey),
                                parts.byKey.get(gpuKey),
                                file,
                                today);
                        if (price.isPresent()) {
                            prices.add(price.get());
                            parts.used.addAll(List.of(coreKey, ramKey, gpuKey));
                        }
                    }
                }
            }
        }
    }

    private static Optional<OverlayPrice> machine(
            GpuOffering o, String region, PriceTerm term, Part core, Part ram, Part gpu, String file, LocalDate today) {
        if (core == null || ram == null || gpu == null) {
            return Optional.empty();
        }
        if (!core.currency().equals(ram.currency()) || !core.currency().equals(gpu.currency())) {
            return Optional.empty();
        }
        BigDecimal amount = core.amount()
                .multiply(BigDecimal.valueOf(o.vcpus().getAsDouble()))
                .add(ram.amount().multiply(BigDecimal.valueOf(o.ramGib().getAsDouble())))
                .add(gpu.amount().multiply(BigDecimal.valueOf(o.acceleratorCount())))
                .stripTrailingZeros();
        // the machine's price holds from the latest of its parts' effective dates
        String effective = List.of(core.effective(), ram.effective(), gpu.effective()).stream()
                .max(String::compareTo)
                .orElseThrow();
        return Optional.of(new OverlayPrice(
                "gcp",
                o.instanceType(),
                term.id(),
                region,
                amount,
                core.currency(),
                file,
                effective,
                today.toString()));
    }
}
