package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile price lists (issue 12, point 13) are refused with the line and the column, at bounded cost:
 * extreme exponents and very long numbers, duplicate keys, trailing content, prices written as text,
 * currencies that are not ISO 4217, and a file full of bad rows. How long each takes is measured by
 * the HostileInputHarness in benchmarks/, not here.
 */
class PriceListBoundsTest {
    private static final Catalog BASE = CatalogLoader.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final String CSV_HEADER = "provider,sku,region,price,currency\n";
    private static final String ROW = "aws,p5.48xlarge,us-east-1,";

    private static List<CatalogProblem> problemsOf(String file, String text) {
        return assertThrows(PriceListException.class, () -> PriceListImport.apply(BASE, file, text, DAY))
                .problems();
    }

    private static String json(String price) {
        return "[\n  {\"provider\": \"aws\", \"sku\": \"p5.48xlarge\", \"region\": \"us-east-1\", \"price\": " + price
                + "}\n]\n";
    }

    @Test
    void aVanishinglySmallExponentIsRefusedWithoutExpandingIt() {
        List<CatalogProblem> csv = problemsOf("p.csv", CSV_HEADER + ROW + "1e-999999999,USD\n");
        assertEquals(1, csv.size(), csv.toString());
        assertEquals(
                "p.csv:2: column price: number out of range: '1e-999999999' (an exponent of more than 4 digits)",
                csv.get(0).toString());
    }

    @Test
    void exponentsAreBoundedBothWays() {
        assertEquals(
                "p.csv:2: column price: number too small or too precise: '1e-9999' (at most 10 decimal places)",
                problemsOf("p.csv", CSV_HEADER + ROW + "1e-9999,USD\n").get(0).toString());
        assertEquals(
                "p.csv:2: column price: number too large: '1e9999' (at most 1000000)",
                problemsOf("p.csv", CSV_HEADER + ROW + "1e9999,USD\n").get(0).toString());
        assertEquals(
                "p.csv:2: column price: number out of range: '1e999999999' (an exponent of more than 4 digits)",
                problemsOf("p.csv", CSV_HEADER + ROW + "1e999999999,USD\n")
                        .get(0)
                        .toString());
    }

    @Test
    void aFiveMillionDigitPriceIsRefusedByLength() {
        String digits = "9".repeat(5_000_000);
        List<CatalogProblem> csv = problemsOf("p.csv", CSV_HEADER + ROW + digits + ",USD\n");
        assertEquals(
                "p.csv:2: column price: number too long (length 5000000; at most 40)",
                csv.get(0).toString());

        List<CatalogProblem> json = problemsOf("p.json", json(digits));
        assertEquals(1, json.size());
        assertEquals(2, json.get(0).line());
        assertEquals("price", json.get(0).column());
        assertTrue(
                json.get(0).message().startsWith("value too long"), json.get(0).toString());
        assertTrue(json.get(0).message().contains(", column "), json.get(0).toString());
        // Shorter than Jackson's text buffer limit, but longer than a number may be.
        CatalogProblem fifty = problemsOf("p.json", json("9".repeat(50))).get(0);
        assertEquals("price", fifty.column());
        assertTrue(fifty.message().startsWith("number too long (more than 40 characters)"), fifty.toString());
    }

    @Test
    void jsonNumbersGoThroughTheSameBounds() {
        CatalogProblem p = problemsOf("p.json", json("1e999")).get(0);
        assertEquals("p.json:2: column price: number too large: '1e999' (at most 1000000)", p.toString());
        CatalogProblem q = problemsOf("p.json", json("1e-999")).get(0);
        assertTrue(q.message().startsWith("number too small or too precise"), q.toString());
    }

    @Test
    void duplicateJsonKeysAreRefusedWithLineAndColumn() {
        String text = "[\n  {\"provider\": \"aws\", \"sku\": \"p5.48xlarge\", \"region\": \"us-east-1\",\n"
                + "   \"price\": 1, \"price\": 2}\n]\n";
        List<CatalogProblem> problems = problemsOf("p.json", text);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
        assertTrue(
                problems.get(0).message().startsWith("duplicate key 'price'"),
                problems.get(0).toString());
        // Jackson notices the repetition once the key is read: the column is the one right after it.
        assertTrue(
                problems.get(0).message().endsWith("(at line 3, column 23)"),
                problems.get(0).toString());
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        List<CatalogProblem> problems = problemsOf("p.json", json("41.5") + "garbage");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line());
        assertTrue(
                problems.get(0).message().contains("column 1"), problems.get(0).toString());
        List<CatalogProblem> object =
                problemsOf("p.json", "{\"prices\": " + json("41.5").strip() + "}\n{\"prices\": []}\n");
        assertTrue(object.get(0).message().startsWith("unexpected content after the end"), object.toString());
    }

    @Test
    void aPriceWrittenAsTextIsRefusedInJson() {
        List<CatalogProblem> problems = problemsOf("p.json", json("\"41.5\""));
        assertEquals(
                "p.json:2: column price: must be a number, not text '41.5' (at line 2, column 77)",
                problems.get(0).toString());
        List<CatalogProblem> region = problemsOf(
                "p.json", "[{\"provider\": \"aws\", \"sku\": \"p5.48xlarge\", \"region\": 42, \"price\": 1}]");
        assertEquals("region", region.get(0).column());
        assertTrue(region.get(0).message().startsWith("must be text, not a number"), region.toString());
    }

    @Test
    void currenciesMustBeIso4217() {
        assertEquals(
                "p.csv:2: column currency: unknown currency 'ZZZ' (not an ISO 4217 code)",
                problemsOf("p.csv", CSV_HEADER + ROW + "41.5,ZZZ\n").get(0).toString());
        Catalog c = PriceListImport.apply(BASE, "p.csv", CSV_HEADER + ROW + "41.5,CHF\n", DAY);
        assertEquals(
                "CHF",
                c.offering("aws", "p5.48xlarge")
                        .orElseThrow()
                        .prices()
                        .get("us-east-1")
                        .onDemand()
                        .orElseThrow()
                        .currency());
    }

    @Test
    void aFileFullOfBadRowsStopsAfterAHundredProblems() {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        while (csv.length() < 8_000_000) {
            csv.append(ROW).append("1e-999999999,ZZZ\n");
        }
        List<CatalogProblem> problems = problemsOf("big.csv", csv.toString());
        assertEquals(PriceListImport.MAX_PROBLEMS + 1, problems.size());
        assertEquals(
                "big.csv: stopped after 100 problems; nothing was applied",
                problems.get(100).toString());

        StringBuilder json = new StringBuilder("[\n");
        while (json.length() < 8_000_000) {
            json.append("{\"provider\": \"nope\", \"sku\": 1, \"region\": \"x\", \"price\": \"1\"},\n");
        }
        json.append("{}]");
        assertEquals(
                PriceListImport.MAX_PROBLEMS + 1,
                problemsOf("big.json", json.toString()).size());
    }

    @Test
    void ordinaryPricesStillRead() {
        Catalog c = PriceListImport.apply(BASE, "p.json", json("4.15E+1"), DAY);
        assertEquals(
                new BigDecimal("41.5"),
                c.offering("aws", "p5.48xlarge")
                        .orElseThrow()
                        .prices()
                        .get("us-east-1")
                        .onDemand()
                        .orElseThrow()
                        .amount());
    }
}
