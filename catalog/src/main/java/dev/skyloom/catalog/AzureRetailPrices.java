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

/**
 * An Azure Retail Prices API page ({@code https://prices.azure.com/api/retail/prices?...}): an object
 * with {@code Items}, or the items array alone as Microsoft's documentation shows it. Virtual-machine
 * rows of a catalog offering in a catalog region become prices: {@code Consumption} rows on-demand (or
 * spot when the meter ends in "Spot"; Windows products and Low Priority meters are skipped),
 * {@code Reservation} rows reserved-1y/-3y. A reservation row's {@code retailPrice} is the price of the
 * whole term, so the hourly price is it ÷ 8,760 hours per year (Microsoft's own year).
 */
final class AzureRetailPrices {
    private AzureRetailPrices() {}

    static ProviderPriceFiles.Read read(Catalog catalog, String file, String text, LocalDate today) {
        List<OverlayPrice> prices = new ArrayList<>();
        int[] unmatched = {0};
        try (JsonParser p = ProviderPriceFiles.JSON.createParser(text)) {
            try {
                JsonToken t = p.nextToken();
                boolean found = false;
                if (t == JsonToken.START_ARRAY) {
                    items(catalog, file, p, today, prices, unmatched);
                    found = true;
                } else if (t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken v = p.nextToken();
                        if (name.equals("Items") && v == JsonToken.START_ARRAY) {
                            items(catalog, file, p, today, prices, unmatched);
                            found = true;
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                if (!found) {
                    throw ProviderPriceFiles.refuse(
                            file, 1, "Items", "no Items array (not an Azure Retail Prices page)");
                }
                if (p.nextToken() != null) {
                    throw ProviderPriceFiles.refuse(
                            file,
                            p.currentTokenLocation().getLineNr(),
                            "",
                            "content after the end of the JSON document");
                }
            } catch (JsonProcessingException e) {
                throw ProviderPriceFiles.jsonProblem(file, p, e);
            }
        } catch (IOException e) {
            throw ProviderPriceFiles.refuse(file, 0, "", "cannot read JSON: " + e.getMessage());
        }
        return new ProviderPriceFiles.Read(file, "Azure Retail Prices", prices, unmatched[0]);
    }

    private static void items(
            Catalog catalog, String file, JsonParser p, LocalDate today, List<OverlayPrice> prices, int[] unmatched)
            throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int line = p.currentTokenLocation().getLineNr();
            JsonNode item = ProviderPriceFiles.MAPPER.readTree(p);
            OverlayPrice price = item(catalog, file, line, item, today);
            if (price != null) {
                prices.add(price);
            } else if (isVmPrice(item)) {
                unmatched[0]++;
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw ProviderPriceFiles.refuse(
                    file, p.currentTokenLocation().getLineNr(), "Items", "expected an object per price item");
        }
    }

    private static boolean isVmPrice(JsonNode item) {
        return item.path("serviceName").asText().equals("Virtual Machines");
    }

    /** The price an item gives, or null when it is not a Linux VM price of a catalog offering and region. */
    private static OverlayPrice item(Catalog catalog, String file, int line, JsonNode item, LocalDate today) {
        String sku = text(file, line, item, "armSkuName");
        String region = text(file, line, item, "armRegionName");
        String type = text(file, line, item, "type");
        JsonNode retail = item.get("retailPrice");
        if (retail == null || !retail.isNumber()) {
            throw ProviderPriceFiles.refuse(file, line, "retailPrice", "missing or not a number");
        }
        BigDecimal amount = ProviderPriceFiles.amount(
                file, line, "retailPrice", retail.decimalValue().toPlainString());
        String effective =
                ProviderPriceFiles.date(file, line, "effectiveStartDate", text(file, line, item, "effectiveStartDate"));
        String currency = item.path("currencyCode").asText("USD");
        if (!isVmPrice(item)
                || catalog.offering("azure", sku).isEmpty()
                || catalog.region("azure", region).isEmpty()) {
            return null;
        }
        String meter =
                item.path("meterName").asText("") + " " + item.path("skuName").asText("");
        if (item.path("productName").asText("").endsWith("Windows") || meter.contains("Low Priority")) {
            return null;
        }
        String kind;
        if (type.equals("Consumption")) {
            if (!item.path("unitOfMeasure").asText("").equals("1 Hour")) {
                return null;
            }
            kind = item.path("meterName").asText("").endsWith("Spot") ? PriceTerm.SPOT.id() : PriceTerm.ON_DEMAND.id();
        } else if (type.equals("Reservation")) {
            String term = text(file, line, item, "reservationTerm");
            int years;
            if (term.equals("1 Year")) {
                years = 1;
            } else if (term.equals("3 Years")) {
                years = 3;
            } else {
                throw ProviderPriceFiles.refuse(
                        file, line, "reservationTerm", "unknown term '" + term + "' (1 Year, 3 Years)");
            }
            kind = years == 1 ? PriceTerm.RESERVED_1Y.id() : PriceTerm.RESERVED_3Y.id();
            amount = ProviderPriceFiles.hourlyFromTerm(amount, years);
        } else {
            return null; // DevTestConsumption and other price types are not list prices for everyone
        }
        return new OverlayPrice("azure", sku, kind, region, amount, currency, file, effective, today.toString());
    }

    private static String text(String file, int line, JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw ProviderPriceFiles.refuse(file, line, field, "missing or not text");
        }
        return v.asText().strip();
    }
}
