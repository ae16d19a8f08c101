package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AWS offer-file CSV reader on real rows: 100 rows of the AmazonEC2 CSV published 2017-03-02, as
 * kept in a public repository's test data (source in pricefiles/README.md). That file has no "Region
 * Code" column yet, so it can price nothing; the reader says so instead of counting its rows as "not in
 * the catalog" (g2.2xlarge and p2.16xlarge rows are in it, and both sizes are).
 */
class AwsOfferCsvRefreshTest {
    static final String CSV = "aws-ec2-20170302-aprice-excerpt.csv";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    /** The CSV after its five metadata rows, as the reader hands it to {@link CsvTable}. */
    private static CsvTable body(List<CatalogProblem> problems) {
        String text = ProviderPriceFilesTest.fixture(CSV);
        int start = 0;
        for (int i = 0; i < 5; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        return CsvTable.parse(CSV, text.substring(start), List.of(), problems);
    }

    private static CsvTable.Row rowOfSku(CsvTable table, String sku) {
        return table.rows().stream()
                .filter(r -> r.get("SKU").equals(sku))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyRealRowSplitsIntoTheHeadersColumns() {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = body(problems);

        assertEquals(List.of(), problems);
        assertEquals(100, table.rows().size());
        assertEquals(66, table.header().size());
        assertEquals(
                14,
                table.rows().stream()
                        .filter(r -> r.get("TermType").equals("OnDemand"))
                        .count());
        assertEquals(
                86,
                table.rows().stream()
                        .filter(r -> r.get("TermType").equals("Reserved"))
                        .count());

        // a GPU instance's reserved hourly rate: quoted fields, unquoted empty ones, "; " inside a field
        CsvTable.Row g2 = rowOfSku(table, "Y4XD9NA45RXPDXY7");
        assertEquals(88, g2.line(), "line 93 of the file, after the five metadata rows");
        assertEquals(
                List.of(
                        "g2.2xlarge",
                        "Reserved",
                        "1yr",
                        "Partial Upfront",
                        "standard",
                        "Hrs",
                        "0.1540000000",
                        "USD",
                        "2015-04-30",
                        "US East (N. Virginia)",
                        "SUSE",
                        "Shared",
                        "",
                        "Intel AVX; Intel Turbo"),
                List.of(
                        g2.get("Instance Type"),
                        g2.get("TermType"),
                        g2.get("LeaseContractLength"),
                        g2.get("PurchaseOption"),
                        g2.get("OfferingClass"),
                        g2.get("Unit"),
                        g2.get("PricePerUnit"),
                        g2.get("Currency"),
                        g2.get("EffectiveDate"),
                        g2.get("Location"),
                        g2.get("Operating System"),
                        g2.get("Tenancy"),
                        g2.get("Storage Media"),
                        g2.get("Processor Features")));

        // an upfront fee: no range, a quantity instead of hours
        CsvTable.Row fee = rowOfSku(table, "8NZJVJPUUPFQD5XT");
        assertEquals(
                List.of("p2.16xlarge", "Upfront Fee", "", "", "Quantity", "259184", "3yr", "All Upfront"),
                List.of(
                        fee.get("Instance Type"),
                        fee.get("PriceDescription"),
                        fee.get("StartingRange"),
                        fee.get("EndingRange"),
                        fee.get("Unit"),
                        fee.get("PricePerUnit"),
                        fee.get("LeaseContractLength"),
                        fee.get("PurchaseOption")));
    }

    @Test
    void anOfferFileWithoutRegionCodesIsRefusedNotCountedAsNotInTheCatalog() {
        assertTrue(catalogLists("g2.2xlarge") && catalogLists("p2.16xlarge"), "sizes of the file the catalog lists");

        PriceListException e = assertThrows(
                PriceListException.class,
                () -> ProviderPriceFiles.read(CatalogLoader.bundled(), CSV, ProviderPriceFilesTest.fixture(CSV), DAY));

        CatalogProblem problem = e.problems().get(0);
        assertEquals(CSV, problem.file());
        assertEquals(6, problem.line(), "the header row");
        assertEquals("Region Code", problem.column());
        assertTrue(problem.message().contains("regions are matched by Region Code"), problem.message());
    }

    private static boolean catalogLists(String type) {
        return CatalogLoader.bundled().offering("aws", type).isPresent();
    }
}
