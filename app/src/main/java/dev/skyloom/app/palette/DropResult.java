package dev.skyloom.app.palette;

import dev.skyloom.model.edit.Edit;
import java.util.Objects;

/** What dropping a palette item at a place would do: an edit, or a refusal with the reason to show. */
public sealed interface DropResult permits DropResult.Accepted, DropResult.Refused {

    /** The edit to apply and the id of the component to select afterwards. */
    record Accepted(Edit edit, String newId) implements DropResult {
        public Accepted {
            Objects.requireNonNull(edit, "edit");
            Objects.requireNonNull(newId, "newId");
        }
    }

    record Refused(String reason) implements DropResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
