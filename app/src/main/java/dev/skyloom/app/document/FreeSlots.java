package dev.skyloom.app.document;

import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts added cards where nothing else is: a card dropped or pasted onto its siblings moves to the nearest
 * free place of its container (growing it downwards when it is full). Siblings that the layout still places
 * automatically are pinned where they are, so that a stored card does not push them around.
 */
public final class FreeSlots {
    /** Candidate positions are tried on this grid (design units). */
    static final double STEP = 10;

    private FreeSlots() {}

    /**
     * The edit with every added non-container component that has bounds moved to the nearest free slot of
     * its parent (or of the top level); other edits unchanged. The result is still one edit (one undo step).
     */
    public static Edit settle(Design design, Edit edit) {
        List<Edit> parts = edit instanceof Edit.Composite c ? c.edits() : List.of(edit);
        DiagramLayout layout = DiagramLayout.of(design);
        Map<String, List<Rect>> taken = new LinkedHashMap<>();
        Map<String, Bounds> pins = new LinkedHashMap<>();
        List<Edit> out = new ArrayList<>();
        boolean changed = false;
        for (Edit e : parts) {
            if (e instanceof Edit.AddComponent a
                    && a.bounds().isPresent()
                    && !DiagramLayout.isContainer(a.component())
                    && a.component()
                            .parent()
                            .map(p -> design.component(p).isPresent())
                            .orElse(true)) {
                Component c = a.component();
                String parent = c.parent().orElse("");
                List<Rect> occupied = taken.computeIfAbsent(parent, p -> siblings(design, layout, p, pins));
                Bounds b = a.bounds().get();
                double[] size = DiagramLayout.defaultSize(c);
                double w = b.w() > 0 ? b.w() : size[0];
                double h = b.h() > 0 ? b.h() : size[1];
                Rect area =
                        c.parent().flatMap(p -> contentArea(design, layout, p)).orElse(null);
                Rect slot = nearestFree(new Rect(b.x(), b.y(), w, h), area, occupied);
                occupied.add(slot);
                out.add(new Edit.AddComponent(c, new Bounds(slot.x(), slot.y(), b.w(), b.h()).onHalfUnits()));
                changed = true;
            } else {
                out.add(e);
            }
        }
        if (!changed) {
            return edit;
        }
        if (!pins.isEmpty()) {
            out.add(0, new Edit.Move(pins));
        }
        String label = edit instanceof Edit.Composite c ? c.label() : edit.label();
        return new Edit.Composite(label, out);
    }

    /**
     * The free rectangle of the wanted size nearest to {@code wanted}: inside {@code area} when it fits
     * there, otherwise below it (the container grows); anywhere when {@code area} is null. Candidates lie on
     * a {@link #STEP} grid from the area's corner; of equally near ones the first in rows-then-columns order
     * wins. Row by row, the columns each occupied rectangle blocks form one run (found by bisection), so a
     * row costs the few rectangles in its reach, not its cells times every rectangle, and rows farther away
     * than the best so far are skipped: cheap enough for repeated pastes into a region that keeps growing.
     */
    public static Rect nearestFree(Rect wanted, Rect area, List<Rect> occupied) {
        if (isFree(wanted, area, occupied)) {
            return wanted;
        }
        double w = wanted.w();
        double h = wanted.h();
        double minX = area == null ? wanted.x() - 40 * STEP : area.x();
        double maxX = area == null ? wanted.x() + 40 * STEP : Math.max(area.x(), area.maxX() - w);
        double minY = area == null ? wanted.y() - 40 * STEP : area.y();
        double bottom = area == null ? wanted.y() + 40 * STEP : area.maxY();
        for (Rect r : occupied) {
            bottom = Math.max(bottom, r.maxY());
        }
        double maxY = bottom + DiagramLayout.GAP;
        // the grid is accumulated exactly as a plain scan would, so the candidates are the same numbers
        double[] xs = grid(minX, maxX);
        // occupied rectangles, padded, by their top edge: rows go downwards, so a sweep keeps the ones in reach
        List<Rect> padded = new ArrayList<>(occupied.size());
        for (Rect o : occupied) {
            padded.add(o.inflated(MARGIN));
        }
        padded.sort((a, b) -> Double.compare(a.y(), b.y()));
        List<Rect> inReach = new ArrayList<>();
        int next = 0;
        // columns 0..split-1 lie left of (or at) the wanted x, the rest right of it
        int split = firstAbove(xs, wanted.x());
        Rect best = null;
        double bestDistance = Double.MAX_VALUE;
        int[][] runs = new int[padded.size()][];
        for (double y = minY; y <= maxY; y += STEP) {
            double dy = y - wanted.y();
            // past the container's bottom only when nothing inside is free
            boolean below = area != null && y + h > area.maxY();
            double nearest = Math.hypot(0, dy);
            if (below) {
                nearest += 1e6;
            }
            if (nearest >= bestDistance) {
                if (dy > 0) {
                    break; // every later row is farther still
                }
                continue;
            }
            Rect band = new Rect(minX, y, w, h).inflated(MARGIN);
            while (next < padded.size() && padded.get(next).y() <= band.y() + band.h()) {
                inReach.add(padded.get(next++));
            }
            // ends above this row's band stay above every later one
            inReach.removeIf(o -> o.y() + o.h() < band.y());
            int count = 0;
            for (Rect o : inReach) {
                if (o.y() <= band.y() + band.h() && o.y() + o.h() >= band.y()) {
                    int[] run = blockedColumns(xs, w, o);
                    if (run != null) {
                        runs[count++] = run;
                    }
                }
            }
            int[][] blocked = merged(runs, count);
            int left = freeAtOrBefore(blocked, split - 1);
            // of equally near columns on the left the first one scanned (the leftmost) wins
            double leftDistance = Double.MAX_VALUE;
            if (left >= 0) {
                leftDistance = distance(xs[left], dy, wanted.x(), below);
                for (int i = freeAtOrBefore(blocked, left - 1); i >= 0; i = freeAtOrBefore(blocked, i - 1)) {
                    if (distance(xs[i], dy, wanted.x(), below) != leftDistance) {
                        break;
                    }
                    left = i;
                }
            }
            int right = freeAtOrAfter(blocked, split, xs.length);
            double rightDistance = right < xs.length ? distance(xs[right], dy, wanted.x(), below) : Double.MAX_VALUE;
            if (left >= 0 && leftDistance <= rightDistance && leftDistance < bestDistance) {
                best = new Rect(xs[left], y, w, h);
                bestDistance = leftDistance;
            } else if (right < xs.length && rightDistance < leftDistance && rightDistance < bestDistance) {
                best = new Rect(xs[right], y, w, h);
                bestDistance = rightDistance;
            }
        }
        return best != null ? best : new Rect(minX, maxY, w, h);
    }

