package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.latency.Latencies;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.ReachAnalysis;
import dev.skyloom.model.latency.Serving;
import dev.skyloom.model.simulate.Outage;
import dev.skyloom.model.simulate.OutageResult;
import dev.skyloom.model.simulate.OutageSimulation;
import dev.skyloom.model.simulate.OutageSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom simulate FILE --fail ID_OR_REGION_OR_PROVIDER... [--json]}: what survives an outage.
 * Exit 0 when every pipeline stays up, 1 when at least one goes down, 2 for a bad file, an unknown
 * target or usage. JSON (a stable contract):
 *
 * <pre>
 * {"failed": [targets as given], "failedRegions": [region component ids],
 *  "lost": [component ids], "up": [pipeline ids],
 *  "down": [{"id", "cause": storage id or "", "reason"}],
 *  "gpus": {"surviving": n, "total": n, "unknown": [pool ids]},
 *  "hourly": {"currency", "surviving": n, "total": n, "unpriced": [pool ids]},
 *  "users": [{"id", "place", "pipeline", "pool", "region", "rttMs", "basis", "source", "date", "budgetMs",
 *             "status", "before": {the same fields without the failure}}]}
 * </pre>
 *
 * For each population of users the outage reports where it is served from afterwards and its new round
 * trip ({@code ReachAnalysis}).
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "What-if: fail regions or providers and see what survives.")
public final class SimulateCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DesignFileArgument designFile = new DesignFileArgument();

    @Option(
            names = "--fail",
            arity = "1..*",
            required = true,
            paramLabel = "ID_OR_REGION_OR_PROVIDER",
            description =
                    "Region or provider component ids, catalog provider ids (aws) or region codes (eu-central-1).")
    List<String> fail;

    @Option(names = "--json", description = "Print JSON for scripts instead of text.")
    boolean json;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Design design = designFile.read();
        Catalog catalog = catalogChoice.catalog();
        OutageResult r;
        Reach reach;
        try {
            OutageSimulation simulation = OutageSimulation.of(design, catalog);
            Outage outage = new Outage(fail);
            r = simulation.run(outage);
            ReachAnalysis analysis =
                    new ReachAnalysis(simulation.graph(), catalog, Latencies.standard(), Places.bundled());
            reach = new Reach(design, analysis.now(), analysis.under(simulation.failedUnits(outage)));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(designFile.path() + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(r, design.currency(), reach) : text(r, design.currency(), reach));
        out.flush();
        return r.pipelinesDown().isEmpty() ? SkyloomCli.OK : SkyloomCli.FINDINGS;
    }

    /** Where each population is served from before and after the outage. */
    record Reach(Design design, List<Serving> before, List<Serving> after) {
        static final Reach NONE = new Reach(Design.empty(""), List.of(), List.of());
    }

    static String json(OutageResult r, String currency) {
        return json(r, currency, Reach.NONE);
    }

    static String text(OutageResult r, String currency) {
        return text(r, currency, Reach.NONE);
    }

    static String json(OutageResult r, String currency, Reach reach) {
        return JsonOutput.render(g -> {
            g.writeStartObject();
            JsonOutput.strings(g, "failed", r.outage().targets());
            JsonOutput.strings(g, "failedRegions", r.failedRegions());
            JsonOutput.strings(g, "lost", r.lostComponents());
            JsonOutput.strings(g, "up", r.pipelinesUp());
            g.writeArrayFieldStart("down");
            for (OutageResult.DownPipeline d : r.pipelinesDown()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("cause", d.cause());
                g.writeStringField("reason", d.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("gpus");
            g.writeNumberField("surviving", r.survivingGpus());
            g.writeNumberField("total", r.totalGpus());
            JsonOutput.strings(g, "unknown", r.poolsWithUnknownGpus());
            g.writeEndObject();
            g.writeObjectFieldStart("hourly");
            g.writeStringField("currency", currency);
            g.writeNumberField("surviving", r.survivingHourly());
            g.writeNumberField("total", r.totalHourly());
            JsonOutput.strings(g, "unpriced", r.poolsWithUnknownPrice());
            g.writeEndObject();
            g.writeArrayFieldStart("users");
            for (int i = 0; i < reach.after().size(); i++) {
                Serving after = reach.after().get(i);
                Serving before = reach.before().get(i);
                g.writeStartObject();
                g.writeStringField("id", after.population());
                g.writeStringField("place", ReachOutput.place(reach.design(), after.population()));
                g.writeStringField("pipeline", after.pipeline());
                g.writeStringField("pool", after.pool());
                g.writeStringField("region", after.region());
                ReachOutput.roundTrip(g, after.rtt().orElse(null));
                g.writeNumberField("budgetMs", after.budgetMs());
                g.writeStringField("status", ReachOutput.statusJson(after));
                g.writeFieldName("before");
                ReachOutput.json(g, reach.design(), before);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static String text(OutageResult r, String currency, Reach reach) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append("Failing ")
                .append(String.join(", ", r.outage().targets()))
                .append(" (regions: ")
                .append(String.join(", ", r.failedRegions()))
                .append(')')
                .append(nl);
        b.append("Up:   ")
                .append(r.pipelinesUp().isEmpty() ? "(none)" : String.join(", ", r.pipelinesUp()))
                .append(nl);
        b.append("Down:").append(r.pipelinesDown().isEmpty() ? " (none)" : "").append(nl);
        for (OutageResult.DownPipeline d : r.pipelinesDown()) {
            b.append("  ").append(d.id()).append(": ").append(d.reason()).append(nl);
        }
        b.append("Lost components: ").append(r.lostComponents().size()).append(nl);
        b.append("GPUs surviving: ").append(OutageSummary.gpus(r)).append(nl);
        b.append("Hourly spend surviving: ")
                .append(OutageSummary.hourlySpend(r, currency))
                .append(nl);
        if (!reach.after().isEmpty()) {
            b.append("Users:").append(nl);
            for (int i = 0; i < reach.after().size(); i++) {
                Serving before = reach.before().get(i);
                Serving after = reach.after().get(i);
                b.append("  ").append(ReachOutput.line(after));
                if (!before.pool().isEmpty()
                        && before.pool().equals(after.pool())
                        && before.region().equals(after.region())) {
                    b.append(" (unchanged)");
                } else if (!before.pool().isEmpty()) {
                    b.append("; before: ")
                            .append(before.pool())
                            .append(" in ")
                            .append(before.region())
                            .append(" at ")
                            .append(ReachOutput.rtt(before));
                }
                b.append(nl);
            }
        }
        return b.toString();
    }
}
