package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row-by-row search of {@link FreeSlots#nearestFree} finds exactly what the plain grid scan found. */
class FreeSlotsEquivalenceTest {
    private static final double MARGIN = DiagramLayout.GAP / 2 - 1;

    /** The former algorithm, kept as the reference: every grid point tested against every rectangle. */
    static Rect scanEveryCell(Rect wanted, Rect area, List<Rect> occupied) {
        if (isFree(wanted, area, occupied)) {
            return wanted;
        }
        double step = FreeSlots.STEP;
        double w = wanted.w();
        double h = wanted.h();
        double minX = area == null ? wanted.x() - 40 * step : area.x();
        double maxX = area == null ? wanted.x() + 40 * step : Math.max(area.x(), area.maxX() - w);
        double minY = area == null ? wanted.y() - 40 * step : area.y();
        double bottom = area == null ? wanted.y() + 40 * step : area.maxY();
        for (Rect r : occupied) {
            bottom = Math.max(bottom, r.maxY());
        }
        double maxY = bottom + DiagramLayout.GAP;
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        for (double y = minY; y <= maxY; y += step) {
            for (double x = minX; x <= maxX; x += step) {
                Rect r = new Rect(x, y, w, h);
                double d = Math.hypot(x - wanted.x(), y - wanted.y());
                if (area != null && r.maxY() > area.maxY()) {
                    d += 1e6;
                }
                if (d < bestDistance && isFree(r, null, occupied)) {
                    best = r;
                    bestDistance = d;
                }
            }
        }
        return best != null ? best : new Rect(minX, maxY, w, h);
    }

    static boolean isFree(Rect r, Rect area, List<Rect> occupied) {
        if (area != null && !area.contains(r)) {
            return false;
        }
        Rect padded = r.inflated(MARGIN);
        for (Rect o : occupied) {
            if (padded.intersects(o.inflated(MARGIN))) {
                return false;
            }
        }
        return true;
    }

    /** A value on the area's 10-unit grid (so paddings touch candidates exactly) or anywhere, half the time. */
    private static double coordinate(Random random, double origin, double span) {
        return random.nextBoolean()
                ? origin + FreeSlots.STEP * random.nextInt((int) (span / FreeSlots.STEP) + 1)
                : origin + random.nextDouble() * span;
    }

    /** Cards of a few usual sizes, some laid out edge to edge with exactly one gap between paddings. */
    static List<Rect> randomCards(Random random, Rect area, int count) {
        List<Rect> cards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double w = random.nextBoolean() ? 180 : 60 + 10 * random.nextInt(20) + (random.nextInt(4) == 0 ? 0.5 : 0);
            double h = random.nextBoolean() ? 62 : 40 + 10 * random.nextInt(8);
            if (!cards.isEmpty() && random.nextInt(3) == 0) {
                Rect n = cards.get(random.nextInt(cards.size()));
                // touching: the neighbour's padding ends exactly where this one's begins
                double touch = 2 * MARGIN;
                cards.add(
                        random.nextBoolean()
                                ? new Rect(n.maxX() + touch, n.y(), w, h)
                                : new Rect(n.x(), n.maxY() + touch, w, h));
            } else {
                cards.add(new Rect(
                        coordinate(random, area.x() - 40, area.w() + 40),
                        coordinate(random, area.y() - 40, area.h()),
                        w,
                        h));
            }
        }
        return cards;
    }

    @Test
    void theRowSearchFindsTheSameRectangleAsTheFullScanOnRandomLayouts() {
        Random random = new Random(20261202L);
        int moved = 0;
        for (int round = 0; round < 1500; round++) {
            double ax = random.nextBoolean() ? 16 * random.nextInt(40) : random.nextDouble() * 700 - 100;
            double ay = random.nextBoolean() ? 16 * random.nextInt(40) + 0.5 : random.nextDouble() * 700;
            Rect area = random.nextInt(6) == 0
                    ? null
                    : new Rect(ax, ay, 150 + random.nextInt(60) * 10.5, 80 + random.nextInt(40) * 10);
            Rect frame = area != null ? area : new Rect(ax, ay, 600, 400);
            List<Rect> cards = randomCards(random, frame, random.nextInt(25));
            Rect wanted = cards.isEmpty() || random.nextInt(4) == 0
                    ? new Rect(
                            coordinate(random, frame.x(), frame.w()), coordinate(random, frame.y(), frame.h()), 180, 62)
                    : sizedOver(cards.get(random.nextInt(cards.size())), random);
            Rect expected = scanEveryCell(wanted, area, cards);
            assertEquals(expected, FreeSlots.nearestFree(wanted, area, cards), "round " + round);
            if (!expected.equals(wanted)) {
                moved++;
            }
        }
        assertTrue(moved > 1000, "most rounds had to search, not keep the wanted place: " + moved);
    }

    /** A card wanted on top of (or just beside) another one. */
    private static Rect sizedOver(Rect other, Random random) {
        double dx = random.nextBoolean() ? 0 : random.nextInt(7) * 5 - 15;
        double dy = random.nextBoolean() ? 0 : random.nextInt(7) * 5 - 15;
        double w = random.nextBoolean() ? 180 : other.w();
        return new Rect(other.x() + dx, other.y() + dy, w, 62);
    }

    @Test
    void repeatedPastesOntoOneSpotOfAFullRegionMatchTheFullScanAndStayFree() {
        Rect area = new Rect(316, 140, 420, 180);
        List<Rect> cards = new ArrayList<>();
        Rect wanted = new Rect(330, 150, 180, 62);
        for (int i = 0; i < 60; i++) {
            Rect expected = scanEveryCell(wanted, area, cards);
            Rect slot = FreeSlots.nearestFree(wanted, area, cards);
            assertEquals(expected, slot, "paste " + i);
            assertTrue(isFree(slot, null, cards), "paste " + i + " lands free: " + slot);
            cards.add(slot);
        }
    }

    private static Component.GpuPool pool(String id) {
        return new Component.GpuPool(
                id,
                "",
                Optional.of("aws-fra"),
                "p5.48xlarge",
                1,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
    }

    @Test
    void threeHundredPastesIntoOneRegionEachLandFreeInsideIt() {
        Design d = SampleDesigns.builtIn();
        Rect train = DiagramLayout.of(d).rect("train-pool").orElseThrow();
        for (int i = 0; i < 300; i++) {
            String id = "copy-" + i;
            Edit paste = new Edit.Composite(
                    "Paste",
                    List.of(new Edit.AddComponent(pool(id), new Bounds(train.x() + 20, train.y() + 20, 0, 0))));
            d = FreeSlots.settle(d, paste).applyTo(d);
            DiagramLayout layout = DiagramLayout.of(d);
            Rect placed = layout.rect(id).orElseThrow();
            Rect region = FreeSlots.contentArea(d, layout, "aws-fra").orElseThrow();
            assertTrue(region.contains(placed), "paste " + i + " inside the region: " + placed + " " + region);
            for (Component k : d.children("aws-fra")) {
                if (!k.id().equals(id)) {
                    Rect other = layout.rect(k.id()).orElseThrow();
                    assertFalse(
                            placed.inflated(MARGIN).intersects(other.inflated(MARGIN)),
                            "paste " + i + " clear of " + k.id() + ": " + placed + " " + other);
                }
            }
        }
        assertEquals(
                300,
                d.children("aws-fra").stream()
                        .filter(c -> c.id().startsWith("copy-"))
                        .count());
    }
}
