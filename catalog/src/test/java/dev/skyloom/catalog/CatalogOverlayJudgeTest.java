package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A refreshed price never silently replaces a snapshot price: a file published before the snapshot price's
 * source is kept out (and counted) unless accepted; a file with effective dates only applies, and the report
 * says what it changed. The AWS excerpt (published 2023-03-22, pricefiles/README.md) meets the snapshot's EBS
 * gp3 reference price of 2026-01-20.
 */
class CatalogOverlayJudgeTest {
    private static final Catalog BUNDLED = CatalogLoader.bundled();
    private static final String AWS = "aws-ec2-us-east-2-opencost-excerpt.json";
    private static final String GCP = "gcp-billing-catalog-a2-opencost-excerpt.json";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void anOlderAwsFileIsKeptOutAndReportedWithItsDates() {
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(BUNDLED, AWS, ProviderPriceFilesTest.fixture(AWS), DAY);
        CatalogOverlay overlay = new CatalogOverlay(read.prices());

        CatalogOverlay.Judged judged = overlay.judge(BUNDLED).get(0);
        assertTrue(judged.older() && judged.withheld(), judged.toString());
        assertEquals("2026-01-20", judged.snapshot().orElseThrow().asOf());

        CatalogOverlay.FileReport report = overlay.report(BUNDLED).get(0);
        assertEquals(
                List.of(AWS, "2023-03-22", 1, 1, 0, "2026-01-20", 0),
                List.of(
                        report.file(),
                        report.published(),
                        report.prices(),
                        report.withheld(),
                        report.acceptedOlder(),
                        report.snapshotDates(),
                        report.applied()));
        Catalog kept = overlay.applyTo(BUNDLED);
        assertTrue(kept.source("overlay " + AWS).isEmpty(), "a file none of whose prices apply is no source");

        CatalogOverlay accepted = new CatalogOverlay(
                read.prices().stream().map(p -> p.withAcceptOlder(true)).toList());
        CatalogOverlay.FileReport acceptedReport = accepted.report(BUNDLED).get(0);
        assertEquals(
                List.of(0, 1, 1),
                List.of(acceptedReport.withheld(), acceptedReport.acceptedOlder(), acceptedReport.unchanged()));
        assertEquals(
                "overlay " + AWS,
                accepted.applyTo(BUNDLED)
                        .storageClass("aws", "EBS gp3")
                        .orElseThrow()
                        .priceIn("us-east-2")
                        .orElseThrow()
                        .source());
    }

    @Test
    void aNewerFileReplacesTheSnapshotPriceAndTheChangeIsCounted() {
        OverlayPrice newer = new OverlayPrice(
                        "aws",
                        "EBS gp3",
                        "storage",
                        "us-east-1",
                        new BigDecimal("0.09"),
                        "USD",
                        "newer.json",
                        "2026-06-01",
                        "2026-12-02")
                .withPublished("2026-06-02");
        CatalogOverlay overlay = new CatalogOverlay(List.of(newer));

        assertFalse(overlay.judge(BUNDLED).get(0).older());
        CatalogOverlay.FileReport r = overlay.report(BUNDLED).get(0);
        assertEquals(List.of(1, 0, 0, 1), List.of(r.up(), r.down(), r.withheld(), r.applied()));
        assertEquals(Optional.of(new BigDecimal("12.5")), r.maxChangePercent(), "0.08 → 0.09");
        assertEquals(
                0,
                new BigDecimal("0.09")
                        .compareTo(overlay.applyTo(BUNDLED)
                                .storageClass("aws", "EBS gp3")
                                .orElseThrow()
                                .priceIn("us-east-1")
                                .orElseThrow()
                                .amount()));
    }

    @Test
    void effectiveDatesAloneApplyAndTheReportComparesWithTheSnapshot() {
        ProviderPriceFiles.Read read = ProviderPriceFiles.read(BUNDLED, GCP, ProviderPriceFilesTest.fixture(GCP), DAY);
        assertEquals("", read.published(), "a SKU list has effective times only");
        CatalogOverlay.FileReport r =
                new CatalogOverlay(read.prices()).report(BUNDLED).get(0);
        assertEquals(0, r.withheld());
        assertEquals(13, r.applied());
        assertEquals(13, r.changed() + r.unchanged() + r.added());
    }

    @Test
    void partialSourceDatesCountFromTheirLastDay() {
        assertTrue(CatalogOverlay.publishedBefore("2026-07-15", "2026-07"));
        assertFalse(CatalogOverlay.publishedBefore("2026-08-01", "2026-07"));
        assertTrue(CatalogOverlay.publishedBefore("2026-06-01", "2026"));
        assertFalse(CatalogOverlay.publishedBefore("2026-01-20", "2026-01-20"));
        assertFalse(CatalogOverlay.publishedBefore("", "2026-01-20"), "no publication date: nothing to compare");
    }

    @Test
    void anOverlayWrittenBeforeThePublicationColumnsStillLoads() {
        String old = String.join(",", CatalogOverlay.COLUMNS) + "\n"
                + "aws,p5.48xlarge,on-demand,us-east-1,1,USD,plumbing.csv,2026-12-01,2026-12-02\n";
        OverlayPrice p = CatalogOverlay.parse("old.csv", old).prices().get(0);
        assertEquals("", p.published());
        assertFalse(p.acceptOlder());

        OverlayPrice accepted = p.withPublished("2020-01-01").withAcceptOlder(true);
        CatalogOverlay again = CatalogOverlay.parse("new.csv", new CatalogOverlay(List.of(accepted)).toCsv());
        assertEquals(List.of(accepted), again.prices());

        String bad = new CatalogOverlay(List.of(accepted)).toCsv().replace(",yes\n", ",maybe\n");
        PriceListException e = assertThrows(PriceListException.class, () -> CatalogOverlay.parse("bad.csv", bad));
        assertEquals("accept_older", e.problems().get(0).column());
    }
}
