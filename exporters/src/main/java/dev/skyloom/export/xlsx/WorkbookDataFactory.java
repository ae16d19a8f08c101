package dev.skyloom.export.xlsx;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.cost.CostCategory;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.cost.PriceAge;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a cost report into workbook rows. A reserved pool's unit price is split back into the
 * on-demand list price and the discount assumption, and a pool running the default hours references
 * the hours assumption, but only when the formula then reproduces the engine's amount to the cent;
 * otherwise the line keeps the engine's unit price as a plain input.
 */
public final class WorkbookDataFactory {
    private WorkbookDataFactory() {}

    public static WorkbookData create(Design design, Catalog catalog, CostReport report, List<Finding> findings) {
        List<WorkbookData.Line> lines = new ArrayList<>();
        List<WorkbookData.Line> transfers = new ArrayList<>();
        for (CostLine l : report.lines()) {
            if (l.category() == CostCategory.TRANSFER) {
                transfers.add(line(design, l));
            } else {
                lines.add(line(design, l));
            }
        }
        List<WorkbookData.Source> sources = new ArrayList<>();
        for (CatalogSource s : catalog.sources()) {
            sources.add(new WorkbookData.Source(s.id(), s.origin(), s.asOf(), s.licence()));
        }
        List<WorkbookData.FindingRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new WorkbookData.FindingRow(f.severity().json(), f.check(), f.code(), f.subjects(), f.message()));
        }
        return new WorkbookData(
                design.name(),
                report.currency(),
                catalog.snapshotDate().toString(),
                sources,
                Component.GpuPool.DEFAULT_HOURS,
                design.assumptions().reserved1yDiscount(),
                design.assumptions().reserved3yDiscount(),
                lines,
                transfers,
                rows,
                ageText(catalog, report),
                latency(design, catalog));
    }

    /** One row per population: where it is served from now (the latency check's analysis). */
    static List<WorkbookData.LatencyRow> latency(Design design, Catalog catalog) {
        if (design.componentsOf(Component.Users.class).isEmpty()) {
            return List.of();
        }
        Places places = Places.bundled();
        ReachAnalysis reach = new ReachAnalysis(DesignGraph.of(design), catalog, Latencies.standard(), places);
        List<WorkbookData.LatencyRow> rows = new ArrayList<>();
        for (Serving s : reach.now()) {
            Component.Users u = design.component(s.population())
                    .filter(Component.Users.class::isInstance)
                    .map(Component.Users.class::cast)
                    .orElseThrow(() -> new IllegalStateException(s.population() + " is not a users component"));
            rows.add(new WorkbookData.LatencyRow(
                    s.population(),
                    places.describe(u),
                    s.pipeline(),
                    s.pool(),
                    s.region(),
                    s.rtt().map(r -> BigDecimal.valueOf(r.roundedMs())),
                    s.rtt().map(RoundTrip::estimate).orElse(false),
                    s.budgetMs(),
                    switch (s.status()) {
                        case WITHIN_BUDGET -> "within budget";
                        case OVER_BUDGET -> "over budget";
                        case UNSERVED -> "not served";
                        case UNKNOWN -> "unknown";
                    },
                    s.rtt().map(RoundTrip::source).orElse(""),
                    s.rtt().map(RoundTrip::date).orElse("")));
        }
        return rows;
    }

    /** "oldest price used 2026-01-21 (315 days)" and, past 90 days, the quiet warning. */
    private static String ageText(Catalog catalog, CostReport report) {
        PriceAge age = PriceAge.of(catalog.snapshotDate(), report, java.time.LocalDate.now());
        return age.oldestPrice()
                        .map(d -> "Oldest catalog price used: " + d + " ("
                                + Counted.of(age.oldestAgeDays().orElseThrow(), "day") + ").")
                        .orElse("")
                + age.warning().map(w -> " " + w + ".").orElse("");
    }

    private static WorkbookData.Line line(Design design, CostLine l) {
        Optional<Component> c = design.component(l.id());
        String pricing = "";
        WorkbookData.Discount discount = WorkbookData.Discount.NONE;
        BigDecimal rate = BigDecimal.ZERO;
        boolean hours = false;
        if (c.isPresent() && c.get() instanceof Component.GpuPool pool) {
            pricing = pool.pricing().json();
            hours = pool.hoursPerMonth().compareTo(Component.GpuPool.DEFAULT_HOURS) == 0;
            if (dev.skyloom.model.cost.CostEngine.isReservationPrice(l)) {
                // a provider's reservation price: the line stays count × that price × hours
            } else if (pool.unitPrice().isEmpty() && pool.pricing() == Pricing.RESERVED_1Y) {
                discount = WorkbookData.Discount.RESERVED_1Y;
                rate = design.assumptions().reserved1yDiscount();
            } else if (pool.unitPrice().isEmpty() && pool.pricing() == Pricing.RESERVED_3Y) {
                discount = WorkbookData.Discount.RESERVED_3Y;
                rate = design.assumptions().reserved3yDiscount();
            }
        }
        Optional<BigDecimal> list = l.unitPrice();
        if (l.unitPrice().isPresent() && discount != WorkbookData.Discount.NONE) {
            BigDecimal unit = l.unitPrice().get();
            BigDecimal factor = BigDecimal.ONE.subtract(rate);
            BigDecimal onDemand = factor.signum() == 0
                    ? unit
                    : unit.divide(factor, MathContext.DECIMAL128).stripTrailingZeros();
            boolean exact = onDemand.multiply(factor).compareTo(unit) == 0
                    && reproduces(
                            l, l.quantity().multiply(onDemand.multiply(factor)).multiply(l.multiplier()));
            if (exact) {
                list = Optional.of(onDemand);
            } else {
                discount = WorkbookData.Discount.NONE;
            }
        }
        return new WorkbookData.Line(
                l.id(),
                l.name(),
                l.provider(),
                l.region(),
                l.category().json(),
                l.sku(),
                pricing,
                l.quantity(),
                l.quantityUnit(),
                l.monthly().isPresent() ? list : Optional.empty(),
                discount,
                l.unitPriceUnit(),
                l.multiplier(),
                l.multiplierUnit(),
                hours,
                l.monthly(),
                l.estimate(),
                l.priceSource(),
                l.asOf(),
                l.note());
    }

    private static boolean reproduces(CostLine l, BigDecimal unrounded) {
        return l.monthly().isPresent()
                && unrounded
                                .setScale(2, RoundingMode.HALF_UP)
                                .compareTo(l.monthly().get())
                        == 0;
    }
}
