package dev.skyloom.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.problems.FindingText;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SummaryFindingsTest {
    @Test
    void aGeneratedDesignsRepeatedErrorIsListedOnceWithItsCount() {
        Catalog catalog = TinyCatalog.threeRegions();
        Design design = GeneratedDesigns.generate(2000, 42);
        List<Finding> findings = Checks.runAll(design, catalog);
        List<String> texts = findings.stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .map(f -> FindingText.of(f, design))
                .toList();
        assertTrue(
                texts.size() > new HashSet<>(texts).size(),
                "the generated design repeats an error text: " + texts.size());

        List<String> lines = SummaryFindings.errorLines(findings, design, 3);

        Set<String> shown = new HashSet<>();
        for (String l : lines) {
            String text = l.replaceFirst("^• ", "").replaceFirst(" \\(\\d+ findings\\)$", "");
            assertTrue(shown.add(text), "listed once: " + l);
        }
        String first = texts.stream()
                .max(java.util.Comparator.comparingLong(
                        t -> texts.stream().filter(t::equals).count()))
                .orElseThrow();
        long n = texts.stream().filter(first::equals).count();
        assertEquals("• " + first + " (" + n + " findings)", lines.get(0), "the most frequent first, with its count");
        assertEquals(Math.min(3, new HashSet<>(texts).size()), lines.size());
    }
}
