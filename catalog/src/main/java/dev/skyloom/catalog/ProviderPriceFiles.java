package dev.skyloom.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads price files a user downloaded from the providers' public price endpoints, offline: Azure Retail
 * Prices API JSON pages, AWS Price List offer files (AmazonEC2, AmazonS3; CSV or JSON) and Google Cloud
 * Billing Catalog SKU JSON. The format is recognised from the contents. Only prices of items and regions
 * the catalog knows are kept; everything else in the file is counted as not matched. A file with any
 * problem is refused whole with {@link PriceListException} (file, line, field).
 */
public final class ProviderPriceFiles {
    /** Larger files are refused before reading (a regional EC2 offer file is a few hundred MB at most). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /**
     * What one file gave: its format, the matched prices, how many price rows matched nothing, and the
     * file's publication date (empty where the format has none).
     */
    public record Read(String file, String format, List<OverlayPrice> prices, int unmatched, String published) {
        public Read {
            prices = List.copyOf(prices);
            published = published == null ? "" : published;
        }

        /** A read of a format that gives only effective dates. */
        public Read(String file, String format, List<OverlayPrice> prices, int unmatched) {
            this(file, format, prices, unmatched, "");
        }
    }

    private ProviderPriceFiles() {}

    public static Read read(Catalog catalog, Path file, LocalDate today) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw refuse(name, 0, "", Files.exists(file) ? "not a regular file" : "file not found");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refuse(name, 0, "", "file larger than " + MAX_BYTES + " bytes");
            }
            return read(catalog, name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8), today);
        } catch (IOException e) {
            throw refuse(name, 0, "", "cannot read file: " + e.getMessage());
        }
    }

    /** Reads a file's text; {@code name} is the file name recorded as the prices' source. */
    public static Read read(Catalog catalog, String name, String text, LocalDate today) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        Read read;
        if (head.startsWith("\"FormatVersion\"") || head.startsWith("FormatVersion")) {
            read = AwsOfferFile.readCsv(catalog, name, text, today);
        } else if (head.startsWith("{") || head.startsWith("[")) {
            String probe = head.substring(0, Math.min(head.length(), 4096));
            if (probe.contains("\"offerCode\"") || probe.contains("\"formatVersion\"")) {
                read = AwsOfferFile.readJson(catalog, name, text, today);
            } else if (probe.contains("\"Items\"") || probe.contains("\"armRegionName\"")) {
                read = AzureRetailPrices.read(catalog, name, text, today);
            } else if (probe.contains("\"skus\"")) {
                read = GcpSkuCatalog.read(catalog, name, text, today);
            } else {
                throw refuse(
                        name,
                        1,
                        "",
                        "not a known price file (expected an Azure Retail Prices page,"
                                + " an AWS offer file or a Google Cloud Billing Catalog SKU list)");
            }
        } else {
            throw refuse(name, 1, "", "not a known price file (neither JSON nor an AWS offer CSV)");
        }
        if (read.prices().isEmpty() && read.unmatched() == 0) {
            throw refuse(name, 0, "", "no prices in file");
        }
        return read;
    }

    static PriceListException refuse(String file, int line, String field, String message) {
        return new PriceListException(List.of(new CatalogProblem(file, line, field, message)));
    }

    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(DecimalText.MAX_LENGTH)
                    .maxStringLength(100_000)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    static PriceListException jsonProblem(String file, JsonParser p, JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String m = String.valueOf(e.getOriginalMessage());
        int cut = m.indexOf('\n');
        m = cut < 0 ? m : m.substring(0, cut);
        if (m.contains("end-of-input")) {
            m = "file ends unexpectedly (truncated?)";
        }
        return refuse(file, at == null ? 0 : Math.max(0, at.getLineNr()), "", "not valid JSON: " + m);
    }

    /** A price from text, checked like a price list's (non-negative, bounded). */
    static BigDecimal amount(String file, int line, String field, String text) {
        List<CatalogProblem> problems = new ArrayList<>();
        var value = new RowChecks(problems).amount(file, line, field, text, true, PriceListImport.MAX_PRICE, 12);
        if (value.isEmpty()) {
            throw new PriceListException(problems);
        }
        return value.get();
    }

    /** A date from an ISO date-time or date ("2020-08-01T00:00:00Z" → 2020-08-01). */
    static String date(String file, int line, String field, String text) {
        String d = text.length() >= 10 ? text.substring(0, 10) : text;
        try {
            return LocalDate.parse(d).toString();
        } catch (RuntimeException e) {
            throw refuse(file, line, field, "not a date: " + DecimalText.quote(text));
        }
    }

    /** An hourly price from a reservation's price for the whole term (8,760 hours a year). */
    static BigDecimal hourlyFromTerm(BigDecimal termPrice, int years) {
        return termPrice
                .divide(BigDecimal.valueOf(8760L * years), 10, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
