package dev.skyloom.app.document;

import dev.skyloom.export.diagram.Rect;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * CPU time of {@link FreeSlots#nearestFree} against the former full scan ({@link
 * FreeSlotsEquivalenceTest#scanEveryCell}): one paste onto the first card of a region holding {@code n}
 * cards three to a row, and {@code m} successive pastes onto one spot of a region that starts empty and
 * grows. Not a test: run with {@code java -cp app/target/test-classes:app/target/classes:<deps>
 * dev.skyloom.app.document.FreeSlotsTimes 500 200}.
 */
public final class FreeSlotsTimes {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FreeSlotsTimes() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int m = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Rect area = new Rect(316, 140, 620, 180);
        List<Rect> full = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            full.add(new Rect(area.x() + (i % 3) * 202, area.y() + (i / 3) * 82, 180, 62));
        }
        Rect wanted = new Rect(area.x() + 20, area.y() + 20, 180, 62);
        for (int round = 0; round < 3; round++) {
            System.out.printf(
                    Locale.ROOT,
                    "one paste into %d cards: full scan %.1f ms, rows %.3f ms%n",
                    n,
                    median(() -> FreeSlotsEquivalenceTest.scanEveryCell(wanted, area, full), 5),
                    median(() -> FreeSlots.nearestFree(wanted, area, full), 51));
            System.out.printf(
                    Locale.ROOT,
                    "%d successive pastes from empty: full scan %.0f ms, rows %.1f ms%n",
                    m,
                    cpuMillis(() -> successive(m, area, wanted, true)),
                    cpuMillis(() -> successive(m, area, wanted, false)));
        }
    }

    private static List<Rect> successive(int m, Rect area, Rect wanted, boolean fullScan) {
        List<Rect> cards = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            cards.add(
                    fullScan
                            ? FreeSlotsEquivalenceTest.scanEveryCell(wanted, area, cards)
                            : FreeSlots.nearestFree(wanted, area, cards));
        }
        return cards;
    }

    private static double median(Supplier<Rect> run, int times) {
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            ms[i] = cpuMillis(run);
        }
        Arrays.sort(ms);
        return ms[times / 2];
    }

    private static double cpuMillis(Supplier<?> run) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Object result = run.get();
        long t1 = CPU.getCurrentThreadCpuTime();
        if (result == null) {
            throw new IllegalStateException();
        }
        return (t1 - t0) / 1e6;
    }
}
