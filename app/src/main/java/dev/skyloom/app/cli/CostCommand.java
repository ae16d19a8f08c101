package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.cost.CostReport;
import dev.skyloom.model.cost.CostTotal;
import dev.skyloom.model.cost.PriceAge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom cost FILE [--json]}: cost lines and totals. JSON: {@code {"currency", "monthly",
 * "annual", "byProvider": {provider: monthly}, "lines": [{"id", "provider", "region", "category",
 * "description", "unitPrice", "monthly", "priceState", "source", "asOf", "estimate", "note"}], "unpriced": [ids],
 * "catalog": {"snapshotDate", "oldestPriceUsed": date|null, "oldestPriceAgeDays": n|null, "stale": bool}}}; an
 * unpriced line has {@code null} unitPrice and monthly, and is never counted in the totals. Exit 0, or 2
 * for a bad file or usage.
 */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Price a design: cost lines and totals.")
public final class CostCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DesignFileArgument designFile = new DesignFileArgument();

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Design design = designFile.read();
        Catalog catalog = catalogChoice.catalog();
        CostReport report = new CostEngine(catalog).price(design);
        PriceAge age = PriceAge.of(catalog.snapshotDate(), report, LocalDate.now());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(report, Optional.of(age)) : table(designFile.path(), design, report) + ageText(age));
        out.flush();
        return SkyloomCli.OK;
    }

    static String json(CostReport report) {
        return json(report, Optional.empty());
    }

    /** The catalog's date and the age of the oldest price used, and the quiet warning past 90 days. */
    static String ageText(PriceAge age) {
        return age.summary()
                + System.lineSeparator()
                + age.warning().map(w -> w + System.lineSeparator()).orElse("");
    }

    static String json(CostReport report, Optional<PriceAge> age) {
        return JsonOutput.render(g -> {
            g.writeStartObject();
            g.writeStringField("currency", report.currency());
            // null when every line is unpriced: an unpriced line is never counted as 0
            JsonOutput.money(g, "monthly", report.total().monthly());
            JsonOutput.money(g, "annual", report.total().annual());
            g.writeNumberField("unpricedLines", report.total().unpricedLines());
            g.writeObjectFieldStart("byProvider");
            for (Map.Entry<String, CostTotal> e : report.totalsByProvider().entrySet()) {
                JsonOutput.money(g, e.getKey(), e.getValue().monthly());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("lines");
            for (CostLine l : report.lines()) {
                g.writeStartObject();
                g.writeStringField("id", l.id());
                g.writeStringField("provider", l.provider());
                g.writeStringField("region", l.region());
                g.writeStringField("category", l.category().json());
                g.writeStringField("description", l.description());
                JsonOutput.money(g, "unitPrice", l.unitPrice());
                JsonOutput.money(g, "monthly", l.monthly());
                g.writeStringField("priceState", l.state().json());
                g.writeStringField("source", l.priceSource());
                g.writeStringField("asOf", l.asOf());
                g.writeBooleanField("estimate", l.estimate());
                g.writeStringField("note", l.note());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonOutput.strings(g, "unpriced", report.unpriced());
            if (age.isPresent()) {
                g.writeObjectFieldStart("catalog");
                g.writeStringField("snapshotDate", age.get().snapshotDate().toString());
                if (age.get().oldestPrice().isPresent()) {
                    g.writeStringField(
                            "oldestPriceUsed", age.get().oldestPrice().get().toString());
                } else {
                    g.writeNullField("oldestPriceUsed");
                }
                if (age.get().oldestAgeDays().isPresent()) {
                    g.writeNumberField(
                            "oldestPriceAgeDays", age.get().oldestAgeDays().getAsLong());
                } else {
                    g.writeNullField("oldestPriceAgeDays");
                }
                g.writeBooleanField("stale", age.get().isStale());
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    /** "  80358.40 USD/month", right-aligned, with the unpriced lines beside it or "unpriced (N lines)". */
    private static String monthly(CostTotal t, String cur) {
        return t.isUnpriced()
                ? String.format("%14s", "") + " " + t.text(m -> "")
                : String.format("%14s %s/month", t.pricedSum().toPlainString(), cur) + t.unpricedSuffix();
    }

    static String table(Path file, Design design, CostReport report) {
        StringBuilder b = new StringBuilder();
        String cur = report.currency();
        b.append(TerminalWriter.inline(file))
                .append(": ")
                .append(TerminalWriter.inline(design.name()))
                .append(System.lineSeparator());
        b.append(String.format(
                "%-24s %-9s %-10s %-18s %14s  %s%n", "id", "category", "provider", "region", "monthly", "detail"));
        for (CostLine l : report.lines()) {
            String amount = l.monthly()
                    .map(m -> m.toPlainString() + (l.estimate() ? "~" : ""))
                    .orElse("unpriced");
            String detail = l.description() + (l.note().isEmpty() ? "" : " — " + l.note());
            b.append(String.format(
                    "%-24s %-9s %-10s %-18s %14s  %s%n",
                    l.id(), l.category().json(), l.provider(), l.region(), amount, detail));
        }
        b.append(System.lineSeparator());
        for (Map<String, CostTotal> group : List.of(report.totalsByProvider(), report.totalsByCategory())) {
            for (Map.Entry<String, CostTotal> e : group.entrySet()) {
                b.append(String.format("  %-20s %s%n", e.getKey(), monthly(e.getValue(), cur)));
            }
        }
        CostTotal total = report.total();
        b.append("Monthly ")
                .append(total.text(m -> m.toPlainString() + " " + cur))
                .append(", annual ")
                .append(total.annualText(m -> m.toPlainString() + " " + cur))
                .append(System.lineSeparator());
        if (!report.unpriced().isEmpty()) {
            b.append("Unpriced (not in the totals): ")
                    .append(String.join(", ", report.unpriced()))
                    .append(System.lineSeparator());
        }
        if (report.hasEstimates()) {
            b.append("~ = estimate (reference-region or global list price)").append(System.lineSeparator());
        }
        return b.toString();
    }
}
