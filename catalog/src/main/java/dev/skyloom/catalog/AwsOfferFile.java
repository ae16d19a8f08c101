package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An AWS Price List offer file (AmazonEC2, AmazonS3) in JSON ({@code products} + {@code terms}) or CSV
 * (five metadata rows, then one row per price). Kept: Linux, shared-tenancy, no pre-installed software
 * instance-hour prices of catalog offerings in catalog regions ({@code regionCode}) — OnDemand, and
 * Reserved terms of the standard offering class with No Upfront (an hourly price with nothing paid
 * ahead), 1yr and 3yr; and the GB-month price of the storage classes the catalog names (EBS gp3/io2 by
 * {@code volumeApiName}; S3 Standard, Standard-IA, Glacier Instant Retrieval and Deep Archive; the first
 * volume tier). Products without a region code are not matched (regions are never guessed from names).
 */
final class AwsOfferFile {
    private AwsOfferFile() {}

    /** A product: where it is and what the catalog calls it ({@code kind} storage or instance). */
    private record Product(String sku, String catalogSku, String region, boolean storage) {}

    private static final Map<String, String> S3_CLASSES = Map.of(
            "Standard", "S3 Standard",
            "Standard - Infrequent Access", "S3 Infrequent Access",
            "Glacier Instant Retrieval", "S3 Glacier Instant",
            "Glacier Deep Archive", "S3 Glacier Deep Archive");

    private static final Map<String, String> EBS_CLASSES = Map.of("gp3", "EBS gp3", "io2", "EBS io2");

    /** The catalog item of a product, or null when the catalog prices no such thing. */
    private static Product product(Catalog catalog, String sku, String family, Map<String, String> a) {
        String region = a.getOrDefault("regionCode", "");
        if (region.isEmpty() || catalog.region("aws", region).isEmpty()) {
            return null;
        }
        if (family.startsWith("Compute Instance")) {
            String type = a.getOrDefault("instanceType", "");
            boolean plain = a.getOrDefault("operatingSystem", "").equals("Linux")
                    && a.getOrDefault("tenancy", "").equals("Shared")
                    && a.getOrDefault("preInstalledSw", "NA").equals("NA")
                    && a.getOrDefault("capacitystatus", "Used").equals("Used")
                    && a.getOrDefault("licenseModel", "No License required").equals("No License required");
            return plain && catalog.offering("aws", type).isPresent() ? new Product(sku, type, region, false) : null;
        }
        String name = null;
        if (a.containsKey("volumeApiName")) {
            name = EBS_CLASSES.get(a.get("volumeApiName"));
        } else if (a.getOrDefault("servicecode", "").equals("AmazonS3") && family.equals("Storage")) {
            name = S3_CLASSES.get(a.getOrDefault("volumeType", ""));
        }
        String className = name;
        boolean known = className != null
                && catalog.storageClassesOf("aws").stream()
                        .anyMatch(s -> s.name().equals(className));
        return known ? new Product(sku, className, region, true) : null;
    }

    /** The catalog price kind of a term, or null for terms the catalog does not model. */
    private static String kind(String termType, String lease, String offeringClass, String purchase) {
        if (termType.equals("OnDemand")) {
            return PriceTerm.ON_DEMAND.id();
        }
        if (termType.equals("Reserved") && offeringClass.equals("standard") && purchase.equals("No Upfront")) {
            return lease.equals("1yr")
                    ? PriceTerm.RESERVED_1Y.id()
                    : lease.equals("3yr") ? PriceTerm.RESERVED_3Y.id() : null;
        }
        return null;
    }

    private static OverlayPrice price(
            Product product,
            String kind,
            String unit,
            String beginRange,
            BigDecimal amount,
            String currency,
            String file,
            String effective,
            LocalDate today) {
        if (product.storage()) {
            if (!kind.equals(PriceTerm.ON_DEMAND.id())
                    || !unit.equals("GB-Mo")
                    || !(beginRange.isEmpty() || beginRange.equals("0"))) {
                return null;
            }
            kind = OverlayPrice.STORAGE;
        } else if (!unit.equals("Hrs")) {
            return null;
        }
        return new OverlayPrice(
                "aws",
                product.catalogSku(),
                kind,
                product.region(),
                amount,
                currency,
                file,
                effective,
                today.toString());
    }

