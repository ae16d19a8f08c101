package dev.skyloom.app.analysis.harness;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.analysis.AnalysisService;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.FxFileChooserService;
import dev.skyloom.app.service.FxTaskExecutor;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Live-analysis latency harness (issue 6): opens the whole designer window on a generated design, waits for
 * the first analysis, then makes single edits through the document view-model exactly as the inspector
 * does, and measures for each the time from the edit to the problems and cost panels showing its analysis
 * (debounce included), the checking + pricing time on the worker thread, and the longest stall of the FX
 * thread while it happens (largest gap between animation pulses, {@code -Djavafx.animation.fullspeed=true}).
 * Two kinds of edit: a pool's count (shape-preserving: {@code CheckSession} reuses shape-only checks) and
 * adding a component (a structural edit: every check runs again). See docs/PERFORMANCE.md.
 */
public final class AnalysisLatencyHarness {
    private static final int EDITS = 20;

    private AnalysisLatencyHarness() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        System.setProperty("javafx.animation.fullspeed", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Design design = GeneratedDesigns.generate(n, 42);
        Path data = Files.createTempDirectory("skyloom-harness");
        CompletableFuture<MainWindow> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow.Services services = new MainWindow.Services(
                    DesignIos.standard(),
                    new FxDialogService(stage),
                    new FxFileChooserService(stage),
                    new FxTaskExecutor(),
                    new SettingsStore(data),
                    new RecoveryStore(data),
                    CatalogLoader::bundled);
            MainWindow w = new MainWindow(stage, services, design, Optional.empty());
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            opened.complete(w);
        });
        MainWindow window = opened.get();
        AnalysisService live = window.analysis().analysis();
        waitFor(() -> live.current() != null
                && live.current().design() == window.viewModel().design());
        System.out.printf(
                Locale.ROOT,
                "analysis latency harness: components: %d, connections: %d, debounce %.0f ms, java %s%n",
                design.components().size(),
                design.connections().size(),
                AnalysisService.DEFAULT_DEBOUNCE.toMillis(),
                System.getProperty("java.version"));
        List<Component.GpuPool> pools = design.components().stream()
                .filter(Component.GpuPool.class::isInstance)
                .map(Component.GpuPool.class::cast)
                .toList();
        // -Dharness.only=pool or =structural: one kind of edit (for a profile of that kind alone)
        String only = System.getProperty("harness.only", "");
        if (!only.equals("structural"))
            measure("pool count (shape kept)", window, live, i -> {
                Component.GpuPool p = pools.get(i % pools.size());
                Component.GpuPool now = (Component.GpuPool)
                        window.viewModel().design().component(p.id()).orElseThrow();
                return new Edit.UpdateComponent(now.withCount(now.count() + 1));
            });
        if (!only.equals("pool"))
            measure(
                    "add a pipeline (structural)",
                    window,
                    live,
                    i -> new Edit.AddComponent(
                            new Component.Pipeline(
                                    "harness-" + i,
                                    "Harness " + i,
                                    Optional.empty(),
                                    dev.skyloom.model.Survives.NONE,
                                    List.of(),
                                    java.util.Map.of()),
                            Optional.empty()));
        Platform.exit();
        System.exit(0);
    }

    private interface EditMaker {
        Edit make(int i);
    }

    private static void measure(String what, MainWindow window, AnalysisService live, EditMaker edits)
            throws Exception {
        double[] latency = new double[EDITS];
        double[] compute = new double[EDITS];
        double[] stall = new double[EDITS];
        double[] apply = new double[EDITS];
        double[] fxCpu = new double[EDITS];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        // -Dharness.warmup=N: N unmeasured edits first (3 by default). The first few hundred MB a new JVM
        // allocates land on pages never touched before, and each first touch is a page fault (about 15 µs
        // on the test VM); 40 warm-up edits let the measured ones run on a heap that has been touched.
        int warmup = Integer.getInteger("harness.warmup", 3);
        for (int i = -warmup; i < EDITS; i++) {
            long[] lastPulse = {0};
            double[] maxGap = {0};
            AnimationTimer pulses = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (lastPulse[0] != 0) {
                        maxGap[0] = Math.max(maxGap[0], (now - lastPulse[0]) / 1e6);
                    }
                    lastPulse[0] = now;
                }
            };
            java.util.Map<String, long[]> before = Boolean.getBoolean("harness.threads") ? ThreadTimes.read() : null;
            CompletableFuture<Long> t0 = new CompletableFuture<>();
            double[] applyMs = new double[1];
            long[] fx = new long[2];
            int k = i;
            Platform.runLater(() -> {
                pulses.start();
                fx[0] = Thread.currentThread().getId();
                fx[1] = mx.getThreadCpuTime(fx[0]);
                long start = System.nanoTime();
                window.viewModel().apply(edits.make(k + 1000));
                applyMs[0] = (System.nanoTime() - start) / 1e6;
                t0.complete(start);
            });
            long start = t0.get();
            waitFor(() -> live.current() != null
                    && live.current().design() == window.viewModel().design());
            long end = System.nanoTime();
            long fxCpuEnd = mx.getThreadCpuTime(fx[0]);
            CompletableFuture<Void> stopped = new CompletableFuture<>();
            Platform.runLater(() -> {
                pulses.stop();
                stopped.complete(null);
            });
            stopped.get();
            if (i >= 0 && before != null) {
                System.out.println("  threads, CPU / waiting for a core (ms): " + ThreadTimes.since(before));
            }
            if (i >= 0 && Boolean.getBoolean("harness.each")) {
                // -Dharness.each=true: every edit, with the JVM's uptime to set beside a GC log
                System.out.printf(
                        Locale.ROOT,
                        "  edit %2d at %.3f s: %.0f ms, worker %.0f ms, FX stall %.0f ms%n",
                        i,
                        java.lang.management.ManagementFactory.getRuntimeMXBean()
                                        .getUptime()
                                / 1e3,
                        (end - start) / 1e6,
                        live.current().millis(),
                        maxGap[0]);
            }
            if (i >= 0) {
                latency[i] = (end - start) / 1e6;
                compute[i] = live.current().millis();
                stall[i] = maxGap[0];
                apply[i] = applyMs[0];
                fxCpu[i] = (fxCpuEnd - fx[1]) / 1e6;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-28s edit→panels median %.0f ms, p95 %.0f ms, max %.0f ms | check+price (worker) median %.0f ms"
                        + " | edit applied on FX (canvas included) median %.0f ms | longest FX stall median %.0f ms, max %.0f ms"
                        + " | FX thread CPU from edit to panels median %.0f ms; load average %.1f%n",
                what,
                pct(latency, 50),
                pct(latency, 95),
                pct(latency, 100),
                pct(compute, 50),
                pct(apply, 50),
                pct(stall, 50),
                pct(stall, 100),
                pct(fxCpu, 50),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }

    // no deadline: a slow machine only makes the figures larger; stop a hung run by hand
    private static void waitFor(java.util.function.BooleanSupplier done) throws Exception {
        while (true) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(done.getAsBoolean()));
            if (check.get()) {
                return;
            }
            Thread.sleep(1);
        }
    }
}
