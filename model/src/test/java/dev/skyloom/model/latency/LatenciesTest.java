package dev.skyloom.model.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.RegionKey;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    private static Endpoint region(String provider, String code) {
        RegionKey key = new RegionKey(provider, code);
        return Endpoint.of(key, CATALOG.region(key).flatMap(dev.skyloom.catalog.Region::location));
    }

    @Test
    void anAzurePairReturnsThePublishedFigureWithItsSourceAndDate() {
        // Published table, row "Germany West Central", column "East US": 97 (P95, data set of 2026-07-30)
        RoundTrip rtt = Latencies.standard()
                .roundTrip(region("azure", "germanywestcentral"), region("azure", "eastus"))
                .orElseThrow();
        assertEquals(97, rtt.ms());
        assertEquals(RoundTrip.Basis.MEASURED, rtt.basis());
        assertEquals("Azure network round-trip latency statistics (P95)", rtt.source());
        assertEquals("2026-07-30", rtt.date());
        assertEquals("97 ms", rtt.text());
        // directional: row "East US", column "Germany West Central" is also 97; Japan East → Australia East 105
        assertEquals(
                105,
                Latencies.standard()
                        .roundTrip(region("azure", "japaneast"), region("azure", "australiaeast"))
                        .orElseThrow()
                        .ms());
    }

    @Test
    void everyAzureRegionOfTheTableIsACatalogRegion() {
        MeasuredLatencies azure = MeasuredLatencies.azure();
        assertEquals(54 * 53, azure.size());
        for (var r : CATALOG.regionsOf("azure")) {
            // the mapping from display names to codes must hit real regions: spot-check the other way round
            if (r.code().equals("germanywestcentral") || r.code().equals("brazilsouth")) {
                assertTrue(
                        azure.between(r.key(), new RegionKey("azure", "eastus")).isPresent(), r.code());
            }
        }
    }

    @Test
    void pairsNoDatasetCoversAreEstimatedAndMarked() {
        RoundTrip rtt = Latencies.standard()
                .roundTrip(region("aws", "eu-central-1"), region("aws", "us-east-1"))
                .orElseThrow();
        assertEquals(RoundTrip.Basis.ESTIMATED, rtt.basis());
        assertTrue(rtt.text().startsWith("~"), rtt.text());
        assertEquals(
                GreatCircleEstimate.ms(CATALOG.region("aws", "eu-central-1")
                        .flatMap(dev.skyloom.catalog.Region::location)
                        .orElseThrow()
                        .distanceKm(CATALOG.region("aws", "us-east-1")
                                .flatMap(dev.skyloom.catalog.Region::location)
                                .orElseThrow())),
                rtt.ms(),
                1e-9);
    }

    @Test
    void importedMeasurementsOverrideBothPublishedAndEstimatedFigures() throws Exception {
        MeasuredLatencies mine = RttImport.parse(
                "mine.csv",
                "from,to,rtt_ms,source,date\n"
                        + "aws/eu-central-1,aws/us-east-1,88.5,AWS Infrastructure Performance,2026-11-30\n"
                        + "azure/germanywestcentral,azure/eastus,91,,\n",
                LocalDate.of(2026, 12, 2));
        Latencies latencies = Latencies.standard().withImported(mine);

        RoundTrip aws = latencies
                .roundTrip(region("aws", "us-east-1"), region("aws", "eu-central-1"))
                .orElseThrow();
        assertEquals(88.5, aws.ms());
        assertEquals(RoundTrip.Basis.IMPORTED, aws.basis());
        assertEquals("AWS Infrastructure Performance 2026-11-30", aws.provenance());
        RoundTrip azure = latencies
                .roundTrip(region("azure", "germanywestcentral"), region("azure", "eastus"))
                .orElseThrow();
        assertEquals(91, azure.ms());
        assertEquals("measurements mine.csv 2026-12-02", azure.provenance());
    }

    @Test
    void aBadMeasurementsFileIsRefusedWholeWithEveryBadRowNamed() {
        RttImportException e = assertThrows(
                RttImportException.class,
                () -> RttImport.parse(
                        "bad.csv",
                        "from,to,rtt_ms\n"
                                + "aws/eu-central-1,aws/us-east-1,NaN\n"
                                + "eu-central-1,aws/us-east-1,80\n"
                                + "aws/eu-west-1,aws/us-east-1,1e3\n"
                                + "aws/eu-west-1,aws/eu-west-1,5\n",
                        LocalDate.of(2026, 12, 2)));
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertEquals(2, e.problems().get(0).line());
        assertEquals("rtt_ms", e.problems().get(0).column());
        assertEquals("from", e.problems().get(1).column());
        assertTrue(e.getMessage().startsWith("bad.csv:2: column rtt_ms:"), e.getMessage());
        assertTrue(Optional.of(e.problems().get(3).message()).get().contains("itself"));
    }
}