    // ---- JSON ----

    static ProviderPriceFiles.Read readJson(Catalog catalog, String file, String text, LocalDate today) {
        Map<String, Product> products = new HashMap<>();
        List<OverlayPrice> prices = new ArrayList<>();
        int[] unmatched = {0};
        boolean sawProducts = false;
        String published = "";
        try (JsonParser p = ProviderPriceFiles.JSON.createParser(text)) {
            try {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw ProviderPriceFiles.refuse(file, 1, "", "expected a JSON object (an AWS offer file)");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (name.equals("publicationDate") && v == JsonToken.VALUE_STRING) {
                        published = ProviderPriceFiles.date(
                                file, p.currentTokenLocation().getLineNr(), "publicationDate", p.getText());
                    } else if (name.equals("products") && v == JsonToken.START_OBJECT) {
                        sawProducts = true;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            p.nextToken();
                            int line = p.currentTokenLocation().getLineNr();
                            JsonNode node = ProviderPriceFiles.MAPPER.readTree(p);
                            String sku = node.path("sku").asText("");
                            if (sku.isEmpty()) {
                                throw ProviderPriceFiles.refuse(file, line, "sku", "product without a sku");
                            }
                            Map<String, String> attributes = new HashMap<>();
                            node.path("attributes")
                                    .fields()
                                    .forEachRemaining(e -> attributes.put(
                                            e.getKey(), e.getValue().asText()));
                            Product product = product(
                                    catalog, sku, node.path("productFamily").asText(""), attributes);
                            if (product != null) {
                                products.put(sku, product);
                            }
                        }
                    } else if (name.equals("terms") && v == JsonToken.START_OBJECT) {
                        if (!sawProducts) {
                            throw ProviderPriceFiles.refuse(
                                    file, p.currentTokenLocation().getLineNr(), "terms", "terms before products");
                        }
                        terms(file, p, products, prices, unmatched, today);
                    } else {
                        p.skipChildren();
                    }
                }
                if (!sawProducts) {
                    throw ProviderPriceFiles.refuse(file, 1, "products", "no products (not an AWS offer file)");
                }
            } catch (JsonProcessingException e) {
                throw ProviderPriceFiles.jsonProblem(file, p, e);
            }
        } catch (IOException e) {
            throw ProviderPriceFiles.refuse(file, 0, "", "cannot read JSON: " + e.getMessage());
        }
        return published(new ProviderPriceFiles.Read(file, "AWS offer file (JSON)", prices, unmatched[0]), published);
    }

    /** The read with every price stamped with the file's publication date (the file's capture date). */
    private static ProviderPriceFiles.Read published(ProviderPriceFiles.Read read, String date) {
        if (date.isEmpty()) {
            return read;
        }
        return new ProviderPriceFiles.Read(
                read.file(),
                read.format(),
                read.prices().stream().map(p -> p.withPublished(date)).toList(),
                read.unmatched(),
                date);
    }

    private static void terms(
            String file,
            JsonParser p,
            Map<String, Product> products,
            List<OverlayPrice> prices,
            int[] unmatched,
            LocalDate today)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                int line = p.currentTokenLocation().getLineNr();
                Product product = products.get(sku);
                if (product == null) {
                    p.skipChildren();
                    unmatched[0]++;
                    continue;
                }
                JsonNode offers = ProviderPriceFiles.MAPPER.readTree(p);
                for (Iterator<JsonNode> it = offers.elements(); it.hasNext(); ) {
                    JsonNode offer = it.next();
                    JsonNode ta = offer.path("termAttributes");
                    String kind = kind(
                            termType,
                            ta.path("LeaseContractLength").asText(""),
                            ta.path("OfferingClass").asText(""),
                            ta.path("PurchaseOption").asText(""));
                    if (kind == null) {
                        continue;
                    }
                    String effective = ProviderPriceFiles.date(
                            file,
                            line,
                            "effectiveDate",
                            offer.path("effectiveDate").asText(""));
                    for (Iterator<JsonNode> dims = offer.path("priceDimensions").elements(); dims.hasNext(); ) {
                        JsonNode d = dims.next();
                        Iterator<Map.Entry<String, JsonNode>> money =
                                d.path("pricePerUnit").fields();
                        if (!money.hasNext()) {
                            throw ProviderPriceFiles.refuse(
                                    file, line, "pricePerUnit", "price dimension without a price");
                        }
                        Map.Entry<String, JsonNode> m = money.next();
                        BigDecimal amount = ProviderPriceFiles.amount(
                                file, line, "pricePerUnit", m.getValue().asText(""));
                        OverlayPrice price = price(
                                product,
                                kind,
                                d.path("unit").asText(""),
                                d.path("beginRange").asText(""),
                                amount,
                                m.getKey(),
                                file,
                                effective,
                                today);
                        if (price != null) {
                            prices.add(price);
                        }
                    }
                }
            }
        }
    }

    // ---- CSV ----

    private static final Map<String, String> CSV_ATTRIBUTES = Map.of(
            "Instance Type", "instanceType",
            "Operating System", "operatingSystem",
            "Tenancy", "tenancy",
            "Pre Installed S/W", "preInstalledSw",
            "CapacityStatus", "capacitystatus",
            "Region Code", "regionCode",
            "License Model", "licenseModel",
            "Volume API Name", "volumeApiName",
            "Volume Type", "volumeType",
            "serviceCode", "servicecode");

    static ProviderPriceFiles.Read readCsv(Catalog catalog, String file, String text, LocalDate today) {
        // five metadata rows ("FormatVersion", "Disclaimer", "Publication Date", "Version", "OfferCode")
        int start = 0;
        String published = "";
        for (int i = 0; i < 5; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                throw ProviderPriceFiles.refuse(file, i + 1, "", "file ends inside the five metadata rows");
            }
            String row = text.substring(start, next).strip();
            String label = "\"Publication Date\",";
            if (row.startsWith(label)) {
                published = ProviderPriceFiles.date(
                        file,
                        i + 1,
                        "Publication Date",
                        row.substring(label.length()).replace("\"", ""));
            }
            start = next + 1;
        }
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(
                file, text.substring(start), List.of("SKU", "TermType", "Unit", "PricePerUnit", "Currency"), problems);
        if (!problems.isEmpty()) {
            CatalogProblem first = problems.get(0);
            throw ProviderPriceFiles.refuse(
                    file, first.line() > 0 ? first.line() + 5 : 0, first.column(), first.message());
        }
        if (!table.header().contains("Region Code")) {
            // older offer files (e.g. 2017's) name regions only by Location; counting their rows as "not
            // in the catalog" would hide that nothing in the file can ever match
            throw ProviderPriceFiles.refuse(
                    file,
                    6,
                    "Region Code",
                    "missing column: regions are matched by Region Code only, never guessed from the Location"
                            + " name (an older offer file? download the current one)");
        }
        List<OverlayPrice> prices = new ArrayList<>();
        int unmatched = 0;
        for (CsvTable.Row row : table.rows()) {
            int line = row.line() + 5;
            Map<String, String> attributes = new HashMap<>();
            CSV_ATTRIBUTES.forEach((column, attribute) -> {
                if (!row.get(column).isEmpty()) {
                    attributes.put(attribute, row.get(column));
                }
            });
            BigDecimal amount = ProviderPriceFiles.amount(file, line, "PricePerUnit", row.get("PricePerUnit"));
            Product product = product(catalog, row.get("SKU"), row.get("Product Family"), attributes);
            String kind = kind(
                    row.get("TermType"),
                    row.get("LeaseContractLength"),
                    row.get("OfferingClass"),
                    row.get("PurchaseOption"));
            if (product == null || kind == null) {
                unmatched++;
                continue;
            }
            String effective = ProviderPriceFiles.date(file, line, "EffectiveDate", row.get("EffectiveDate"));
            OverlayPrice price = price(
                    product,
                    kind,
                    row.get("Unit"),
                    row.get("StartingRange"),
                    amount,
                    row.get("Currency"),
                    file,
                    effective,
                    today);
            if (price != null) {
                prices.add(price);
            }
        }
        return published(new ProviderPriceFiles.Read(file, "AWS offer file (CSV)", prices, unmatched), published);
    }
}
