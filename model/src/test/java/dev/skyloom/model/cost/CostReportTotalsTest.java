package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The report's sums and totals against their definitions, one line at a time, scales included. */
class CostReportTotalsTest {
    private static CostLine line(String id, String provider, String region, CostCategory category, String monthly) {
        Optional<BigDecimal> amount = Optional.ofNullable(monthly).map(BigDecimal::new);
        return new CostLine(
                id,
                id,
                provider,
                region,
                category,
                "sku",
                BigDecimal.ONE,
                "unit",
                amount,
                "per unit",
                BigDecimal.ONE,
                "",
                amount,
                false,
                "test",
                "",
                "",
                monthly == null ? "no price" : "");
    }

    private static final List<CostLine> LINES = List.of(
            line("a", "aws", "us-east-1", CostCategory.GPU, "1000.25"),
            line("b", "aws", "us-east-1", CostCategory.STORAGE, null),
            line("c", "aws", "eu-west-1", CostCategory.GPU, "7"), // scale 0: sums keep the largest scale
            line("d", "gcp", "europe-west4", CostCategory.TRANSFER, null),
            line("e", "gcp", "europe-west4", CostCategory.GPU, null),
            line("f", "azure", "westeurope", CostCategory.TELEMETRY, "0.10"),
            line("g", "aws", "us-east-1", CostCategory.GPU, "12.5"));

    /** What the report promises: every line of a key added with {@link CostTotal#plus(CostLine)}. */
    private static Map<String, CostTotal> totals(Function<CostLine, String> key) {
        Map<String, CostTotal> expected = new TreeMap<>();
        for (CostLine l : LINES) {
            expected.put(
                    key.apply(l),
                    expected.getOrDefault(key.apply(l), CostTotal.NONE).plus(l));
        }
        return expected;
    }

    /** The priced lines' amounts of each key with a priced line, added from the first amount. */
    private static Map<String, BigDecimal> sums(Function<CostLine, String> key) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (CostLine l : LINES) {
            l.monthly().ifPresent(m -> expected.merge(key.apply(l), m, BigDecimal::add));
        }
        return expected;
    }

    @Test
    void totalsAndSumsByProviderRegionAndCategoryFollowTheirDefinitions() {
        CostReport report = new CostReport("USD", LINES);

        assertEquals(totals(CostLine::provider), report.totalsByProvider());
        assertEquals(totals(CostReport::regionKey), report.totalsByRegion());
        assertEquals(totals(l -> l.category().json()), report.totalsByCategory());
        assertEquals(sums(CostLine::provider), report.byProvider());
        assertEquals(sums(CostReport::regionKey), report.byRegion());
        assertEquals(sums(l -> l.category().json()), report.byCategory());
        CostTotal all = CostTotal.NONE;
        for (CostLine l : LINES) {
            all = all.plus(l);
        }
        assertEquals(all, report.total());
        assertEquals(new BigDecimal("1019.85"), report.monthly());
        assertEquals(List.of("b", "d", "e"), report.unpriced());
    }

    @Test
    void aKeyWithOnlyUnpricedLinesHasATotalButNoSum() {
        CostReport report = new CostReport("USD", LINES);

        assertEquals(
                new CostTotal(new BigDecimal("0.00"), 0, 2),
                report.totalsByProvider().get("gcp"));
        assertEquals(false, report.byProvider().containsKey("gcp"));
        assertEquals(
                new CostTotal(new BigDecimal("1019.75"), 3, 1),
                report.totalsByProvider().get("aws"));
        assertEquals(new BigDecimal("1019.75"), report.byProvider().get("aws"));
    }
}
