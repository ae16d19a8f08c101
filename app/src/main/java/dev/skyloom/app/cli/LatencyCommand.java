package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.graph.DesignGraph;
import dev.skyloom.model.latency.Endpoint;
import dev.skyloom.model.latency.GreatCircleEstimate;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.MeasuredLatencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom latency FILE [--json] [--rtt MEASUREMENTS.csv]}: where each population is served from
 * and the round-trip matrix of the regions the design uses, measured or {@code ~} estimated, with
 * sources. Exit 0 when every population is within budget, 1 when one is not, 2 for bad input. JSON:
 *
 * <pre>
 * {"populations": [{"id", "place", "pipeline", "pool", "region", "rttMs", "basis", "source", "date",
 *                   "budgetMs", "status"}],
 *  "coverage": share 0..1 or null, "coverageBasis": "users" | "share of traffic" | "populations",
 *  "regions": [provider/code ...],
 *  "matrix": [{"from", "to", "rttMs", "basis", "source", "date"}]}
 * </pre>
 */
@Command(
        name = "latency",
        mixinStandardHelpOptions = true,
        description = "Latency and reach: which region serves each population, and round trips between regions.")
public final class LatencyCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DesignFileArgument designFile = new DesignFileArgument();

    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;

    @Option(
            names = "--rtt",
            paramLabel = "MEASUREMENTS",
            description = "Your own round trips between regions (CSV: from,to,rtt_ms[,source,date]), laid over.")
    Path measurements;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    record Pair(String from, String to, Optional<RoundTrip> rtt) {}

    @Override
    public Integer call() {
        Design design = designFile.read();
        Latencies latencies = LatencyInput.read(measurements);
        Catalog catalog = catalogChoice.catalog();
        DesignGraph g = DesignGraph.of(design);
        ReachAnalysis reach = new ReachAnalysis(g, catalog, latencies, Places.bundled());
        List<Serving> now = reach.now();
        List<String> regions = usedRegions(g);
        List<Pair> matrix = new ArrayList<>();
        for (String a : regions) {
            for (String b : regions) {
                if (!a.equals(b)) {
                    Endpoint from = ReachAnalysis.regionEndpoint(g, catalog, g.regionUnitOf(a));
                    Endpoint to = ReachAnalysis.regionEndpoint(g, catalog, g.regionUnitOf(b));
                    matrix.add(new Pair(a, b, latencies.roundTrip(from, to)));
                }
            }
        }
        double coverage = reach.coverage(now);
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                json
                        ? json(design, now, coverage, reach.weightBasis(), regions, matrix)
                        : text(design, now, coverage, reach.weightBasis(), regions, matrix));
        out.flush();
        return now.stream().anyMatch(s -> s.status() == Serving.Status.OVER_BUDGET)
                ? SkyloomCli.FINDINGS
                : SkyloomCli.OK;
    }

    /** Region units holding a pool or storage, in document order. */
    private static List<String> usedRegions(DesignGraph g) {
        Set<String> used = new LinkedHashSet<>();
        for (int v = 0; v < g.size(); v++) {
            var c = g.component(v);
            if ((c instanceof dev.skyloom.model.Component.GpuPool || c instanceof dev.skyloom.model.Component.Storage)
                    && g.regionUnit(v) >= 0) {
                used.add(g.regionUnitKey(g.regionUnit(v)));
            }
        }
        return List.copyOf(used);
    }

    private static String json(
            Design design, List<Serving> now, double coverage, String basis, List<String> regions, List<Pair> matrix) {
        return JsonOutput.render(g -> {
            g.writeStartObject();
            ReachOutput.servings(g, "populations", design, now);
            if (Double.isNaN(coverage)) {
                g.writeNullField("coverage");
            } else {
                g.writeNumberField("coverage", Math.round(coverage * 10_000) / 10_000.0);
            }
            g.writeStringField("coverageBasis", basis);
            JsonOutput.strings(g, "regions", regions);
            g.writeArrayFieldStart("matrix");
            for (Pair p : matrix) {
                g.writeStartObject();
                g.writeStringField("from", p.from());
                g.writeStringField("to", p.to());
                ReachOutput.roundTrip(g, p.rtt().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static String text(
            Design design, List<Serving> now, double coverage, String basis, List<String> regions, List<Pair> matrix) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        if (now.isEmpty()) {
            b.append("No populations (add users and connect pipelines to them with serves).")
                    .append(nl);
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"POPULATION", "PLACE", "PIPELINE", "POOL", "REGION", "RTT", "BUDGET", "STATUS"});
            for (Serving s : now) {
                rows.add(new String[] {
                    s.population(),
                    ReachOutput.place(design, s.population()),
                    s.pipeline().isEmpty() ? "—" : s.pipeline(),
                    s.pool().isEmpty() ? "—" : s.pool(),
                    s.region().isEmpty() ? "—" : s.region(),
                    ReachOutput.rtt(s),
                    s.budgetMs().stripTrailingZeros().toPlainString() + " ms",
                    ReachOutput.status(s)
                });
            }
            table(b, rows, nl);
            if (!Double.isNaN(coverage)) {
                b.append(String.format(
                                Locale.ROOT, "Coverage: %.0f%% of users (by %s) within budget.", coverage * 100, basis))
                        .append(nl);
            }
        }
        b.append(nl);
        if (regions.size() < 2) {
            b.append("Round trips: the design uses fewer than two regions.").append(nl);
        } else {
            b.append("Round trips between the regions the design uses (from row to column; ~ = estimate):")
                    .append(nl);
            List<String[]> rows = new ArrayList<>();
            String[] head = new String[regions.size() + 1];
            head[0] = "";
            for (int i = 0; i < regions.size(); i++) {
                head[i + 1] = regions.get(i);
            }
            rows.add(head);
            Set<String> sources = new LinkedHashSet<>();
            int k = 0;
            for (String a : regions) {
                String[] row = new String[regions.size() + 1];
                row[0] = a;
                for (int j = 0; j < regions.size(); j++) {
                    if (regions.get(j).equals(a)) {
                        row[j + 1] = "—";
                        continue;
                    }
                    Pair p = matrix.get(k++);
                    row[j + 1] = p.rtt().map(RoundTrip::text).orElse("unknown");
                    p.rtt().ifPresent(r -> sources.add(r.provenance()));
                }
                rows.add(row);
            }
            table(b, rows, nl);
            if (sources.isEmpty()) {
                // an empty "Sources:" heading would read as a missing line
                b.append("Sources: none; no round trip is known between these regions (no coordinates in the"
                                + " catalog or the design; give your own with --rtt)")
                        .append(nl);
            } else {
                b.append("Sources:").append(nl);
            }
            for (String s : sources) {
                b.append("  ").append(s).append(sourceNote(s)).append(nl);
            }
        }
        if (now.stream().anyMatch(s -> s.rtt().filter(RoundTrip::estimate).isPresent())) {
            b.append("Population round trips are estimates (~): ")
                    .append(GreatCircleEstimate.SOURCE)
                    .append(" (Bozkurt et al., arXiv 1811.10737)")
                    .append(nl);
        }
        return b.toString();
    }

    private static String sourceNote(String provenance) {
        if (provenance.startsWith(MeasuredLatencies.AZURE_SOURCE)) {
            return " — Microsoft, learn.microsoft.com/azure/networking/azure-network-latency, CC BY 4.0";
        }
        if (provenance.startsWith(GreatCircleEstimate.SOURCE)) {
            return " (Bozkurt et al., arXiv 1811.10737)";
        }
        return "";
    }

    private static void table(StringBuilder b, List<String[]> rows, String nl) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                line.append(c == 0 ? "" : "  ").append(r[c]);
                line.append(" ".repeat(width[c] - r[c].length()));
            }
            b.append(line.toString().stripTrailing()).append(nl);
        }
    }
}
