package dev.skyloom.app.canvas;

import dev.skyloom.model.Design;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Headless frame-time harness for the canvas (issue 5, "Scale"). For each design size it opens a
 * generated design and reports the time to the first frame, then pans and zooms out to fit for 120
 * frames each and prints the median and 95th-percentile frame time (the interval between animation
 * pulses with {@code -Djavafx.animation.fullspeed=true}, so it includes rendering), plus the heap
 * retained after a full GC. Designs come from {@link GeneratedDesigns}, or with {@code --auto-layout}
 * from {@link GeneratedDesigns#unplaced}. Arguments: sizes, {@code --size=WxH}, {@code --frames} (print every frame with
 * the FX and renderer threads' CPU time). See docs/PERFORMANCE.md.
 */
public final class FrameTimeHarness {
    private static final int FRAMES = 120;

    private FrameTimeHarness() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int width = 1280;
        int height = 800;
        boolean synthetic = false;
        for (String a : args) {
            if (a.equals("--auto-layout")) {
                synthetic = true;
            } else if (a.equals("--frames")) {
                dumpFrames = true;
            } else if (a.startsWith("--size=")) {
                String[] wh = a.substring(7).split("x");
                width = Integer.parseInt(wh[0]);
                height = Integer.parseInt(wh[1]);
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 5000, 10000);
        }
        System.setProperty("javafx.animation.fullspeed", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        fx(() -> fxThread = Thread.currentThread());
        System.out.printf(
                Locale.ROOT,
                "canvas frame-time harness: %dx%d, glass=%s, prism=%s, java %s%n",
                width,
                height,
                System.getProperty("glass.platform", "default"),
                System.getProperty("prism.order", "default"),
                System.getProperty("java.version"));
        System.out.println(
                "components | open→first frame | pan median / p95 | zoom-out-to-fit median / p95 | pan at fit median / p95 | heap after GC");
        System.out.println(
                synthetic
                        ? "designs: GeneratedDesigns.unplaced (no layout entries: automatic placement)"
                        : "designs: GeneratedDesigns (model module, stored layout)");
        for (int n : sizes) {
            run(synthetic ? GeneratedDesigns.unplaced(n, 42) : GeneratedDesigns.generate(n, 42), width, height);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(Design design, int width, int height) throws Exception {
        gc();
        long heapBefore = usedHeap();
        DesignCanvas[] holder = new DesignCanvas[1];
        Stage[] stage = new Stage[1];
        fx(() -> {
            holder[0] = new DesignCanvas();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(holder[0], width, height));
            stage[0].show();
        });
        awaitFrames(3, i -> {});
        long[] t0 = new long[1];
        fx(() -> {
            t0[0] = System.nanoTime();
            holder[0].setDesign(design);
        });
        awaitFrames(2, i -> {});
        double open = (System.nanoTime() - t0[0]) / 1e6;
        DesignCanvas canvas = holder[0];
        fx(() -> canvas.zoomProperty().set(1.0));
        awaitFrames(2, i -> {});
        double[] pan = awaitFrames(FRAMES, i -> canvas.panBy(14, i % 40 < 20 ? 6 : -6));
        double[] panCpu = lastCpu;
        double[] panFx = lastFxCpu;
        double[] fitZoom = new double[1];
        fx(() -> {
            canvas.zoomToFit();
            fitZoom[0] = canvas.zoomProperty().get();
            canvas.zoomProperty().set(1.0);
        });
        awaitFrames(2, i -> {});
        double ratio = Math.pow(fitZoom[0] / 1.0, 1.0 / FRAMES);
        double[] zoom = awaitFrames(
                FRAMES, i -> canvas.zoomAround(canvas.viewport().zoom() * ratio, width / 2.0, height / 2.0));
        double[] zoomCpu = lastCpu;
        double[] zoomFx = lastFxCpu;
        fx(canvas::zoomToFit);
        awaitFrames(2, i -> {});
        double[] panFit = awaitFrames(FRAMES, i -> canvas.panBy(8, i % 40 < 20 ? 4 : -4));
        double[] panFitCpu = lastCpu;
        double[] panFitFx = lastFxCpu;
        gc();
        double heap = (usedHeap() - heapBefore) / 1048576.0;
        double total = usedHeap() / 1048576.0;
        System.out.printf(
                Locale.ROOT,
                "%,d (%,d connections) | %.0f ms | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f ms | %.0f MB retained by the open design (%.0f MB total)%n",
                design.components().size(),
                design.connections().size(),
                open,
                median(pan),
                p95(pan),
                median(zoom),
                p95(zoom),
                median(panFit),
                p95(panFit),
                heap,
                total);
        System.out.printf(
                Locale.ROOT,
                "    CPU per frame (FX + renderer threads): pan %.1f / %.1f ms | zoom out %.1f / %.1f ms | pan at fit %.1f / %.1f ms; load average %.1f%n",
                median(panCpu),
                p95(panCpu),
                median(zoomCpu),
                p95(zoomCpu),
                median(panFitCpu),
                p95(panFitCpu),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.printf(
                Locale.ROOT,
                "    of which FX thread (painting commands): pan %.1f / %.1f ms | zoom out %.1f / %.1f ms | pan at fit %.1f / %.1f ms%n",
                median(panFx),
                p95(panFx),
                median(zoomFx),
                p95(zoomFx),
                median(panFitFx),
                p95(panFitFx));
        fx(() -> stage[0].close());
    }

    /** CPU time per frame (FX thread + renderer thread) of the last {@link #awaitFrames} run, in ms. */
    private static double[] lastCpu = new double[0];

    /** The FX thread's share of {@link #lastCpu}. */
    private static double[] lastFxCpu = new double[0];

    /** The FX application thread (under Monocle it is not called "JavaFX Application Thread"). */
    private static Thread fxThread;

    private static boolean dumpFrames;

    private static long rendererCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private static long fxThreadCpu() {
        return Math.max(
                0, java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread.getId()));
    }

    /** Runs {@code step} on each of {@code frames} consecutive pulses and returns the pulse intervals in ms. */
    private static double[] awaitFrames(int frames, IntConsumer step) throws Exception {
        double[] intervals = new double[frames];
        double[] cpu = new double[frames];
        double[] fxOnly = new double[frames];
        lastCpu = cpu;
        lastFxCpu = fxOnly;
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> new AnimationTimer() {
            private long last = -1;
            private long lastFx;
            private long lastRenderer;
            private int i = -1;

            @Override
            public void handle(long now) {
                long f = fxThreadCpu();
                long r = rendererCpu();
                if (last >= 0 && i >= 0) {
                    intervals[i] = (now - last) / 1e6;
                    cpu[i] = (f - lastFx + r - lastRenderer) / 1e6;
                    fxOnly[i] = (f - lastFx) / 1e6;
                    if (dumpFrames) {
                        // one row per frame, to find which frames are slow
                        System.out.printf(
                                Locale.ROOT,
                                "    frame %3d: %6.1f ms, CPU FX %5.1f + renderer %5.1f ms%n",
                                i,
                                intervals[i],
                                fxOnly[i],
                                (r - lastRenderer) / 1e6);
                    }
                }
                last = now;
                lastFx = f;
                lastRenderer = r;
                i++;
                if (i >= frames) {
                    stop();
                    done.complete(null);
                    return;
                }
                step.accept(i);
            }
        }.start());
        done.get();
        return intervals;
    }

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                f.complete(null);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        f.get();
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static double median(double[] v) {
        return percentile(v, 0.5);
    }

    static double p95(double[] v) {
        return percentile(v, 0.95);
    }

    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int idx = (int) Math.ceil(p * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, idx))];
    }
}
