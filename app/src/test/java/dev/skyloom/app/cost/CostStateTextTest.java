package dev.skyloom.app.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.model.cost.CostCategory;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.PriceState;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cost panels say when a price is not firm. */
class CostStateTextTest {
    private static CostLine line(PriceState state, String asOf) {
        return new CostLine(
                "p",
                "pool",
                "gcp",
                "asia-northeast1",
                CostCategory.GPU,
                "tpu-v6e-1",
                BigDecimal.ONE,
                "instances",
                Optional.of(BigDecimal.ONE),
                "per instance-hour",
                BigDecimal.valueOf(730),
                "hours/month",
                Optional.of(BigDecimal.valueOf(730)),
                false,
                "GCP-ANYCLOUD",
                asOf,
                "",
                "",
                state);
    }

    @Test
    void indicativeSpotSaysWhenItWasCapturedAndDynamicSaysSo() {
        assertEquals(
                " (indicative, captured 2026-05-20)", CostPanel.stateSuffix(line(PriceState.INDICATIVE, "2026-05-20")));
        assertEquals(" (dynamic)", CostPanel.stateSuffix(line(PriceState.DYNAMIC, "2026-10-07")));
        assertEquals("", CostPanel.stateSuffix(line(PriceState.PRICED, "2026-05-20")));
    }
}
