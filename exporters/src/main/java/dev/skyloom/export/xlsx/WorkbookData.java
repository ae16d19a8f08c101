package dev.skyloom.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the cost workbook shows, already priced: the cost lines (GPU and storage on "Line items",
 * transfer on "Transfer"), the assumptions the formulas reference, the catalog provenance and the
 * findings. Built from a design, catalog, cost report and findings by {@link WorkbookDataFactory}.
 */
public record WorkbookData(
        String designName,
        String currency,
        String catalogDate,
        List<Source> sources,
        BigDecimal hoursPerMonth,
        BigDecimal reserved1yDiscount,
        BigDecimal reserved3yDiscount,
        List<Line> lines,
        List<Line> transfers,
        List<FindingRow> findings,
        String priceAge,
        List<LatencyRow> latency) {
    /** Without a price-age line and without populations (tests and callers that have neither). */
    public WorkbookData(
            String designName,
            String currency,
            String catalogDate,
            List<Source> sources,
            BigDecimal hoursPerMonth,
            BigDecimal reserved1yDiscount,
            BigDecimal reserved3yDiscount,
            List<Line> lines,
            List<Line> transfers,
            List<FindingRow> findings) {
        this(
                designName,
                currency,
                catalogDate,
                sources,
                hoursPerMonth,
                reserved1yDiscount,
                reserved3yDiscount,
                lines,
                transfers,
                findings,
                "",
                List.of());
    }

    /** Without populations (no Latency sheet). */
    public WorkbookData(
            String designName,
            String currency,
            String catalogDate,
            List<Source> sources,
            BigDecimal hoursPerMonth,
            BigDecimal reserved1yDiscount,
            BigDecimal reserved3yDiscount,
            List<Line> lines,
            List<Line> transfers,
            List<FindingRow> findings,
            String priceAge) {
        this(
                designName,
                currency,
                catalogDate,
                sources,
                hoursPerMonth,
                reserved1yDiscount,
                reserved3yDiscount,
                lines,
                transfers,
                findings,
                priceAge,
                List.of());
    }

    public WorkbookData {
        Objects.requireNonNull(designName, "designName");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(catalogDate, "catalogDate");
        sources = List.copyOf(sources);
        Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        Objects.requireNonNull(reserved1yDiscount, "reserved1yDiscount");
        Objects.requireNonNull(reserved3yDiscount, "reserved3yDiscount");
        lines = List.copyOf(lines);
        transfers = List.copyOf(transfers);
        findings = List.copyOf(findings);
        priceAge = priceAge == null ? "" : priceAge;
        latency = List.copyOf(latency);
    }

    /**
     * Where one population is served from, for the Latency sheet: {@code rttMs} empty when unknown,
     * {@code estimate} for a {@code ~} figure, {@code source} and {@code date} of the round trip.
     */
    public record LatencyRow(
            String population,
            String place,
            String pipeline,
            String pool,
            String region,
            Optional<BigDecimal> rttMs,
            boolean estimate,
            BigDecimal budgetMs,
            String status,
            String source,
            String date) {
        public LatencyRow {
            Objects.requireNonNull(population, "population");
            rttMs = Objects.requireNonNull(rttMs, "rttMs");
            Objects.requireNonNull(budgetMs, "budgetMs");
        }
    }

    /** A catalog source: id, origin, date, licence. */
    public record Source(String id, String origin, String asOf, String licence) {}

    /** Which assumption a line's discount comes from. */
    public enum Discount {
        NONE,
        RESERVED_1Y,
        RESERVED_3Y
    }

    /**
     * One cost line: {@code monthly = ROUND(quantity × listPrice × (1 − discount) × multiplier, 2)}.
     * {@code listPrice} is empty for an unpriced line. {@code hoursFromAssumptions} marks a GPU line whose
     * multiplier is the default hours per month, so the formula references the Assumptions cell.
     */
    public record Line(
            String id,
            String name,
            String provider,
            String region,
            String category,
            String sku,
            String pricing,
            BigDecimal quantity,
            String quantityUnit,
            Optional<BigDecimal> listPrice,
            Discount discount,
            String priceUnit,
            BigDecimal multiplier,
            String multiplierUnit,
            boolean hoursFromAssumptions,
            Optional<BigDecimal> monthly,
            boolean estimate,
            String source,
            String asOf,
            String note) {
        public Line {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(quantity, "quantity");
            listPrice = Objects.requireNonNull(listPrice, "listPrice");
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(multiplier, "multiplier");
            monthly = Objects.requireNonNull(monthly, "monthly");
        }

        public boolean priced() {
            return monthly.isPresent() && listPrice.isPresent();
        }
    }

    /** A check result as the Findings sheet shows it. */
    public record FindingRow(String severity, String check, String code, List<String> subjects, String message) {
        public FindingRow {
            subjects = List.copyOf(subjects);
        }
    }
}
