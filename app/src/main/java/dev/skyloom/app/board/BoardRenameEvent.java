package dev.skyloom.app.board;

import javafx.event.Event;
import javafx.event.EventType;

/** A double-click on a component asking to rename it. */
public final class BoardRenameEvent extends Event {
    private static final long serialVersionUID = 1L;
    public static final EventType<BoardRenameEvent> RENAME = new EventType<>(Event.ANY, "BOARD_RENAME");

    private final String componentId;

    public BoardRenameEvent(String componentId) {
        super(RENAME);
        this.componentId = componentId;
    }

    public String componentId() {
        return componentId;
    }
}
