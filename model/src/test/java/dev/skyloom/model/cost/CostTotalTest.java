package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A total never counts an unpriced line as 0: "unpriced (N lines)", or the priced sum plus the count. */
class CostTotalTest {
    private static CostLine line(String id, String provider, CostCategory category, String monthly) {
        Optional<BigDecimal> m = Optional.ofNullable(monthly).map(BigDecimal::new);
        return new CostLine(
                id,
                id,
                provider,
                "r1",
                category,
                "sku",
                BigDecimal.ONE,
                "",
                m,
                "",
                BigDecimal.ONE,
                "",
                m,
                false,
                "",
                "",
                "",
                monthly == null ? "unpriced: price on request" : "");
    }

    @Test
    void textSaysUnpricedPartialOrComplete() {
        CostTotal none = CostTotal.NONE
                .plus(line("a", "aws", CostCategory.GPU, null))
                .plus(line("b", "aws", CostCategory.GPU, null));
        assertTrue(none.isUnpriced());
        assertEquals(Optional.empty(), none.monthly());
        assertEquals(Optional.empty(), none.annual());
        assertEquals("unpriced (2 lines)", none.text(BigDecimal::toPlainString));
        assertEquals("unpriced (2 lines)", none.annualText(BigDecimal::toPlainString));

        CostTotal some = none.plus(line("c", "aws", CostCategory.GPU, "10.50"));
        assertFalse(some.isUnpriced());
        assertFalse(some.isComplete());
        assertEquals("10.50 + 2 unpriced lines", some.text(BigDecimal::toPlainString));
        assertEquals("126.00 + 2 unpriced lines", some.annualText(BigDecimal::toPlainString));

        CostTotal one = CostTotal.NONE
                .plus(line("c", "aws", CostCategory.GPU, "10.50"))
                .plus(line("d", "aws", CostCategory.GPU, null));
        assertEquals("10.50 + 1 unpriced line", one.text(BigDecimal::toPlainString));
        assertEquals(
                "unpriced (1 line)",
                CostTotal.NONE.plus(line("d", "aws", CostCategory.GPU, null)).text(x -> "?"));

        // a free line is priced at 0: its total is 0.00, complete, not "unpriced"
        CostTotal free = CostTotal.NONE.plus(line("e", "coreweave", CostCategory.TRANSFER, "0.00"));
        assertEquals("0.00", free.text(BigDecimal::toPlainString));
        assertEquals("0.00", CostTotal.NONE.text(BigDecimal::toPlainString));
    }

    @Test
    void theReportTotalsEveryGroupWithItsUnpricedLines() {
        CostReport r = new CostReport(
                "USD",
                List.of(
                        line("a", "aws", CostCategory.GPU, null),
                        line("b", "gcp", CostCategory.GPU, "100.00"),
                        line("c", "gcp", CostCategory.STORAGE, null)));
        assertEquals(new CostTotal(new BigDecimal("100.00"), 1, 2), r.total());
        assertEquals("100.00 + 2 unpriced lines", r.total().text(BigDecimal::toPlainString));
        // aws has only an unpriced line: it is listed, as unpriced, where the priced sums leave it out
        assertEquals(Map.of("gcp", new BigDecimal("100.00")), r.byProvider());
        assertTrue(r.totalsByProvider().get("aws").isUnpriced());
        assertEquals("100.00 + 1 unpriced line", r.totalsByProvider().get("gcp").text(BigDecimal::toPlainString));
        assertTrue(r.totalsByCategory().get("storage").isUnpriced());
        assertEquals(List.of("aws/r1", "gcp/r1"), List.copyOf(r.totalsByRegion().keySet()));
    }
}
