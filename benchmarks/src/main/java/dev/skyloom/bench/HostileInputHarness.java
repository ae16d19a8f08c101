package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.PriceListException;
import dev.skyloom.catalog.PriceListImport;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How long hostile inputs of issue 12 take to be refused (the unit tests check what is answered, this
 * measures how fast): a 20,000-long containment cycle (target under 1 s), a named pipe given as the
 * design (target under 1 s), and each price-list case of point 13 (target under 2 s each), wall clock
 * and CPU time of the best of three runs. Run: {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * dev.skyloom.bench.HostileInputHarness}.
 */
public final class HostileInputHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private interface Refusal {
        void run() throws Exception;
    }

    private HostileInputHarness() {}

    public static void main(String[] args) throws Exception {
        Catalog catalog = CatalogLoader.bundled();
        Map<String, Refusal> cases = new LinkedHashMap<>();
        String ring = ring(20_000);
        cases.put("containment cycle of 20,000 regions (" + ring.length() / 1024 + " KB)", () -> refusedDesign(ring));
        Path dir = Files.createTempDirectory("skyloom-hostile");
        try {
            Path fifo = dir.resolve("pipe.skyloom.json");
            boolean hasFifo =
                    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
            if (hasFifo) {
                cases.put("named pipe as the design file", () -> {
                    try {
                        DesignFile.read(fifo);
                    } catch (DesignFormatException expected) {
                        return;
                    }
                    throw new IllegalStateException("read a pipe");
                });
            }
            String header = "provider,sku,region,price,currency\n";
            String row = "aws,p5.48xlarge,us-east-1,";
            String json = "[{\"provider\": \"aws\", \"sku\": \"p5.48xlarge\", \"region\": \"us-east-1\", \"price\": ";
            cases.put("price 1e-999999999", () -> refusedPrices(catalog, "p.csv", header + row + "1e-999999999,USD\n"));
            cases.put("price 1e999999999", () -> refusedPrices(catalog, "p.csv", header + row + "1e999999999,USD\n"));
            cases.put(
                    "5,000,000-digit price (CSV)",
                    () -> refusedPrices(catalog, "p.csv", header + row + "7".repeat(5_000_000) + ",USD\n"));
            cases.put(
                    "5,000,000-digit price (JSON)",
                    () -> refusedPrices(catalog, "p.json", json + "7".repeat(5_000_000) + "}]"));
            cases.put("duplicate JSON key", () -> refusedPrices(catalog, "p.json", json + "1, \"price\": 2}]"));
            cases.put("trailing garbage", () -> refusedPrices(catalog, "p.json", json + "1}] garbage"));
            cases.put("price as text", () -> refusedPrices(catalog, "p.json", json + "\"1\"}]"));
            cases.put("currency ZZZ", () -> refusedPrices(catalog, "p.csv", header + row + "1,ZZZ\n"));
            StringBuilder bad = new StringBuilder(header);
            while (bad.length() < 8_000_000) {
                bad.append(row).append("1e-999999999,ZZZ\n");
            }
            String badRows = bad.toString();
            cases.put("8 MB of bad rows", () -> refusedPrices(catalog, "p.csv", badRows));
            for (Map.Entry<String, Refusal> c : cases.entrySet()) {
                long bestWall = Long.MAX_VALUE;
                long bestCpu = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    long wall = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    c.getValue().run();
                    bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
                    bestWall = Math.min(bestWall, System.nanoTime() - wall);
                }
                System.out.printf(
                        Locale.ROOT, "%-50s %8.1f ms wall %8.1f ms CPU%n", c.getKey(), bestWall / 1e6, bestCpu / 1e6);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap limit %d MB%n", rt.maxMemory() >> 20);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static String ring(int n) {
        StringBuilder json = new StringBuilder("{\"skyloom\": 1, \"name\": \"ring\", \"components\": [\n");
        for (int i = 0; i < n; i++) {
            json.append("{\"id\": \"r")
                    .append(i)
                    .append("\", \"type\": \"region\", \"region\": \"eu-central-1\", ")
                    .append("\"parent\": \"r")
                    .append((i + 1) % n)
                    .append("\"}")
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        return json.append("]}\n").toString();
    }

    private static void refusedDesign(String json) {
        try {
            DesignFile.parse(json, "ring.skyloom.json");
        } catch (DesignFormatException expected) {
            return;
        }
        throw new IllegalStateException("accepted");
    }

    private static void refusedPrices(Catalog catalog, String file, String text) {
        try {
            PriceListImport.apply(catalog, file, text, LocalDate.of(2026, 12, 2));
        } catch (PriceListException expected) {
            return;
        }
        throw new IllegalStateException("accepted " + file);
    }
}
