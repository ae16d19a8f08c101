package dev.skyloom.app.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.Diagram;
import dev.skyloom.export.diagram.DiagramLabels;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.export.picture.AwtTextMeasure;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import org.junit.jupiter.api.Test;

class FitAreaTest {
    private static final List<FitArea.Reserve> MINIMAP = List.of(new FitArea.Reserve(Pos.BOTTOM_RIGHT, 240, 190));

    private static Rect[] corners(List<FitArea.Reserve> reserves, double w, double h) {
        return reserves.stream()
                .map(c -> new Rect(w - c.width(), h - c.height(), c.width(), c.height()))
                .toArray(Rect[]::new);
    }

    @Test
    void anEmptyCornerOfTheDesignMaySitUnderAnOverlay() {
        // an L of cards: the design's bottom-right quarter is empty
        Rect extent = new Rect(0, 0, 1000, 600);
        List<Rect> cards = List.of(
                new Rect(0, 0, 200, 80),
                new Rect(800, 0, 200, 80),
                new Rect(0, 520, 200, 80),
                new Rect(400, 260, 200, 80));
        Viewport clear = FitArea.fit(extent, 900, 560, MINIMAP, 0.05, 1.25);
        Viewport fit = FitArea.fit(extent, cards, 900, 560, MINIMAP, 0.05, 1.25);
        assertTrue(fit.zoom() > clear.zoom() * 1.05, fit.zoom() + " against " + clear.zoom());
        assertFalse(FitArea.covers(fit, cards, corners(MINIMAP, 900, 560)), "no card under the minimap");
        assertTrue(fit.toScreenX(extent.x()) >= FitArea.MARGIN - 0.01, "the design stays on the canvas");
        assertTrue(fit.toScreenY(extent.maxY()) <= 560 - FitArea.MARGIN + 0.01);
    }

    @Test
    void aDesignFullToItsCornersKeepsTheFitClearOfTheOverlay() {
        Rect extent = new Rect(0, 0, 1000, 600);
        List<Rect> cards = new ArrayList<>();
        for (int x = 0; x < 1000; x += 250) {
            for (int y = 0; y < 600; y += 150) {
                cards.add(new Rect(x, y, 200, 100));
            }
        }
        cards.add(new Rect(800, 500, 200, 100));
        Viewport clear = FitArea.fit(extent, 900, 560, MINIMAP, 0.05, 1.25);
        Viewport fit = FitArea.fit(extent, cards, 900, 560, MINIMAP, 0.05, 1.25);
        assertFalse(FitArea.covers(fit, cards, corners(MINIMAP, 900, 560)), "the corner card stays clear");
        assertTrue(fit.zoom() >= clear.zoom());
        double full =
                Viewport.fitting(extent, 900, 560, FitArea.MARGIN, 0.05, 1.25).zoom();
        assertTrue(fit.zoom() < full * 0.95, "not the fit of the whole canvas: " + fit.zoom() + " of " + full);
    }

    /** The share of a laptop canvas global-inference takes when fitted, printed for the record. */
    @Test
    void globalInferenceTakesMoreOfALaptopCanvas() throws Exception {
        Diagram d = Diagram.of(DesignFile.read(ExampleFiles.path("global-inference")));
        DiagramLabels labels = DiagramLabels.of(d, Optional.of(CatalogLoader.bundled()), AwtTextMeasure.shared());
        List<Rect> content = new ArrayList<>();
        for (Diagram.Item it : d.items()) {
            switch (it.kind()) {
                case CARD -> content.add(it.rect().inflated(8));
                case CONTAINER ->
                    content.add(new Rect(
                                    it.rect().x(),
                                    it.rect().y(),
                                    it.rect().w(),
                                    DiagramLayout.headerHeight(it.component()))
                            .inflated(4));
                case EDGE -> {
                    labels.edge(it.id()).filter(e -> !e.hidden()).ifPresent(e -> content.add(e.pill()));
                    for (int i = 1; i < it.route().size(); i++) {
                        content.add(Rect.spanning(
                                it.route().xs()[i - 1],
                                it.route().ys()[i - 1],
                                it.route().xs()[i],
                                it.route().ys()[i]));
                    }
                }
            }
        }
        // canvases of a maximized 1366x768 window (drawer closed, drawer open) and a 1600x1000 one, each with
        // its minimap (the small one below 1000 pixels) with its strip and margins
        double[][] sizes = {{801, 580, 150, 100}, {801, 330, 150, 100}, {1035, 800, 220, 150}};
        Rect e = d.extent();
        boolean gained = false;
        for (double[] s : sizes) {
            double w = s[0];
            double h = s[1];
            List<FitArea.Reserve> minimap = List.of(new FitArea.Reserve(
                    Pos.BOTTOM_RIGHT, s[2] + 2 * Minimap.MARGIN, s[3] + Minimap.BAR + 2 * Minimap.MARGIN));
            Viewport before = FitArea.fit(e, w, h, minimap, 0.02, 1.25);
            Viewport after = FitArea.fit(e, content, w, h, minimap, 0.02, 1.25);
            double shareBefore = e.w() * e.h() * before.zoom() * before.zoom() / (w * h);
            double shareAfter = e.w() * e.h() * after.zoom() * after.zoom() / (w * h);
            System.out.printf(
                    "global-inference on a %.0fx%.0f canvas: zoom %.3f -> %.3f, design %.1f %% -> %.1f %% of the canvas%n",
                    w, h, before.zoom(), after.zoom(), 100 * shareBefore, 100 * shareAfter);
            assertFalse(FitArea.covers(after, content, corners(minimap, w, h)));
            assertTrue(shareAfter >= shareBefore - 1e-9);
            gained |= shareAfter > shareBefore * 1.05;
        }
        assertTrue(gained, "at least one canvas gains");
    }
}
