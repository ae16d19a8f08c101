package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.CheckSession;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import dev.skyloom.model.sample.GeneratedDesigns;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.simulate.OutageSimulation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The model's targets (issue 3) on generated designs of 1k, 10k and 100k components: read and write
 * the file format, all checks, re-check after one edit, cost, one outage, every single-region outage.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar ModelBenchmarks -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelBenchmarks {
    @Param({"1000", "10000", "100000"})
    public int components;

    private Catalog catalog;
    private Design design;
    private Design edited;
    private String json;
    private OutageSimulation simulation;
    private String oneRegion;
    private boolean flip;
    private CheckSession session;

    @Setup
    public void setUp() {
        catalog = CatalogLoader.bundled();
        design = GeneratedDesigns.generate(components, 42);
        json = DesignFile.toJson(design);
        edited = withOneEdit(design);
        simulation = new OutageSimulation(dev.skyloom.model.graph.DesignGraph.of(design), catalog);
        oneRegion = simulation.graph().regionUnitComponents(0).get(0);
        session = new CheckSession(catalog);
        session.check(design);
    }

    /** The design with one pool's count changed: what an inspector edit produces. */
    static Design withOneEdit(Design d) {
        List<Component> list = new ArrayList<>(d.components());
        for (int i = list.size() / 2; i < list.size(); i++) {
            if (list.get(i) instanceof Component.GpuPool p) {
                list.set(i, p.withCount(p.count() + 1));
                break;
            }
        }
        return d.withComponents(list);
    }

    @Benchmark
    public Design read() throws DesignFormatException {
        return DesignFile.parse(json, "bench.skyloom.json");
    }

    @Benchmark
    public String write() {
        return DesignFile.toJson(design);
    }

    @Benchmark
    public List<Finding> allChecks() {
        return Checks.runAll(design, catalog);
    }

    /**
     * Alternates between two designs one pool-count edit apart through a {@link CheckSession}, as the
     * designer does after each inspector edit.
     */
    @Benchmark
    public List<Finding> recheckAfterEdit() {
        flip = !flip;
        return session.check(flip ? edited : design);
    }

    @Benchmark
    public CostReport cost() {
        return new CostEngine(catalog).price(design);
    }

    @Benchmark
    public OutageResult oneOutage() {
        return simulation.run(Outage.of(oneRegion));
    }

    @Benchmark
    public List<OutageResult> singleRegionSweep() {
        return simulation.sweepRegions();
    }
}
