package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-parenting by drag: the palette's rules decide, with the palette's reasons. */
class DropRulesMoveIntoTest {
    private final DropRules rules = new DropRules(TinyCatalog.threeRegions());
    private final Design design = SampleDesigns.builtIn();

    @Test
    void storageMovesIntoAnotherRegionOfItsProviderAsOneEdit() {
        DropResult r = rules.moveInto(design, Set.of("lake"), Optional.of("aws-par"), 400, 0);
        Edit edit = ((DropResult.Accepted) r).edit();
        assertTrue(edit instanceof Edit.Composite, "one edit, one undo step");
        Design after = edit.applyTo(design);
        assertEquals(
                Optional.of("aws-par"), after.component("lake").orElseThrow().parent());
    }

    @Test
    void aPoolIsRefusedWhereTheRegionDoesNotSellIt() {
        DropResult r = rules.moveInto(design, Set.of("train-pool"), Optional.of("aws-par"), 400, 0);
        assertEquals(new DropResult.Refused("p5.48xlarge (H100) is not offered in eu-west-3"), r);
    }

    @Test
    void aPoolMovesIntoAnotherRegionThatSellsIt() {
        Design two = new Edit.AddComponent(
                        new Component.Region(
                                "aws-fra-b",
                                "Frankfurt B",
                                Optional.of("aws"),
                                "eu-central-1",
                                Optional.empty(),
                                Map.of()),
                        new Bounds(60, 400, 420, 200))
                .applyTo(design);
        Edit edit = ((DropResult.Accepted) rules.moveInto(two, Set.of("train-pool"), Optional.of("aws-fra-b"), 0, 300))
                .edit();
        assertEquals(
                Optional.of("aws-fra-b"),
                edit.applyTo(two).component("train-pool").orElseThrow().parent());
    }

    @Test
    void outsideAnyRegionTheReasonIsThePalettes() {
        assertEquals(
                new DropResult.Refused("A GPU pool must go inside a region"),
                rules.moveInto(design, Set.of("train-pool"), Optional.of("aws"), 0, -80));
        assertEquals(
                new DropResult.Refused("Storage must go inside a region"),
                rules.moveInto(design, Set.of("lake"), Optional.empty(), 0, 900));
    }
}
