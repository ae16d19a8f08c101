package dev.skyloom.app.analysis.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every thread of this JVM, the JVM's own (GC, compiler) included, with the time it ran and the time it
 * waited for a core, from Linux's {@code /proc/self/task/<tid>/schedstat} (nanoseconds). The waiting
 * time tells contention for the two cores apart from more work.
 */
final class ThreadTimes {
    private ThreadTimes() {}

    /** Thread name (digits dropped, so a pool's threads add up) → {ran, waited} in ns. */
    static Map<String, long[]> read() {
        Map<String, long[]> times = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim().replaceAll("[0-9#]+", "");
                    String[] stat =
                            Files.readString(task.resolve("schedstat")).trim().split(" ");
                    long[] t = times.computeIfAbsent(name, k -> new long[2]);
                    t[0] += Long.parseLong(stat[0]);
                    t[1] += Long.parseLong(stat[1]);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while read
                }
            }
        } catch (IOException e) {
            return times;
        }
        // bytes each Java thread allocated (reported as "MB allocated by ...", in the ran column)
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                long bytes = mx.getThreadAllocatedBytes(info.getThreadId());
                long[] t = times.computeIfAbsent(
                        "MB by " + info.getThreadName().replaceAll("[0-9#-]+$", ""), k -> new long[2]);
                t[0] += bytes;
            }
        }
        try {
            // the process's minor page faults: field 10 of /proc/self/stat, after the command in parentheses
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            times.put("page faults", new long[] {Long.parseLong(fields[7]) * 1_000_000, 0});
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return times;
    }

    /** The threads that ran at least 1 ms since {@code before}, busiest first. */
    static String since(Map<String, long[]> before) {
        Map<String, long[]> now = read();
        return now.entrySet().stream()
                .map(e -> {
                    long[] b = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
                })
                .filter(e -> e.getValue()[0] >= 1_000_000)
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> String.format(
                        Locale.ROOT, "%s %.0f/%.0f", e.getKey(), e.getValue()[0] / 1e6, e.getValue()[1] / 1e6))
                .collect(Collectors.joining(", "));
    }
}
