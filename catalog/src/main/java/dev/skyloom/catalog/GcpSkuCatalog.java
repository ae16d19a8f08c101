package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Google Cloud Billing Catalog SKU list ({@code GET cloudbilling.googleapis.com/v1/services/
 * 6F81-5844-456A/skus}, Compute Engine): {@code skus[]} with {@code serviceRegions} and {@code
 * pricingInfo[].pricingExpression.tieredRates[].unitPrice{units, nanos}}. Only attachable-GPU SKUs
 * ("Nvidia Tesla T4 GPU running in Americas", usage types OnDemand, Preemptible, Commit1Yr, Commit3Yr)
 * are read: per-GPU hourly prices × the GPU count of the catalog's accelerator-only offerings ({@code
 * T4 x2}) in each region the SKU names. Whole machine types (a3, g2, ...) are priced by Google from CPU,
 * RAM and GPU SKUs together and are not assembled here.
 */
final class GcpSkuCatalog {
    private GcpSkuCatalog() {}

    private static final Pattern GPU = Pattern.compile("Nvidia (?:Tesla )?([A-Z][A-Z0-9]*) GPU");

    static ProviderPriceFiles.Read read(Catalog catalog, String file, String text, LocalDate today) {
        List<OverlayPrice> prices = new ArrayList<>();
        int[] unmatched = {0};
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
                            sku(catalog, file, line, ProviderPriceFiles.MAPPER.readTree(p), today, prices, unmatched);
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
        return new ProviderPriceFiles.Read(file, "Google Cloud Billing Catalog", prices, unmatched[0]);
    }

    private static void sku(
            Catalog catalog,
            String file,
            int line,
            JsonNode sku,
            LocalDate today,
            List<OverlayPrice> prices,
            int[] unmatched) {
        String description = sku.path("description").asText("");
        JsonNode info = sku.path("pricingInfo");
        if (!info.isArray() || info.isEmpty()) {
            throw ProviderPriceFiles.refuse(file, line, "pricingInfo", "SKU without pricingInfo");
        }
        Matcher m = GPU.matcher(description);
        String kind =
                switch (sku.path("category").path("usageType").asText("")) {
                    case "OnDemand" -> PriceTerm.ON_DEMAND.id();
                    case "Preemptible" -> PriceTerm.SPOT.id();
                    case "Commit1Yr" -> PriceTerm.RESERVED_1Y.id();
                    case "Commit3Yr" -> PriceTerm.RESERVED_3Y.id();
                    default -> null;
                };
        if (!sku.path("category").path("resourceGroup").asText("").equals("GPU") || !m.find() || kind == null) {
            return;
        }
        JsonNode last = info.get(info.size() - 1);
        JsonNode rates = last.path("pricingExpression").path("tieredRates");
        if (!rates.isArray() || rates.isEmpty()) {
            throw ProviderPriceFiles.refuse(file, line, "tieredRates", "no tiered rates");
        }
        JsonNode unit = rates.get(rates.size() - 1).path("unitPrice");
        BigDecimal units = ProviderPriceFiles.amount(
                file, line, "units", unit.path("units").asText("0"));
        BigDecimal nanos = ProviderPriceFiles.amount(
                file, line, "nanos", unit.path("nanos").asText("0"));
        BigDecimal perGpu = units.add(nanos.movePointLeft(9)).stripTrailingZeros();
        String effective = ProviderPriceFiles.date(
                file, line, "effectiveTime", last.path("effectiveTime").asText(""));
        String currency = unit.path("currencyCode").asText("USD");
        String family = m.group(1);
        for (JsonNode r : sku.path("serviceRegions")) {
            String region = r.asText("");
            boolean any = false;
            for (GpuOffering o : catalog.offeringsOf("gcp")) {
                if (o.priceBasis() == PriceBasis.ACCELERATOR_ONLY
                        && o.instanceType().startsWith(family + " x")
                        && catalog.region("gcp", region).isPresent()) {
                    BigDecimal amount = perGpu.multiply(BigDecimal.valueOf(o.acceleratorCount()))
                            .stripTrailingZeros();
                    prices.add(new OverlayPrice(
                            "gcp",
                            o.instanceType(),
                            kind,
                            region,
                            amount,
                            currency,
                            file,
                            effective,
                            today.toString()));
                    any = true;
                }
            }
            if (!any) {
                unmatched[0]++;
            }
        }
    }
}
