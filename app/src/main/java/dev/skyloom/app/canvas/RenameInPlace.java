package dev.skyloom.app.canvas;

import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Component;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Renaming in place: a text field over a card's name, a container's header or a note's top band. Enter or
 * leaving the field commits (one rename intent when the text changed), Escape cancels.
 */
final class RenameInPlace {
    private final DesignCanvas canvas;
    private TextField editor;
    private String editingId;

    RenameInPlace(DesignCanvas canvas) {
        this.canvas = canvas;
    }

    /** Drops the editor when what it edits left the design. */
    void designChanged() {
        if (editingId != null
                && canvas.getDiagram().item(editingId).isEmpty()
                && canvas.getDiagram().design().annotation(editingId).isEmpty()) {
            closeEditor(false);
        }
    }

    /** A press anywhere but on the editor commits the edit. */
    void pressedOn(Object target) {
        if (editor != null && target != editor) {
            closeEditor(true);
        }
    }

    void start(String id) {
        Optional<Annotation> annotation = canvas.getDiagram().design().annotation(id);
        if (annotation.isPresent()) {
            editAnnotation(annotation.get());
            return;
        }
        Optional<Diagram.Item> item = canvas.getDiagram().item(id);
        Component c = canvas.component(id);
        if (item.isEmpty() || c == null) {
            return;
        }
        closeEditor(false);
        canvas.reveal(id);
        Viewport v = canvas.viewport();
        Rect r = item.get().rect();
        double z = v.zoom();
        boolean container = item.get().kind() == Diagram.Kind.CONTAINER;
        editingId = id;
        editor = new TextField(c.name().isEmpty() ? c.label() : c.name());
        editor.setId("canvas-rename");
        editor.setStyle("-fx-font-size: " + Math.max(12, Math.min(18, 13 * z)) + "px;");
        editor.setManaged(false);
        canvas.overlay().getChildren().add(editor);
        // the theme's padding around the font decides the height: a box sized from the zoom alone clipped the text
        editor.applyCss();
        double height = Math.max(editor.prefHeight(-1), (container ? DiagramLayout.headerHeight(c) - 6 : 26) * z);
        double x = v.toScreenX(r.x()) + (container ? 40 : 44) * z;
        double y = container ? v.toScreenY(r.y()) + 3 * z : v.toScreenY(r.centerY()) - height / 2;
        double w = Math.max(120, r.w() * z - (x - v.toScreenX(r.x())) - 8 * z);
        editor.resizeRelocate(x, y, w, height);
        editor.setOnAction(ev -> closeEditor(true));
        editor.addEventHandler(KeyEvent.KEY_PRESSED, ev -> {
            if (ev.getCode() == KeyCode.ESCAPE) {
                closeEditor(false);
                ev.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                closeEditor(true);
            }
        });
        editor.requestFocus();
        editor.selectAll();
    }

    /** The text of a note or zone, edited in place over its top band. */
    private void editAnnotation(Annotation a) {
        closeEditor(false);
        Viewport v = canvas.viewport();
        Rect r = DiagramLayout.rectOf(a);
        double z = v.zoom();
        double x = v.toScreenX(r.x()) + 4;
        double y = v.toScreenY(r.y()) + 2;
        double w = Math.max(160, r.w() * z - 8);
        editingId = a.id();
        editor = new TextField(a.text());
        editor.setId("canvas-rename");
        editor.setManaged(false);
        editor.resizeRelocate(x, y, w, 28);
        editor.setOnAction(ev -> closeEditor(true));
        editor.addEventHandler(KeyEvent.KEY_PRESSED, ev -> {
            if (ev.getCode() == KeyCode.ESCAPE) {
                closeEditor(false);
                ev.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && editor != null) {
                closeEditor(true);
            }
        });
        canvas.overlay().getChildren().add(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    boolean isEditing() {
        return editor != null;
    }

    private void closeEditor(boolean commit) {
        if (editor == null) {
            return;
        }
        TextField field = editor;
        String id = editingId;
        editor = null;
        editingId = null;
        canvas.overlay().getChildren().remove(field);
        canvas.requestFocus();
        if (commit && canvas.getDiagram().design().annotation(id).isPresent()) {
            if (!field.getText()
                    .strip()
                    .equals(canvas.getDiagram().design().annotation(id).get().text())) {
                canvas.intents().rename(id, field.getText());
            }
        } else if (commit) {
            Component c = canvas.component(id);
            String text = field.getText().strip();
            if (c != null && !text.equals(c.name()) && !(c.name().isEmpty() && text.equals(c.id()))) {
                canvas.intents().rename(id, text);
            }
        }
    }
}
