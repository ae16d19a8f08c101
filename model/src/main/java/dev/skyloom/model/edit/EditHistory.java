package dev.skyloom.model.edit;

import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo over immutable designs: a bounded stack of applied edits with the design before and
 * after each one. Every state has a revision number; the revision last saved gives the dirty flag.
 * Consecutive {@link Edit.Move}s of the same ids coalesce into one step. Not thread-safe: one owner
 * (the document view-model) drives it; listeners may not start another edit while one is applied.
 */
public final class EditHistory {
    /** Undo depth when none is given. */
    public static final int DEFAULT_LIMIT = 200;

    private record Step(Edit edit, Design before, Design after, long revision) {}

    private final int limit;
    private final List<Step> steps = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private Design initial;
    private long initialRevision;
    private int position;
    private long nextRevision = 1;
    private long savedRevision;
    private boolean coalesceOpen = true;
    private boolean busy;

    public EditHistory(Design initial) {
        this(initial, DEFAULT_LIMIT);
    }

    public EditHistory(Design initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("undo limit must be at least 1: " + limit);
        }
        this.limit = limit;
        this.initial = Objects.requireNonNull(initial, "initial");
    }

    /** The current design. */
    public Design design() {
        return position == 0 ? initial : steps.get(position - 1).after();
    }

    /** Identifies the current state; equal revisions mean the same design. */
    public long revision() {
        return position == 0 ? initialRevision : steps.get(position - 1).revision();
    }

    /** True when the current state is not the one last marked saved. */
    public boolean isDirty() {
        return revision() != savedRevision;
    }

    /** Records that the current design is what is on disk. */
    public void markSaved() {
        savedRevision = revision();
        coalesceOpen = false;
        fire();
    }

    /** Forgets all history and starts from {@code design} (open, new, revert); clean unless told otherwise. */
    public void reset(Design design, boolean dirty) {
        guard();
        initial = Objects.requireNonNull(design, "design");
        steps.clear();
        position = 0;
        initialRevision = nextRevision++;
        savedRevision = dirty ? -1 : initialRevision;
        coalesceOpen = true;
        fire();
    }

    /**
     * Applies an edit and makes it undoable. If it fails (an invalid design), the exception propagates
     * and the history is unchanged.
     */
    public Design apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        guard();
        busy = true;
        try {
            Design before = design();
            Design after = edit.applyTo(before);
            if (after.equals(before)) {
                return before;
            }
            Step top = position > 0 ? steps.get(position - 1) : null;
            truncateRedo();
            if (top != null && coalesceOpen && coalesces(top.edit(), edit) && top.revision() != savedRevision) {
                steps.set(position - 1, new Step(edit, top.before(), after, nextRevision++));
            } else {
                steps.add(new Step(edit, before, after, nextRevision++));
                position++;
                if (steps.size() > limit) {
                    Step dropped = steps.remove(0);
                    initial = dropped.after();
                    initialRevision = dropped.revision();
                    position--;
                }
            }
            coalesceOpen = true;
        } finally {
            busy = false;
        }
        fire();
        return design();
    }

    /** Ends coalescing: the next move starts a new undo step even if it moves the same ids. */
    public void endCoalescing() {
        coalesceOpen = false;
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < steps.size();
    }

    /** The label of the edit undo would revert, e.g. "Move". */
    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(steps.get(position - 1).edit().label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(steps.get(position).edit().label()) : Optional.empty();
    }

    public Design undo() {
        guard();
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        position--;
        coalesceOpen = false;
        fire();
        return design();
    }

    public Design redo() {
        guard();
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        position++;
        coalesceOpen = false;
        fire();
        return design();
    }

    /** Number of undoable steps held (at most the limit). */
    public int undoDepth() {
        return position;
    }

    /** Called after every change of state (apply, undo, redo, reset, markSaved). */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private static boolean coalesces(Edit previous, Edit next) {
        return previous instanceof Edit.Move p && next instanceof Edit.Move n && p.coalescesWith(n);
    }

    private void truncateRedo() {
        while (steps.size() > position) {
            steps.remove(steps.size() - 1);
        }
    }

    private void guard() {
        if (busy) {
            throw new IllegalStateException("an edit was started while another edit was being applied");
        }
    }

    private void fire() {
        busy = true;
        try {
            for (Runnable l : List.copyOf(listeners)) {
                l.run();
            }
        } finally {
            busy = false;
        }
    }
}
