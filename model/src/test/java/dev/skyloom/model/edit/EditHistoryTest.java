package dev.skyloom.model.edit;

import static dev.skyloom.model.edit.EditFixtures.design;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.InvalidDesignException;
import dev.skyloom.model.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final Design start = design();
    private final EditHistory history = new EditHistory(start);

    private static Edit setCount(int n) {
        return new Edit.UpdateComponent(TestDesigns.pool("pool", "fra", "p5.48xlarge", n));
    }

    private static int count(Design d) {
        return ((Component.GpuPool) d.component("pool").orElseThrow()).count();
    }

    @Test
    void undoAndRedoWalkThroughTheStates() {
        history.apply(setCount(3));
        history.apply(setCount(4));
        assertEquals(4, count(history.design()));
        assertEquals(3, count(history.undo()));
        assertEquals(2, count(history.undo()));
        assertFalse(history.canUndo());
        assertSame(start, history.design());
        assertEquals(3, count(history.redo()));
        assertTrue(history.canRedo());
        assertEquals(Optional.of("Edit GPU pool"), history.redoLabel());
    }

    @Test
    void aNewEditAfterUndoDiscardsTheRedoBranch() {
        history.apply(setCount(3));
        history.undo();
        history.apply(setCount(7));
        assertFalse(history.canRedo());
        assertEquals(7, count(history.design()));
    }

    @Test
    void aFailingEditLeavesTheHistoryUnchanged() {
        history.apply(setCount(3));
        long revision = history.revision();
        Design before = history.design();
        Edit bad = new Edit.AddComponent(TestDesigns.pool("pool", "fra", "p5.48xlarge", 1), Optional.empty());
        assertThrows(InvalidDesignException.class, () -> history.apply(bad));
        assertSame(before, history.design());
        assertEquals(revision, history.revision());
        assertEquals(1, history.undoDepth());
        assertFalse(history.canRedo());
    }

    @Test
    void dirtyFollowsTheSavedRevisionThroughUndoAndRedo() {
        assertFalse(history.isDirty());
        history.apply(setCount(3));
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty());
        history.redo();
        assertFalse(history.isDirty());
        history.undo();
        history.apply(setCount(3));
        assertTrue(history.isDirty(), "an equal design reached by another edit is a new revision");
    }

    @Test
    void consecutiveMovesOfTheSameIdsAreOneUndoStep() {
        history.apply(new Edit.Move(Map.of("pool", new Bounds(1, 1, 0, 0))));
        history.apply(new Edit.Move(Map.of("pool", new Bounds(2, 2, 0, 0))));
        history.apply(new Edit.Move(Map.of("pool", new Bounds(3, 3, 0, 0))));
        assertEquals(1, history.undoDepth());
        assertEquals(new Bounds(3, 3, 0, 0), history.design().bounds("pool").orElseThrow());
        history.undo();
        assertEquals(start, history.design());
    }

    @Test
    void movesOfOtherIdsOrAfterEndCoalescingAreSeparateSteps() {
        history.apply(new Edit.Move(Map.of("pool", new Bounds(1, 1, 0, 0))));
        history.apply(new Edit.Move(Map.of("train", new Bounds(1, 1, 0, 0))));
        assertEquals(2, history.undoDepth());
        history.endCoalescing();
        history.apply(new Edit.Move(Map.of("train", new Bounds(9, 9, 0, 0))));
        assertEquals(3, history.undoDepth());
    }

    @Test
    void aMoveAfterSavingIsNotMergedIntoTheSavedStep() {
        history.apply(new Edit.Move(Map.of("pool", new Bounds(1, 1, 0, 0))));
        history.markSaved();
        history.apply(new Edit.Move(Map.of("pool", new Bounds(2, 2, 0, 0))));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
    }

    @Test
    void theStackIsBoundedAndDropsTheOldestSteps() {
        EditHistory small = new EditHistory(start, 3);
        for (int n = 3; n <= 7; n++) {
            small.apply(setCount(n));
        }
        assertEquals(3, small.undoDepth());
        small.undo();
        small.undo();
        small.undo();
        assertFalse(small.canUndo());
        assertEquals(4, count(small.design()));
    }

    @Test
    void labelsDescribeTheNextUndoAndRedo() {
        assertEquals(Optional.empty(), history.undoLabel());
        history.apply(new Edit.RemoveComponents(Set.of("train")));
        assertEquals(Optional.of("Delete"), history.undoLabel());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        history.apply(setCount(2));
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
    }

    @Test
    void listenersHearEveryChangeButMayNotStartAnotherEdit() {
        List<Long> heard = new ArrayList<>();
        history.addListener(() -> heard.add(history.revision()));
        history.apply(setCount(3));
        history.undo();
        assertEquals(2, heard.size());
        history.addListener(() -> history.apply(setCount(9)));
        assertThrows(IllegalStateException.class, () -> history.apply(setCount(5)));
    }

    @Test
    void resetStartsAFreshCleanHistory() {
        history.apply(setCount(3));
        Design other = Design.empty("Other");
        history.reset(other, false);
        assertSame(other, history.design());
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
        history.reset(start, true);
        assertTrue(history.isDirty());
        assertNotEquals(0, history.revision());
    }
}
