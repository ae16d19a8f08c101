package dev.skyloom.bench;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.terraform.TerraformExporter;
import dev.skyloom.export.terraform.TerraformProject;
import dev.skyloom.export.xlsx.CostWorkbookExporter;
import dev.skyloom.export.xlsx.WorkbookData;
import dev.skyloom.export.xlsx.WorkbookDataFactory;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.IOException;
import java.io.OutputStream;
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
 * Exports of the generated 10k- and 100k-component designs: the Terraform folder rendered in memory,
 * and the cost workbook written (zipped) to a discarding stream. The design is priced and checked once
 * in setup; the benchmarks measure the exporters only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmarks {

    /** A generated design with its cost report and findings, prepared once per trial. */
    @State(Scope.Benchmark)
    public static class Prepared {
        @Param({"10000", "100000"})
        public int size;

        Catalog catalog;
        Design design;
        WorkbookData workbook;

        @Setup
        public void setUp() {
            catalog = CatalogLoader.bundled();
            design = GeneratedDesigns.generate(size, 42);
            CostReport report = new CostEngine(catalog).price(design);
            workbook = WorkbookDataFactory.create(design, catalog, report, Checks.runAll(design, catalog));
        }
    }

    @Benchmark
    public TerraformProject terraform(Prepared p) {
        return new TerraformExporter(p.catalog).render(p.design);
    }

    @Benchmark
    public long workbook(Prepared p) throws IOException {
        CountingStream out = new CountingStream();
        new CostWorkbookExporter().write(p.workbook, out);
        return out.count;
    }

    /** Discards bytes but counts them, so the write cannot be optimised away. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
