package dev.skyloom.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The window icon, drawn in code (a rounded tile with an "S") until the icons module provides one. */
final class AppIcons {
    private AppIcons() {}

    static List<Image> window() {
        List<Image> out = new ArrayList<>();
        for (int size : new int[] {16, 32, 64}) {
            Rectangle tile = new Rectangle(size, size, Color.web("#2f6fde"));
            tile.setArcWidth(size / 3.0);
            tile.setArcHeight(size / 3.0);
            Text s = new Text("S");
            s.setFill(Color.WHITE);
            s.setFont(Font.font("System", FontWeight.BOLD, size * 0.7));
            StackPane p = new StackPane(tile, s);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            out.add(p.snapshot(params, null));
        }
        return out;
    }
}
