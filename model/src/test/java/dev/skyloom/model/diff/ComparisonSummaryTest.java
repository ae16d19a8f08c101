package dev.skyloom.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary rows shared by the Markdown and the designer's Compare tab. Pools carry their own unit price
 * (10 USD/hour, 730 h), so the amounts do not depend on the catalog's data.
 */
class ComparisonSummaryTest {
    private static Design design(int count, String name) {
        try {
            return parse(count, name);
        } catch (DesignFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static Design parse(int count, String name) throws DesignFormatException {
        return DesignFile.parse("""
                {"skyloom": 1, "name": "%s", "currency": "USD", "components": [
                  {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
                  {"id": "fra", "type": "region", "parent": "aws", "name": "Frankfurt", "region": "eu-central-1"},
                  {"id": "pool", "type": "gpu-pool", "parent": "fra", "name": "Pool", "instanceType": "p5.48xlarge",
                   "count": %d, "pricing": "on-demand", "hoursPerMonth": 730, "unitPrice": 10}
                ], "connections": []}
                """.formatted(name, count), name + ".skyloom.json");
    }

    private static final DesignComparison TWO_TO_THREE =
            DesignDiff.compare(design(2, "before"), design(3, "after"), CatalogLoader.bundled());

    @Test
    void rowsComeInTheTableOrderWithKeysForViews() {
        List<String> keys = ComparisonSummary.of(TWO_TO_THREE).rows().stream()
                .map(ComparisonSummary.Row::key)
                .toList();

        assertEquals(
                List.of("monthly", "annual", "unpriced", "errors", "warnings", "failures", "portability", "latency"),
                keys);
    }

    @Test
    void costRowsAreGroupedTwoDecimalAmountsWithASignedChange() {
        ComparisonSummary.Row monthly =
                ComparisonSummary.of(TWO_TO_THREE).rows().get(0);
        ComparisonSummary.Row annual = ComparisonSummary.of(TWO_TO_THREE).rows().get(1);

        assertEquals(
                new ComparisonSummary.Row("monthly", "Monthly cost (USD)", "14,600.00", "21,900.00", "+7,300.00"),
                monthly);
        assertEquals(
                new ComparisonSummary.Row("annual", "Annual cost (USD)", "175,200.00", "262,800.00", "+87,600.00"),
                annual);
    }

    @Test
    void withoutPopulationsTheLatencyRowSaysSoAndCountsShowTheirChange() {
        List<ComparisonSummary.Row> rows = ComparisonSummary.of(TWO_TO_THREE).rows();

        assertEquals(new ComparisonSummary.Row("latency", "Users within latency budget", "—", "—", "—"), rows.get(7));
        assertEquals(new ComparisonSummary.Row("unpriced", "Unpriced cost lines", "0", "0", "0"), rows.get(2));
    }

    @Test
    void theMarkdownTableIsTheseRowsEscaped() {
        String markdown = ComparisonMarkdown.render(TWO_TO_THREE, "a", "b");

        for (ComparisonSummary.Row r : ComparisonSummary.of(TWO_TO_THREE).rows()) {
            String line = "| "
                    + String.join(
                            " | ",
                            ComparisonMarkdown.escape(r.label()),
                            ComparisonMarkdown.escape(r.before()),
                            ComparisonMarkdown.escape(r.after()),
                            ComparisonMarkdown.escape(r.change()))
                    + " |";
            assertTrue(markdown.contains(line + "\n"), line + " in\n" + markdown);
        }
    }

    @Test
    void differentCurrenciesAreNotSubtracted() {
        Design euros = design(3, "after").withCurrency("EUR");
        ComparisonSummary.Row monthly = ComparisonSummary.of(
                        DesignDiff.compare(design(2, "before"), euros, CatalogLoader.bundled()))
                .rows()
                .get(0);

        assertEquals("Monthly cost (USD → EUR)", monthly.label());
        assertEquals("not comparable", monthly.change());
    }

    /** The Compare tab and the Markdown show these rows: an all-unpriced side is never 0.00. */
    @Test
    void anUnpricedSideReadsUnpricedAndItsChangeIsUnknown() throws DesignFormatException {
        Design onRequest = DesignFile.parse("""
                {"skyloom": 1, "name": "gb200", "currency": "USD", "components": [
                  {"id": "aws", "type": "provider", "name": "AWS", "provider": "aws"},
                  {"id": "use1", "type": "region", "parent": "aws", "name": "Virginia", "region": "us-east-1"},
                  {"id": "pool", "type": "gpu-pool", "parent": "use1", "name": "Pool",
                   "instanceType": "p6e-gb200.36xlarge", "count": 1, "pricing": "on-demand", "hoursPerMonth": 730}
                ], "connections": []}
                """, "gb200.skyloom.json");
        DesignComparison c = DesignDiff.compare(onRequest, design(2, "after"), CatalogLoader.bundled());
        List<ComparisonSummary.Row> rows = ComparisonSummary.of(c).rows();

        assertEquals(
                new ComparisonSummary.Row("monthly", "Monthly cost (USD)", "unpriced (1 line)", "14,600.00", "unknown"),
                rows.get(0));
        assertEquals(
                new ComparisonSummary.Row("annual", "Annual cost (USD)", "unpriced (1 line)", "175,200.00", "unknown"),
                rows.get(1));
        assertEquals(
                "unpriced",
                ComparisonSummary.amount(c.cost().byProvider().get(0).totalBefore()));
        assertEquals("—", ComparisonSummary.groupChange(c.cost().byProvider().get(0)));
        assertEquals("monthly change unknown (unpriced lines)", ComparisonSummary.costHeadline(c.cost()));
    }
}
