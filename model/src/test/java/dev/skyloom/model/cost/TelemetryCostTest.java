package dev.skyloom.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telemetry volume is priced as transfer; what a sink charges is the user's unit price or unpriced. */
class TelemetryCostTest {
    private final CostEngine engine = new CostEngine(TinyCatalog.create());

    private static Design withSink(
            Design base, String region, TelemetryHosting hosting, Optional<BigDecimal> unitPrice, String from) {
        return withSink(base, region, hosting, "", unitPrice, from);
    }

    private static Design withSink(
            Design base,
            String region,
            TelemetryHosting hosting,
            String service,
            Optional<BigDecimal> unitPrice,
            String from) {
        List<Component> components = new ArrayList<>(base.components());
        components.add(new Component.Telemetry(
                "sink", "", Optional.of(region), hosting, service, List.of(), Optional.empty(), unitPrice, Map.of()));
        List<Connection> connections = new ArrayList<>(base.connections());
        connections.add(
                new Connection("logs", ConnectionType.SHIPS_TELEMETRY, from, "sink", new BigDecimal("5"), Map.of()));
        return base.withTopology(components, connections);
    }

    private static DesignBuilder aws() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("dub", "aws", "eu-west-1")
                .pool("pool", "fra", "p5.48xlarge", 1);
    }

    @Test
    void telemetryToAnotherRegionOfTheSameProviderIsInterRegionTransfer() {
        CostReport r = engine.price(withSink(aws().build(), "dub", TelemetryHosting.CLOUD, Optional.empty(), "pool"));

        CostLine transfer = r.line("logs").orElseThrow();
        assertEquals("inter-region", transfer.sku());
        assertEquals(Optional.of(new BigDecimal("100.00")), transfer.monthly());
        CostLine ingest = r.line("sink").orElseThrow();
        assertEquals(CostCategory.TELEMETRY, ingest.category());
        assertEquals(Optional.empty(), ingest.monthly(), "no ingestion price is invented");
        assertTrue(ingest.note().contains("set a unitPrice"), ingest.note());
    }

    @Test
    void telemetryInsideItsRegionIsFreeAndASinkWithAUnitPriceIsPriced() {
        CostReport r = engine.price(
                withSink(aws().build(), "fra", TelemetryHosting.CLOUD, Optional.of(new BigDecimal("0.5")), "pool"));

        assertEquals(
                Optional.of(new BigDecimal("0.00")),
                r.line("logs").orElseThrow().monthly());
        // 5 TB × 1,000 GB/TB × 0.5 per GB
        assertEquals(
                Optional.of(new BigDecimal("2500.00")),
                r.line("sink").orElseThrow().monthly());
    }

    @Test
    void aSaasSinkWithoutUnitPriceIsUnpricedAndAProviderWideFlowSaysWhy() {
        CostReport r = engine.price(withSink(aws().build(), "dub", TelemetryHosting.SAAS, Optional.empty(), "aws"));

        CostLine transfer = r.line("logs").orElseThrow();
        assertEquals(Optional.empty(), transfer.monthly());
        assertTrue(transfer.note().contains("whole provider"), transfer.note());
        assertTrue(r.line("sink").orElseThrow().note().startsWith("SaaS telemetry prices are not in the catalog"));
    }

    @Test
    void telemetryToASaasSinkIsInternetEgressFromTheSourceEvenInTheSinksSiteRegion() {
        // Datadog's site sits in an AWS region, but the logs leave AWS: AWS bills them as internet egress
        for (String site : List.of("fra", "dub")) {
            CostReport r = engine.price(
                    withSink(aws().build(), site, TelemetryHosting.SAAS, "Datadog", Optional.empty(), "pool"));

            CostLine transfer = r.line("logs").orElseThrow();
            assertEquals("internet-egress", transfer.sku(), site);
            assertEquals("aws", transfer.provider(), site);
            assertEquals("eu-central-1", transfer.region(), site);
            // TinyCatalog: aws internet egress 0.09 per GB; 5 TB = 5,000 GB
            assertEquals(Optional.of(new BigDecimal("450.00")), transfer.monthly(), site);
            assertEquals(PriceState.PRICED, transfer.state(), site);
            assertEquals("TEST", transfer.priceSource(), "the egress rate names its source");
        }
    }

    @Test
    void aSaasSinksIngestLineNamesTheSaasNotTheCloudOfItsSite() {
        CostReport r = engine.price(
                withSink(aws().build(), "dub", TelemetryHosting.SAAS, "Datadog", Optional.empty(), "pool"));

        CostLine ingest = r.line("sink").orElseThrow();
        assertEquals("Datadog", ingest.provider());
        assertEquals(Optional.empty(), ingest.monthly(), "no SaaS price is invented");

        CostReport priced = engine.price(
                withSink(aws().build(), "dub", TelemetryHosting.SAAS, "", Optional.of(new BigDecimal("0.1")), "pool"));
        assertEquals("saas", priced.line("sink").orElseThrow().provider(), "a SaaS without a service name");
        assertEquals(
                Optional.of(new BigDecimal("500.00")),
                priced.line("sink").orElseThrow().monthly());
    }

    @Test
    void aCloudSinksIngestLineNamesItsCloud() {
        CostReport r = engine.price(withSink(aws().build(), "dub", TelemetryHosting.CLOUD, Optional.empty(), "pool"));

        assertEquals("aws", r.line("sink").orElseThrow().provider());
    }
}