    /** How far a card's padding reaches into the gap between neighbours (touching paddings collide). */
    private static final double MARGIN = DiagramLayout.GAP / 2 - 1;

    private static double distance(double x, double dy, double wantedX, boolean below) {
        double d = Math.hypot(x - wantedX, dy);
        return below ? d + 1e6 : d;
    }

    private static double[] grid(double from, double to) {
        int n = 0;
        for (double x = from; x <= to; x += STEP) {
            n++;
        }
        double[] xs = new double[n];
        int i = 0;
        for (double x = from; x <= to; x += STEP) {
            xs[i++] = x;
        }
        return xs;
    }

    /** The first index whose x is greater than {@code x} (xs ascending). */
    private static int firstAbove(double[] xs, double x) {
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The run of columns where a candidate of width {@code w} would touch the padded rectangle {@code o},
     * as {first, last}, or null. Uses the same arithmetic as {@link Rect#inflated} and {@link Rect#intersects}
     * (both tests are monotone in x, so the run is contiguous).
     */
    private static int[] blockedColumns(double[] xs, double w, Rect o) {
        // first column whose padded right edge reaches o's left edge
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Rect c = new Rect(xs[mid], 0, w, 0).inflated(MARGIN);
            if (o.x() <= c.x() + c.w()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int first = lo;
        // first column whose padded left edge lies past o's right edge
        lo = first;
        hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Rect c = new Rect(xs[mid], 0, w, 0).inflated(MARGIN);
            if (o.x() + o.w() >= c.x()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > first ? new int[] {first, lo - 1} : null;
    }

    /** The runs sorted and joined where they overlap or adjoin. */
    private static int[][] merged(int[][] runs, int count) {
        int[][] sorted = Arrays.copyOf(runs, count);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out.toArray(new int[0][]);
    }

    /** The run containing column i, or -1. */
    private static int runOf(int[][] blocked, int i) {
        int lo = 0;
        int hi = blocked.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocked[mid][1] < i) {
                lo = mid + 1;
            } else if (blocked[mid][0] > i) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The last free column at or before i, or -1. */
    private static int freeAtOrBefore(int[][] blocked, int i) {
        if (i < 0) {
            return -1;
        }
        int run = runOf(blocked, i);
        return run < 0 ? i : blocked[run][0] - 1;
    }

    /** The first free column at or after i, or n when none. */
    private static int freeAtOrAfter(int[][] blocked, int i, int n) {
        if (i >= n) {
            return n;
        }
        int run = runOf(blocked, i);
        return run < 0 ? i : Math.min(n, blocked[run][1] + 1);
    }

    private static boolean isFree(Rect r, Rect area, List<Rect> occupied) {
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

    /** Where a container's children go: inside its padding, below its header. */
    public static Optional<Rect> contentArea(Design design, DiagramLayout layout, String id) {
        Optional<Component> c = design.component(id);
        Optional<Rect> r = layout.rect(id);
        if (c.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        double header = DiagramLayout.headerHeight(c.get());
        double pad = DiagramLayout.PAD;
        Rect o = r.get();
        return Optional.of(new Rect(
                o.x() + pad,
                o.y() + header + pad,
                Math.max(0, o.w() - 2 * pad),
                Math.max(0, o.h() - header - 2 * pad)));
    }

    /** The current rectangles of a parent's children (top-level components for ""); auto-placed ones pinned. */
    private static List<Rect> siblings(Design design, DiagramLayout layout, String parent, Map<String, Bounds> pins) {
        List<Rect> result = new ArrayList<>();
        List<Component> kids = parent.isEmpty()
                ? design.components().stream().filter(c -> c.parent().isEmpty()).toList()
                : design.children(parent);
        for (Component k : kids) {
            layout.rect(k.id()).ifPresent(r -> {
                result.add(r);
                if (!parent.isEmpty() && !design.layout().containsKey(k.id())) {
                    pins.put(k.id(), new Bounds(r.x(), r.y(), 0, 0));
                }
            });
        }
        return result;
    }
}
