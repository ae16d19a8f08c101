package dev.skyloom.model.edit;

import static dev.skyloom.model.edit.EditFixtures.design;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.InvalidDesignException;
import dev.skyloom.model.TestDesigns;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditTest {
    private final Design design = design();

    @Test
    void addComponentAppendsItWithItsBounds() {
        Design d = new Edit.AddComponent(TestDesigns.pool("pool2", "fra", "p5.48xlarge", 1), new Bounds(5, 6, 0, 0))
                .applyTo(design);
        assertEquals("pool2", d.components().get(d.components().size() - 1).id());
        assertEquals(Optional.of(new Bounds(5, 6, 0, 0)), d.bounds("pool2"));
        assertEquals(5, design.components().size(), "the original design is untouched");
    }

    @Test
    void addingADuplicateIdThrowsInvalidDesign() {
        Edit edit = new Edit.AddComponent(TestDesigns.pool("pool", "fra", "p5.48xlarge", 1), Optional.empty());
        assertThrows(InvalidDesignException.class, () -> edit.applyTo(design));
    }

    @Test
    void removingARegionRemovesItsDescendantsConnectionsAndLayout() {
        Design d = new Edit.RemoveComponents(Set.of("fra")).applyTo(design);
        assertEquals(
                List.of("aws", "train"),
                d.components().stream().map(Component::id).toList());
        assertTrue(d.connections().isEmpty());
        assertEquals(Set.of("aws", "train"), d.layout().keySet());
    }

    @Test
    void removingAnUnknownIdThrows() {
        assertThrows(InvalidDesignException.class, () -> new Edit.RemoveComponents(Set.of("nope")).applyTo(design));
    }

    @Test
    void updateReplacesTheComponentInPlace() {
        Design d = new Edit.UpdateComponent(TestDesigns.pool("pool", "fra", "p5.48xlarge", 8)).applyTo(design);
        assertEquals(8, ((Component.GpuPool) d.component("pool").orElseThrow()).count());
        assertEquals(2, d.components().indexOf(d.component("pool").orElseThrow()));
    }

    @Test
    void updateThatMovesAPoolOutOfARegionIntoAProviderIsRefused() {
        Component.GpuPool misplaced =
                TestDesigns.pool("pool", "fra", "p5.48xlarge", 1).withParent(Optional.of("aws"));
        assertThrows(InvalidDesignException.class, () -> new Edit.UpdateComponent(misplaced).applyTo(design));
    }

    @Test
    void connectAddsAndDisconnectRemovesConnections() {
        Design d = new Edit.Connect(TestDesigns.connection("c3", ConnectionType.WRITES, "train", "bucket", "1"))
                .applyTo(design);
        assertEquals(3, d.connections().size());
        Design e = new Edit.Disconnect(Set.of("c1", "c3")).applyTo(d);
        assertEquals(List.of("c2"), e.connections().stream().map(c -> c.id()).toList());
    }

    @Test
    void connectingTheWrongKindsIsRefused() {
        Edit edit = new Edit.Connect(TestDesigns.connection("c3", ConnectionType.RUNS_ON, "train", "bucket", "1"));
        assertThrows(InvalidDesignException.class, () -> edit.applyTo(design));
    }

    @Test
    void updateConnectionChangesTheMonthlyVolume() {
        var changed = design.connection("c2").orElseThrow().withMonthlyTb(BigDecimal.valueOf(40));
        Design d = new Edit.UpdateConnection(changed).applyTo(design);
        assertEquals(BigDecimal.valueOf(40), d.connection("c2").orElseThrow().monthlyTb());
    }

    @Test
    void moveAndResizeChangeOnlyLayout() {
        Design moved = new Edit.Move(Map.of("pool", new Bounds(50, 90, 0, 0))).applyTo(design);
        assertEquals(new Bounds(50, 90, 0, 0), moved.bounds("pool").orElseThrow());
        assertEquals(design.components(), moved.components());
        Design resized = new Edit.Resize("aws", new Bounds(0, 0, 800, 500)).applyTo(moved);
        assertEquals(new Bounds(0, 0, 800, 500), resized.bounds("aws").orElseThrow());
        assertThrows(InvalidDesignException.class, () -> new Edit.Move(Map.of("ghost", new Bounds(0, 0, 0, 0)))
                .applyTo(design));
    }

    @Test
    void removingADataClassStillHeldByStorageIsRefused() {
        assertThrows(InvalidDesignException.class, () -> new Edit.SetDataClasses(List.of()).applyTo(design));
        var added = new Edit.SetDataClasses(
                        List.of(design.dataClasses().get(0), new DataClass("telemetry", "", List.of("US"), Map.of())))
                .applyTo(design);
        assertEquals(2, added.dataClasses().size());
    }

    @Test
    void designPropertiesSetNameCurrencyAndAssumptions() {
        var a = new Assumptions(new BigDecimal("0.2"), new BigDecimal("0.4"));
        Design d = new Edit.SetDesignProperties("Renamed", "EUR", a).applyTo(design);
        assertEquals("Renamed", d.name());
        assertEquals("EUR", d.currency());
        assertEquals(a, d.assumptions());
    }

    @Test
    void compositeAppliesAllOrFailsAsAWhole() {
        Edit ok = new Edit.Composite(
                "Add provider and region",
                List.of(
                        new Edit.AddComponent(TestDesigns.provider("gcp", "aws"), Optional.empty()),
                        new Edit.AddComponent(
                                TestDesigns.region("ew4", "gcp", "eu-central-1").withName("Frankfurt"),
                                Optional.empty())));
        assertEquals(7, ok.applyTo(design).components().size());
        assertEquals("Add provider and region", ok.label());
        Edit bad = new Edit.Composite(
                "x",
                List.of(
                        new Edit.AddComponent(TestDesigns.provider("gcp", "aws"), Optional.empty()),
                        new Edit.AddComponent(TestDesigns.provider("gcp", "aws"), Optional.empty())));
        assertThrows(InvalidDesignException.class, () -> bad.applyTo(design));
        assertFalse(design.component("gcp").isPresent());
    }

    @Test
    void labelsNameTheKindOfComponent() {
        assertEquals(
                "Add GPU pool",
                new Edit.AddComponent(TestDesigns.pool("x", "fra", "p5.48xlarge", 1), Optional.empty()).label());
        assertEquals("Delete 2 components", new Edit.RemoveComponents(Set.of("a", "b")).label());
    }
}
