package dev.skyloom.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up figures printed with {@code -Dskyloom.timing=true}: when the main window has been shown
 * ({@code stage.show()} returned, the figure quoted in docs/PERFORMANCE.md), the phases before it, and
 * when its first frame has been rendered (the second animation pulse after showing). Each phase is
 * printed as wall-clock ms since the JVM started / CPU ms of the thread that reached it (the main thread
 * for {@code main}, the JavaFX thread for the rest), plus the whole process's CPU time when the window
 * was shown: CPU figures are the fair proxy while the machine is shared. Costs nothing when the property
 * is unset.
 */
final class StartupTiming {
    static final boolean ON = Boolean.getBoolean("skyloom.timing");

    private static final List<String> NAMES = new ArrayList<>();
    private static final List<Long> TIMES = new ArrayList<>();
    private static final List<Long> CPU = new ArrayList<>();
    private static long shownCpuMs = -1;

    private StartupTiming() {}

    /** Notes that a phase has ended (the clock is read before anything else). */
    static void mark(String phase) {
        if (ON) {
            long now = System.currentTimeMillis();
            NAMES.add(phase);
            TIMES.add(now);
            CPU.add(threadCpuMs());
        }
    }

    /** CPU time of the calling thread in ms (10 ms steps, from /proc), or -1 where unavailable. */
    private static long threadCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Notes that the window is shown, then reports once its first frame has been rendered. */
    static void shown() {
        if (!ON) {
            return;
        }
        mark("shown");
        shownCpuMs = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toMillis)
                .orElse(-1L);
        FirstFrame.then(() -> {
            mark("first frame");
            report();
        });
    }

    private static void report() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        long shown = TIMES.get(NAMES.indexOf("shown")) - start;
        System.err.println("skyloom: first window after " + shown + " ms");
        StringBuilder b = new StringBuilder("skyloom: start-up (ms since JVM start):");
        for (int i = 0; i < NAMES.size(); i++) {
            b.append(i == 0 ? " " : ", ")
                    .append(NAMES.get(i))
                    .append(' ')
                    .append(TIMES.get(i) - start)
                    .append('/')
                    .append(CPU.get(i));
        }
        b.append("; process CPU when shown ").append(shownCpuMs).append(" ms");
        System.err.println(b);
    }
}
