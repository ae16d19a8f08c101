package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoadResult;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Region;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Catalog load and the queries the designer asks most. Loads never use the {@link
 * CatalogLoader#bundled()} cache: {@code loadBundled} reads and validates the bundled snapshot from the
 * class path afresh on every call; {@code coldFirstLoadInFreshJvm} is the very first load in a new JVM
 * (class loading and interpreter included; run it with several forks); {@code parseAndValidate} leaves
 * out reading the resources.
 */
@BenchmarkMode(Mode.AverageTime)
public class CatalogBenchmarks {

    /** A loaded catalog and the bundled texts, prepared once per trial. */
    @State(Scope.Benchmark)
    public static class Loaded {
        Catalog catalog;
        Map<String, String> texts;

        @Setup
        public void setUp() {
            texts = CatalogLoader.bundledTexts();
            catalog = CatalogLoader.load(texts).catalog();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public CatalogLoadResult coldFirstLoadInFreshJvm() {
        return CatalogLoader.loadBundled();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CatalogLoadResult loadBundled() {
        return CatalogLoader.loadBundled();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CatalogLoadResult parseAndValidate(Loaded state) {
        return CatalogLoader.load(state.texts);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<GpuOffering> offeringsOfH100AcrossProviders(Loaded state) {
        return state.catalog.offeringsOfModel("H100");
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Region> regionsInJurisdictionEu(Loaded state) {
        return state.catalog.regionsIn("EU");
    }
}
