package dev.skyloom.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Badge texts kept between analyses: kept while nothing they depend on changed, built again when it did. */
class FindingTextsTest {
    private final Design design = GeneratedDesigns.generate(60, 3);
    private final Component named = design.components().stream()
            .filter(c -> c.type() != dev.skyloom.model.ComponentType.PROVIDER
                    && c.type() != dev.skyloom.model.ComponentType.REGION)
            .findFirst()
            .orElseThrow();
    private final Finding finding = new Finding(
            Severity.WARNING,
            "redundancy",
            "redundancy.single",
            List.of(named.id()),
            "storage " + named.id() + " is alone");

    private Design renamed(String name) {
        List<Component> components = new ArrayList<>(design.components());
        components.set(components.indexOf(named), named.withName(name));
        return design.withComponents(components);
    }

    @Test
    void aTextIsKeptWhileTheFindingAndItsSubjectsNamesAreUnchanged() {
        FindingTexts texts = new FindingTexts();
        texts.newRound();
        String first = texts.of(finding, design);
        assertEquals(FindingText.of(finding, design), first);
        texts.newRound();
        assertSame(first, texts.of(finding, design), "kept from the previous round");
    }

    @Test
    void aRenamedSubjectGivesTheNewName() {
        FindingTexts texts = new FindingTexts();
        texts.newRound();
        texts.of(finding, design);
        texts.newRound();
        Design after = renamed("Renamed store");
        assertEquals("storage Renamed store is alone", texts.of(finding, after));
        assertEquals(FindingText.of(finding, after), texts.of(finding, after));
    }

    @Test
    void badgesWithKeptTextsAreTheBadgesBuiltAfresh() {
        FindingTexts texts = new FindingTexts();
        List<Finding> findings = List.of(finding);
        FindingViews.badges(design, findings, texts);
        Design after = renamed("Other name");
        assertEquals(FindingViews.badges(after, findings), FindingViews.badges(after, findings, texts));
        assertEquals(
                List.of("storage Other name is alone"),
                FindingViews.badges(after, findings, texts).get(named.id()).messages());
    }
}
