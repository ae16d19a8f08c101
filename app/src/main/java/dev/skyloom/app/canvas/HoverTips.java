package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import java.util.Optional;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * What the pointer shows while it only moves: the cursor (connect handle, resize handle, pan), the hovered
 * card (it shows its connect handle), and the tip of a badge, a card or an edge whose label had no room.
 */
final class HoverTips {
    private final DesignCanvas canvas;
    private final ConnectDrag connect;

    HoverTips(DesignCanvas canvas, ConnectDrag connect) {
        this.canvas = canvas;
        this.connect = connect;
    }

    /** The pointer moved with no button down; {@code spaceDown}: Space is held (the cursor offers a pan). */
    void moved(MouseEvent e, boolean spaceDown) {
        Viewport v = canvas.viewport();
        Optional<String> handleOwner = connect.handleAt(e.getX(), e.getY());
        if (handleOwner.isEmpty() && canvas.connectModeProperty().get()) {
            handleOwner = CanvasGestures.hit(canvas, e.getX(), e.getY())
                    .filter(it -> it.component() != null && CanvasGeometry.canStartConnection(it.component()))
                    .map(Diagram.Item::id);
        }
        if (handleOwner.isPresent()) {
            canvas.setCursor(Cursor.CROSSHAIR);
            return;
        }
        if (canvas.getSelection().size() == 1) {
            Optional<Diagram.Item> sel =
                    canvas.getDiagram().item(canvas.getSelection().iterator().next());
            if (sel.isPresent() && sel.get().kind() == Diagram.Kind.CONTAINER) {
                int h = CanvasGeometry.handleAt(sel.get().rect(), v, e.getX(), e.getY());
                if (h >= 0) {
                    canvas.setCursor(resizeCursor(h));
                    return;
                }
            }
        }
        canvas.setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        Optional<Diagram.Item> hit = CanvasGestures.hit(canvas, e.getX(), e.getY());
        hover(hit.filter(it -> it.kind() == Diagram.Kind.CARD)
                .map(Diagram.Item::id)
                .orElse(null));
        Optional<CanvasBadge> badge = hit.map(it -> canvas.badges().get(it.id()));
        Optional<String> edgeTip =
                hit.filter(it -> it.kind() == Diagram.Kind.EDGE).flatMap(it -> canvas.edgeTipText(it.id()));
        boolean onBadge = badge.isPresent()
                && hit.get().kind() == Diagram.Kind.CARD
                && isNear(
                        CanvasGeometry.badgeCentre(
                                canvas.getLabels(), hit.get(), hit.get().rect(), v),
                        e.getX(),
                        e.getY());
        if (badge.isPresent()
                && !badge.get().messages().isEmpty()
                && (onBadge || hit.get().kind() != Diagram.Kind.CARD)) {
            canvas.showLabel(
                    canvas.tip(), String.join("\n", badge.get().messages()), e.getX() + 14, e.getY() + 16, "refuse");
        } else if (hit.isPresent() && hit.get().kind() == Diagram.Kind.CARD && !canvas.state().dropActive) {
            // the card may shorten its name: the tip has it whole, with what the card is and its findings
            canvas.showLabel(canvas.tip(), canvas.tipText(hit.get().id()), e.getX() + 14, e.getY() + 16, "info");
        } else if (edgeTip.isPresent() && !canvas.state().dropActive) {
            // a label with no free spot is never drawn over a card: hovering its route shows it here
            canvas.showLabel(canvas.tip(), edgeTip.get(), e.getX() + 14, e.getY() + 16, "info");
        } else if (!canvas.state().dropActive) {
            canvas.tip().setVisible(false);
        }
    }

    private static boolean isNear(double[] p, double x, double y) {
        return Math.hypot(p[0] - x, p[1] - y) <= 10;
    }

    void hover(String id) {
        PaintState s = canvas.state();
        if (!java.util.Objects.equals(s.hoverId, id)) {
            s.hoverId = id;
            canvas.redraw();
        }
    }

    private static Cursor resizeCursor(int h) {
        switch (h) {
            case CanvasGeometry.NW:
                return Cursor.NW_RESIZE;
            case CanvasGeometry.N:
                return Cursor.N_RESIZE;
            case CanvasGeometry.NE:
                return Cursor.NE_RESIZE;
            case CanvasGeometry.E:
                return Cursor.E_RESIZE;
            case CanvasGeometry.SE:
                return Cursor.SE_RESIZE;
            case CanvasGeometry.S:
                return Cursor.S_RESIZE;
            case CanvasGeometry.SW:
                return Cursor.SW_RESIZE;
            default:
                return Cursor.W_RESIZE;
        }
    }
}
