package dev.skyloom.app.problems;

import dev.skyloom.model.check.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The selected finding in full: its code, the whole message (wrapped), every subject by its display name
 * with its id, for a residency finding the flow path in order, and a link that shows it on the canvas.
 */
public final class FindingDetail extends ScrollPane {
    private final Label code = new Label();
    private final Label message = new Label();
    private final Label subjects = new Label();
    private final Label path = new Label();
    private final Hyperlink showOnCanvas = new Hyperlink("Show on canvas");
    private Runnable onShow = () -> {};

    public FindingDetail() {
        setId("finding-detail");
        setFitToWidth(true);
        setMinWidth(220);
        code.setId("finding-detail-code");
        code.getStyleClass().add("text-bold");
        message.setId("finding-detail-message");
        subjects.setId("finding-detail-subjects");
        path.setId("finding-detail-path");
        for (Label l : List.of(code, message, subjects, path)) {
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
        }
        path.visibleProperty().bind(path.textProperty().isNotEmpty());
        showOnCanvas.setId("finding-detail-show");
        showOnCanvas.setOnAction(e -> onShow.run());
        VBox box = new VBox(6, code, showOnCanvas, message, subjects, path);
        box.setPadding(new Insets(6, 8, 6, 8));
        setContent(box);
        show(Optional.empty(), id -> id);
    }

    /** What "Show on canvas" does (select and reveal the finding's components). */
    public void setOnShow(Runnable onShow) {
        this.onShow = onShow;
    }

    void show(Optional<Finding> finding, Function<String, String> names) {
        if (finding.isEmpty()) {
            code.setText("Select a finding to see it in full");
            message.setText("");
            subjects.setText("");
            path.setText("");
            showOnCanvas.setVisible(false);
            return;
        }
        Finding f = finding.get();
        code.setText(f.severity().json() + " · " + f.code());
        message.setText(FindingText.of(f, names));
        List<String> lines = new ArrayList<>();
        for (String id : f.subjects()) {
            String name = names.apply(id);
            lines.add("• " + (name.equals(id) ? id : name + " (" + id + ")"));
        }
        subjects.setText(lines.isEmpty() ? "" : "Components:\n" + String.join("\n", lines));
        List<String> steps = new ArrayList<>();
        if (f.check().equals("residency") && f.subjects().size() > 1) {
            for (String id : f.subjects()) {
                steps.add(names.apply(id));
            }
        }
        path.setText(steps.isEmpty() ? "" : "Path, origin first:\n" + String.join(" → ", steps));
        showOnCanvas.setVisible(true);
    }

    public String messageText() {
        return message.getText();
    }

    public String subjectsText() {
        return subjects.getText();
    }

    public String pathText() {
        return path.getText();
    }
}
