package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CostEngineTest {
    private final CostEngine engine = new CostEngine(TinyCatalog.create());

    private static DesignBuilder aws() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("dub", "aws", "eu-west-1")
                .region("iad", "aws", "us-east-1")
                .region("bjs", "aws", "cn-north-1");
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    private CostLine line(Design d, String id) {
        return engine.price(d).line(id).orElseThrow();
    }

    @Test
    void pricesOnDemandPoolAsCountTimesPriceTimesHours() {
        CostLine l = line(aws().pool("train", "fra", "p5.48xlarge", 2).build(), "train");

        assertEquals(Optional.of(money("102200.00")), l.monthly());
        assertEquals(Optional.of(money("70.00")), l.unitPrice());
        assertEquals(money("730"), l.multiplier());
        assertEquals(money("2"), l.quantity());
        assertEquals("aws", l.provider());
        assertEquals("eu-central-1", l.region());
        assertEquals(CostCategory.GPU, l.category());
        assertEquals("p5.48xlarge", l.sku());
        assertEquals("TEST", l.priceSource());
        assertEquals(TinyCatalog.AS_OF, l.asOf());
        assertFalse(l.estimate());
    }

    @Test
    void spotUsesCatalogSpotPriceAndIsUnpricedWithoutOne() {
        Design d = aws().pool("a", "fra", "p5.48xlarge", 2, Pricing.SPOT)
                .pool("b", "iad", "p5.48xlarge", 2, Pricing.SPOT)
                .build();
        CostReport r = engine.price(d);

        assertEquals(Optional.of(money("29200.00")), r.line("a").orElseThrow().monthly());
        assertEquals(Optional.empty(), r.line("b").orElseThrow().monthly());
        assertEquals(List.of("b"), r.unpriced());
        assertEquals(money("29200.00"), r.monthly());
    }

    @Test
    void reservedIsOnDemandLessTheDesignsDiscountAssumption() {
        CostLine l = line(
                aws().pool("r", "fra", "p5.48xlarge", 2, Pricing.RESERVED_1Y).build(), "r");

        assertEquals(Optional.of(money("71540.00")), l.monthly());
        assertEquals(Optional.of(money("49")), l.unitPrice().map(BigDecimal::stripTrailingZeros));
        assertTrue(l.note().contains("30 % reserved-1y"), l.note());
    }

    @Test
    void unitPriceOverridesTheCatalog() {
        CostLine l = line(
                aws().pricedPool("neg", "fra", "p5.48xlarge", 3, "2.5", "100").build(), "neg");

        assertEquals(Optional.of(money("750.00")), l.monthly());
        assertEquals("design", l.priceSource());
    }

    @Test
    void storageIsTerabytesTimesThousandTimesGigabyteMonthPrice() {
        Design d = aws().storage("lake", "fra", "object", "200")
                .storage("far", "dub", "object", "10")
                .build();
        CostReport r = engine.price(d);

        assertEquals(Optional.of(money("4900.00")), r.line("lake").orElseThrow().monthly());
        assertEquals("S3 Standard", r.line("lake").orElseThrow().sku());
        CostLine far = r.line("far").orElseThrow();
        assertEquals(Optional.of(money("230.00")), far.monthly());
        assertTrue(far.estimate(), "reference-region price is an estimate");
        assertTrue(r.hasEstimates());
    }

    @Test
    void pricesInAnotherCurrencyAreNotSummedIntoUsd() {
        CostReport r = engine.price(aws().pool("cn", "bjs", "p5.48xlarge", 1).build());

        CostLine l = r.line("cn").orElseThrow();
        assertEquals(Optional.empty(), l.monthly());
        assertEquals("priced in CNY, not converted to USD", l.note());
        assertEquals(List.of("cn"), r.unpriced());
        assertEquals(money("0.00"), r.monthly());
    }

    @Test
    void unknownInstanceTypeIsUnpricedNeverZero() {
        CostReport r = engine.price(aws().pool("x", "fra", "nope.large", 1).build());

        assertEquals(Optional.empty(), r.line("x").orElseThrow().monthly());
        assertEquals(List.of("x"), r.unpriced());
    }

    @Test
    void transferIsFreeInsideARegionAndInterRegionRateBetweenOwnRegions() {
        Design d = aws().storage("lake", "fra", "object", "0")
                .storage("copy", "dub", "object", "0")
                .storage("near", "fra", "object", "0")
                .connect(ConnectionType.REPLICATES_TO, "lake", "copy", "5")
                .connect(ConnectionType.REPLICATES_TO, "lake", "near", "5")
                .build();
        CostReport r = engine.price(d);

        assertEquals(Optional.of(money("100.00")), r.line("c1").orElseThrow().monthly());
        assertEquals("inter-region", r.line("c1").orElseThrow().sku());
        assertEquals(Optional.of(money("0.00")), r.line("c2").orElseThrow().monthly());
        assertEquals(money("100.00"), r.byCategory().get("transfer"));
    }

    @Test
    void internetEgressTiersApplyToTheSourceProvidersMonthlyTotal() {
        Design d = aws().provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .storage("lake", "fra", "object", "0")
                .storage("g1", "ams", "object", "0")
                .storage("g2", "ams", "object", "0")
                .connect(ConnectionType.REPLICATES_TO, "lake", "g1", "8")
                .connect(ConnectionType.REPLICATES_TO, "lake", "g2", "4")
                .build();
        CostReport r = engine.price(d);

        // 12,000 GB: 10,000 × 0.09 + 2,000 × 0.085 = 1,070.00, shared at 0.0891666667 $/GB
        CostLine a = r.line("c1").orElseThrow();
        CostLine b = r.line("c2").orElseThrow();
        assertEquals(Optional.of(money("0.0891666667")), a.unitPrice());
        assertEquals(Optional.of(money("713.33")), a.monthly());
        assertEquals(Optional.of(money("356.67")), b.monthly());
        assertTrue(a.estimate(), "a provider-wide reference rate is an estimate");
        assertEquals("internet-egress", a.sku());
        assertEquals(money("1070.00"), r.byProvider().get("aws"));
    }

    @Test
    void readsMoveDataFromStorageToWherePipelineRuns() {
        Design d = aws().storage("lake", "fra", "object", "0")
                .pool("gpu", "dub", "p5.48xlarge", 1)
                .pipeline("etl")
                .runsOn("etl", "gpu")
                .connect(ConnectionType.READS, "etl", "lake", "1")
                .build();
        CostLine l = engine.price(d).line("c2").orElseThrow();

        assertEquals("eu-central-1", l.region());
        assertEquals(Optional.of(money("20.00")), l.monthly());
    }

    @Test
    void totalsAreSumsOfRoundedLinesByProviderRegionAndCategory() {
        Design d = aws().pool("train", "fra", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "200")
                .pool("us", "iad", "p5.48xlarge", 1)
                .build();
        CostReport r = engine.price(d);

        // 70 × 730 = 51,100; 55.04 × 730 = 40,179.20; 4,900
        assertEquals(money("96179.20"), r.monthly());
        assertEquals(money("1154150.40"), r.annual());
        assertEquals(Map.of("aws", money("96179.20")), r.byProvider());
        assertEquals(Map.of("aws/eu-central-1", money("56000.00"), "aws/us-east-1", money("40179.20")), r.byRegion());
        assertEquals(Map.of("gpu", money("91279.20"), "storage", money("4900.00")), r.byCategory());
    }
}
