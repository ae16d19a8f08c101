package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown of {@code diff --markdown} parsed with commonmark-java (GFM tables) and checked by structure. */
class DiffMarkdownTest {
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            found.addAll(all(n, type));
        }
        return found;
    }

    private static String text(Node node) {
        StringBuilder b = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                b.append(t.getLiteral());
            }
        });
        return b.toString();
    }

    /** Rows of a table as lists of cell texts, header first. */
    private static List<List<String>> rows(TableBlock table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : all(table, TableRow.class)) {
            List<String> cells = new ArrayList<>();
            for (TableCell cell : all(row, TableCell.class)) {
                cells.add(text(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String markdown(String pair) {
        CliRun r = CliRun.of("diff", DiffCommandTest.base(pair), DiffCommandTest.head(pair), "--markdown");
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void summaryTableHasTheCostErrorAndSurvivabilityRows() {
        Node doc = parse(markdown("global-inference.replica"));

        assertEquals("Skyloom design diff", text(all(doc, Heading.class).get(0)));
        List<List<String>> summary = rows(all(doc, TableBlock.class).get(0));
        assertEquals(List.of("", "Before", "After", "Change"), summary.get(0));
        // one line is unpriced on each side: the totals say so, and the change covers the priced lines only
        assertEquals(
                List.of(
                        "Monthly cost (USD)",
                        "320,670.95 + 1 unpriced line",
                        "321,282.95 + 1 unpriced line",
                        "+612.00 (priced lines only)"),
                summary.get(1));
        assertEquals(
                List.of(
                        "Annual cost (USD)",
                        "3,848,051.40 + 1 unpriced line",
                        "3,855,395.40 + 1 unpriced line",
                        "+7,344.00 (priced lines only)"),
                summary.get(2));
        assertEquals(List.of("Errors", "1", "1", "0"), summary.get(4));
        assertEquals(List.of("Single failures that take a pipeline down", "8 of 8", "7 of 8", "-1"), summary.get(6));
        // the replica changes no serving pool: Frankfurt's 35 % share is lost when westeurope fails, on both sides
        assertEquals(
                List.of(
                        "Users within latency budget",
                        "100 % (65 % if azure/westeurope fails)",
                        "100 % (65 % if azure/westeurope fails)",
                        "0 pts"),
                summary.get(8));
    }

    @Test
    void detailsSectionsAreCollapsibleAndInAStableOrder() {
        Node doc = parse(markdown("eu-sovereign-training.moved-pool"));

        List<String> summaries = new ArrayList<>();
        int opened = 0;
        int closed = 0;
        for (HtmlBlock h : all(doc, HtmlBlock.class)) {
            String html = h.getLiteral();
            if (html.startsWith("<details>")) {
                opened++;
                int s = html.indexOf("<summary>");
                summaries.add(html.substring(s + 9, html.indexOf("</summary>")).replaceAll(":.*", ""));
            } else if (html.startsWith("</details>")) {
                closed++;
            }
        }
        assertEquals(8, opened);
        assertEquals(8, closed);
        assertEquals(
                List.of(
                        "Components",
                        "Connections",
                        "Data classes and settings",
                        "Cost",
                        "Findings",
                        "Resilience",
                        "Portability",
                        "Latency"),
                summaries);
    }

    @Test
    void newErrorsAreListedOutsideTheDetails() {
        String md = markdown("eu-sovereign-training.moved-pool");
        Node doc = parse(md);

        List<String> texts = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            texts.add(text(n));
            if (n instanceof HtmlBlock) {
                break; // the first <details>
            }
        }
        assertTrue(texts.contains("New errors"), texts.toString());
        assertTrue(
                texts.stream().anyMatch(t -> t.startsWith("redundancy.region-outage: Pipeline training")),
                texts.toString());
    }

    @Test
    void resilienceTableSaysWhichPipelineNowSurvives() {
        Node doc = parse(markdown("global-inference.replica"));

        TableBlock resilience = all(doc, TableBlock.class).stream()
                .filter(t -> rows(t).get(0).get(0).equals("Failure"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        List.of("Failure", "Down before", "Down after", "Effect"),
                        List.of(
                                "region azure/swedencentral",
                                "personalisation",
                                "—",
                                "personalisation now survives an outage of azure/swedencentral")),
                rows(resilience));
    }

    @Test
    void theSamePairGivesTheSameBytes() {
        assertEquals(markdown("single-provider.count"), markdown("single-provider.count"));
    }

    @Test
    void hostileNamesStayTextInTheirCell(@TempDir Path dir) throws Exception {
        String hostile = "x | <img src=x onerror=alert(1)> **bold** [link](http://e.invalid) `code` \\n";
        String base = Files.readString(Path.of(CliRun.example("single-provider")));
        String head = base.replace(
                "\"name\": \"Serving (Virginia)\"",
                "\"name\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(hostile));
        assertTrue(!head.equals(base));
        Path headFile = dir.resolve("head.skyloom.json");
        Files.writeString(headFile, head);

        CliRun r = CliRun.of("diff", CliRun.example("single-provider"), headFile.toString(), "--markdown");
        Node doc = parse(r.out());

        assertEquals(0, r.code(), r.err());
        assertTrue(all(doc, HtmlInline.class).isEmpty(), "no inline HTML from a name");
        for (HtmlBlock h : all(doc, HtmlBlock.class)) {
            assertTrue(
                    h.getLiteral().startsWith("<details>") || h.getLiteral().startsWith("</details>"), h.getLiteral());
        }
        TableBlock components = all(doc, TableBlock.class).get(1);
        List<List<String>> rows = rows(components);
        assertEquals(2, rows.size());
        assertEquals(4, rows.get(1).size(), "the | in the name did not split the row");
        assertTrue(
                rows.get(1).get(3).contains(hostile.replace("\\n", "\\n")),
                rows.get(1).get(3));
        assertTrue(all(doc, CustomBlock.class).stream().allMatch(b -> b instanceof TableBlock));
    }
}
