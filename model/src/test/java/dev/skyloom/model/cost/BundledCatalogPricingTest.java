package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks and costs against the bundled snapshot: the states the 2026-12 catalog introduced. */
class BundledCatalogPricingTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static CostLine line(Design d, String id) {
        return new CostEngine(CATALOG)
                .price(d).lines().stream()
                        .filter(l -> l.id().equals(id))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void aCapacityBlockOnlyPoolCostsAsPriceOnRequestNeverZero() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("use1", "aws", "us-east-1")
                .pool("gb", "use1", "p6e-gb200.36xlarge", 18)
                .build();

        CostLine gb = line(d, "gb");
        assertFalse(gb.isPriced());
        assertEquals(PriceState.PRICE_ON_REQUEST, gb.state());
        assertTrue(gb.unitPrice().isEmpty());
        assertTrue(
                gb.note().startsWith("unpriced: price on request (capacity block: EC2 Capacity Blocks only"),
                gb.note());
        assertTrue(gb.priceSource().contains("AWS-CAPACITY-BLOCKS-DOC"), gb.priceSource());
    }

    @Test
    void offeringsWhoseSourcesNameNoRegionCostAsPriceOnRequestWithTheReasonWhereverPlaced() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("use1", "aws", "us-east-1")
                .pool("gb300", "use1", "P6e-GB300 UltraServer (NVL72)", 1)
                .region("fra", "aws", "eu-central-1")
                .pool("gb300-fra", "fra", "P6e-GB300 UltraServer (NVL72)", 2, Pricing.SPOT)
                .provider("gcp", "gcp")
                .region("usc1", "gcp", "us-central1")
                .pool("a4x", "usc1", "a4x-highgpu-4g", 18)
                .build();

        for (String id : List.of("gb300", "gb300-fra")) {
            CostLine gb = line(d, id);
            assertFalse(gb.isPriced(), id);
            assertEquals(PriceState.PRICE_ON_REQUEST, gb.state(), id);
            assertTrue(gb.unitPrice().isEmpty(), id);
            assertEquals(
                    "unpriced: price on request (contact sales: sales-led general availability (AWS, 2025-12): no"
                            + " public price)",
                    gb.note());
            assertEquals("BLACKWELL-INDEX-2026-09", gb.priceSource());
        }
        CostLine a4x = line(d, "a4x");
        assertEquals(PriceState.PRICE_ON_REQUEST, a4x.state());
        assertTrue(
                a4x.note().startsWith("unpriced: price on request (reservation: reservation only: A4X needs"),
                a4x.note());
        assertTrue(new CostEngine(CATALOG).price(d).lines().stream().noneMatch(CostLine::isPriced));
    }

    @Test
    void aTpuV6ePoolWhereTheSourcePriceIsAPlaceholderCostsAsUnpricedWithTheReason() {
        Design d = new DesignBuilder()
                .provider("gcp", "gcp")
                .region("usc2", "gcp", "us-central2")
                .pool("tpu", "usc2", "tpu-v6e-4", 2)
                .pool("tpu-spot", "usc2", "tpu-v6e-4", 2, Pricing.SPOT)
                .pool("tpu-1y", "usc2", "tpu-v6e-4", 2, Pricing.RESERVED_1Y)
                .region("scl", "gcp", "southamerica-west1")
                .pool("scl-spot", "scl", "tpu-v6e-1", 1, Pricing.SPOT)
                .pool("scl-od", "scl", "tpu-v6e-1", 1)
                .build();

        for (String id : List.of("tpu", "tpu-spot", "tpu-1y", "scl-spot")) {
            CostLine l = line(d, id);
            assertFalse(l.isPriced(), id);
            assertTrue(l.unitPrice().isEmpty(), id); // never 700, never 0
            assertTrue(l.monthly().isEmpty(), id);
            assertEquals(PriceState.PRICE_ON_REQUEST, l.state(), id);
            assertTrue(
                    l.note()
                            .startsWith("unpriced: price on request (price withheld: the source gives 700 USD per"
                                    + " slice-hour here"),
                    l.note());
            assertTrue(l.priceSource().startsWith("GCP-ANYCLOUD"), l.priceSource());
        }
        // the placeholder was spot only in southamerica-west1: its on-demand list price stays
        CostLine od = line(d, "scl-od");
        assertEquals(PriceState.PRICED, od.state());
        assertEquals(0, new BigDecimal("2.7").compareTo(od.unitPrice().orElseThrow()));
        // the pool is placeable there: no catalog finding
        assertEquals(
                List.of(),
                dev.skyloom.model.check.Checks.runAll(d, CATALOG).stream()
                        .filter(f -> f.check().equals("catalog"))
                        .toList());
    }

    @Test
    void aUnitPriceOverridesPriceOnRequest() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("use1", "aws", "us-east-1")
                .pricedPool("gb", "use1", "p6e-gb200.36xlarge", 2, "40", "100")
                .build();

        assertEquals(
                0, new BigDecimal("8000.00").compareTo(line(d, "gb").monthly().orElseThrow()));
    }

    @Test
    void spotLinesSayTheyAreIndicativeWithTheirCaptureDateAndDynamicPricesSayFrom() {
        Design d = new DesignBuilder()
                .provider("gcp", "gcp")
                .region("tok", "gcp", "asia-northeast1")
                .pool("tpu", "tok", "tpu-v6e-1", 1, Pricing.SPOT)
                .provider("nebius", "nebius")
                .region("fi", "nebius", "eu-north1")
                .pool("h200", "fi", "gpu-h200-sxm_8gpu-128vcpu-1600gb", 1, Pricing.SPOT)
                .build();

        CostLine tpu = line(d, "tpu");
        assertTrue(tpu.isPriced()); // GCP-ANYCLOUD, as of 2026-05-20
        assertEquals(PriceState.INDICATIVE, tpu.state());
        assertEquals("indicative spot price captured 2026-05-20; spot prices move with demand", tpu.note());
        CostLine h200 = line(d, "h200");
        assertEquals(0, new BigDecimal("6.32").compareTo(h200.unitPrice().orElseThrow()));
        assertTrue(h200.note().startsWith("from 6.32 USD: dynamic preemptible price"), h200.note());
        assertEquals(PriceState.DYNAMIC, h200.state());
    }

    @Test
    void nebiusObjectStorageEgressIsBilledButItsVmEgressIsFree() {
        Design d = new DesignBuilder()
                .provider("nebius", "nebius")
                .region("fi", "nebius", "eu-north1")
                .storage("lake", "fi", "object", "10")
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("pool", "fra", "p4d.24xlarge", 1)
                .pipeline("copy")
                .connect(ConnectionType.READS, "copy", "lake", "2")
                .runsOn("copy", "pool")
                .build();

        List<CostLine> transfers = new CostEngine(CATALOG)
                .price(d).lines().stream()
                        .filter(l -> l.category() == CostCategory.TRANSFER)
                        .toList();
        CostLine read = transfers.stream()
                .filter(l -> l.sku().equals("object-storage-egress"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(transfers));
        assertEquals(0, new BigDecimal("0.015").compareTo(read.unitPrice().orElseThrow()));
        assertEquals(0, new BigDecimal("30.00").compareTo(read.monthly().orElseThrow()));
        assertEquals("NEBIUS-PRICES-2026-10", read.priceSource());
    }
}
