package dev.skyloom.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.skyloom.model.check.Finding;
import dev.skyloom.model.check.Severity;
import dev.skyloom.model.diff.ChangeKind;
import dev.skyloom.model.diff.CostComparison;
import dev.skyloom.model.diff.CostGroupDelta;
import dev.skyloom.model.diff.CostLineDelta;
import dev.skyloom.model.diff.DesignComparison;
import dev.skyloom.model.diff.ElementChange;
import dev.skyloom.model.diff.ExitCostDelta;
import dev.skyloom.model.diff.FieldChange;
import dev.skyloom.model.diff.FindingsComparison;
import dev.skyloom.model.diff.LatencyComparison;
import dev.skyloom.model.diff.OutageDelta;
import dev.skyloom.model.diff.PopulationLatency;
import dev.skyloom.model.diff.PortabilityComparison;
import dev.skyloom.model.diff.ResilienceComparison;
import dev.skyloom.model.latency.ReachCoverage;
import dev.skyloom.model.latency.Serving;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@code skyloom diff --json} (a stable contract; money as numbers with cents, an unpriced or
 * missing amount as {@code null}, never 0):
 *
 * <pre>
 * {"base", "head", "unchanged",
 *  "summary": {"components"|"connections": {"added", "removed", "changed"}, "dataClasses", "settings"},
 *  "components"|"connections"|"dataClasses"|"settings": [{"id", "kind", "change", "before", "after",
 *      "fields": [{"field", "before", "after"}]}],
 *  "cost": {"currency": {"before", "after"}, "comparable", "monthly"|"annual": {"before", "after", "delta"},
 *      "unpriced": {"before", "after"}, "byProvider"|"byCategory": [{"key", "before", "after", "delta",
 *      "unpricedBefore", "unpricedAfter"}], "lines": [{"id", "label", "provider", "region", "category",
 *      "change", "before", "after", "delta", "unpricedBefore", "unpricedAfter"}], "unchangedLines"},
 *  "findings": {"counts": {"error"|"warning"|"info": {"before", "after", "new", "resolved"}},
 *      "new": [finding], "resolved": [finding], "unchanged"},
 *  "resilience": {"failures": {"before", "after"}, "takingPipelinesDown": {"before", "after"},
 *      "outages": [{"kind", "key", "inBefore", "inAfter", "downBefore", "downAfter", "nowSurvive",
 *      "nowGoDown"}]},
 *  "portability": {"score": {"before", "after"}, "exitCost": [{"provider", "storesBefore", "before",
 *      "storesAfter", "after"}]},
 *  "latency": {"coverage": {"before"|"after": null (no populations) or {"now", "worst", "worstFailure"
 *      (region or provider key, or null), "basis"}}, "populations": [{"id", "before"|"after": null or
 *      {"pipeline", "pool", "region", "rttMs", "basis", "source", "date", "budgetMs", "status"}}]}}
 * </pre>
 *
 * Coverage shares are 0..1 with four decimals, as in {@code latency --json}; {@code populations} lists only
 * those whose serving region, round trip or status changed (nothing failed).
 *
 * A finding is {@code {"severity", "check", "code", "subjects", "message"}} as in {@code check --json}.
 */
final class DiffJson {
    private DiffJson() {}

    static String render(DesignComparison c, String base, String head) {
        return JsonOutput.render(g -> {
            g.writeStartObject();
            g.writeStringField("base", base);
            g.writeStringField("head", head);
            g.writeBooleanField("unchanged", c.unchanged());
            g.writeObjectFieldStart("summary");
            counts(g, "components", c.components());
            counts(g, "connections", c.connections());
            g.writeNumberField("dataClasses", c.dataClasses().size());
            g.writeNumberField("settings", c.settings().size());
            g.writeEndObject();
            elements(g, "components", c.components());
            elements(g, "connections", c.connections());
            elements(g, "dataClasses", c.dataClasses());
            elements(g, "settings", c.settings());
            cost(g, c.cost());
            findings(g, c.findings());
            resilience(g, c.resilience());
            portability(g, c.portability());
            latency(g, c.latency());
            g.writeEndObject();
        });
    }

    private static void counts(JsonGenerator g, String field, List<ElementChange> list) throws IOException {
        g.writeObjectFieldStart(field);
        for (ChangeKind k : ChangeKind.values()) {
            g.writeNumberField(k.json(), DesignComparison.count(list, k));
        }
        g.writeEndObject();
    }

    private static void elements(JsonGenerator g, String field, List<ElementChange> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (ElementChange e : list) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("kind", e.kind());
            g.writeStringField("change", e.change().json());
            g.writeStringField("before", e.beforeLabel());
            g.writeStringField("after", e.afterLabel());
            g.writeArrayFieldStart("fields");
            for (FieldChange f : e.fields()) {
                g.writeStartObject();
                g.writeStringField("field", f.field());
                g.writeStringField("before", f.before());
                g.writeStringField("after", f.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cost(JsonGenerator g, CostComparison c) throws IOException {
        g.writeObjectFieldStart("cost");
        g.writeObjectFieldStart("currency");
        g.writeStringField("before", c.currencyBefore());
        g.writeStringField("after", c.currencyAfter());
        g.writeEndObject();
        g.writeBooleanField("comparable", c.comparable());
        triple(g, "monthly", c.totalBefore().monthly(), c.totalAfter().monthly(), delta(c, c.monthlyDelta()));
        triple(g, "annual", c.totalBefore().annual(), c.totalAfter().annual(), delta(c, c.annualDelta()));
        g.writeObjectFieldStart("unpriced");
        g.writeNumberField("before", c.unpricedBefore());
        g.writeNumberField("after", c.unpricedAfter());
        g.writeEndObject();
        groups(g, "byProvider", c.byProvider(), c.comparable());
        groups(g, "byCategory", c.byCategory(), c.comparable());
        g.writeArrayFieldStart("lines");
        for (CostLineDelta l : c.lines()) {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            g.writeStringField("label", l.label());
            g.writeStringField("provider", l.provider());
            g.writeStringField("region", l.region());
            g.writeStringField("category", l.category());
            g.writeStringField("change", l.change().json());
            JsonOutput.money(g, "before", l.before());
            JsonOutput.money(g, "after", l.after());
            JsonOutput.money(g, "delta", c.comparable() ? l.delta() : Optional.empty());
            g.writeBooleanField("unpricedBefore", l.unpricedBefore());
            g.writeBooleanField("unpricedAfter", l.unpricedAfter());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("unchangedLines", c.unchangedLines());
        g.writeEndObject();
    }

    /** The change of the totals; null when the currencies differ or a side has lines but none priced. */
    private static Optional<BigDecimal> delta(CostComparison c, Optional<BigDecimal> delta) {
        return c.totalBefore().isUnpriced() || c.totalAfter().isUnpriced() ? Optional.empty() : delta;
    }

    private static void triple(
            JsonGenerator g,
            String field,
            Optional<BigDecimal> before,
            Optional<BigDecimal> after,
            Optional<BigDecimal> delta)
            throws IOException {
        g.writeObjectFieldStart(field);
        JsonOutput.money(g, "before", before);
        JsonOutput.money(g, "after", after);
        JsonOutput.money(g, "delta", delta);
        g.writeEndObject();
    }

    private static void groups(JsonGenerator g, String field, List<CostGroupDelta> groups, boolean comparable)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (CostGroupDelta d : groups) {
            g.writeStartObject();
            g.writeStringField("key", d.key());
            // null when the group has lines on that side but none priced: never 0
            JsonOutput.money(g, "before", d.totalBefore().monthly());
            JsonOutput.money(g, "after", d.totalAfter().monthly());
            JsonOutput.money(
                    g,
                    "delta",
                    comparable
                                    && !d.totalBefore().isUnpriced()
                                    && !d.totalAfter().isUnpriced()
                            ? Optional.of(d.delta())
                            : Optional.empty());
            g.writeNumberField("unpricedBefore", d.unpricedBefore());
            g.writeNumberField("unpricedAfter", d.unpricedAfter());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void findings(JsonGenerator g, FindingsComparison f) throws IOException {
        g.writeObjectFieldStart("findings");
        g.writeObjectFieldStart("counts");
        for (Severity s : Severity.values()) {
            g.writeObjectFieldStart(s.json());
            g.writeNumberField("before", f.countBefore(s));
            g.writeNumberField("after", f.countAfter(s));
            g.writeNumberField("new", f.added(s).size());
            g.writeNumberField("resolved", f.resolved(s).size());
            g.writeEndObject();
        }
        g.writeEndObject();
        findingList(g, "new", f.added());
        findingList(g, "resolved", f.resolved());
        g.writeNumberField("unchanged", f.unchanged());
        g.writeEndObject();
    }

    private static void findingList(JsonGenerator g, String field, List<Finding> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : list) {
            g.writeStartObject();
            g.writeStringField("severity", f.severity().json());
            g.writeStringField("check", f.check());
            g.writeStringField("code", f.code());
            JsonOutput.strings(g, "subjects", f.subjects());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void resilience(JsonGenerator g, ResilienceComparison r) throws IOException {
        g.writeObjectFieldStart("resilience");
        g.writeObjectFieldStart("failures");
        g.writeNumberField("before", r.outagesBefore());
        g.writeNumberField("after", r.outagesAfter());
        g.writeEndObject();
        g.writeObjectFieldStart("takingPipelinesDown");
        g.writeNumberField("before", r.harmfulBefore());
        g.writeNumberField("after", r.harmfulAfter());
        g.writeEndObject();
        g.writeArrayFieldStart("outages");
        for (OutageDelta o : r.outages()) {
            g.writeStartObject();
            g.writeStringField("kind", o.kind().json());
            g.writeStringField("key", o.key());
            g.writeBooleanField("inBefore", o.inBefore());
            g.writeBooleanField("inAfter", o.inAfter());
            JsonOutput.strings(g, "downBefore", o.downBefore());
            JsonOutput.strings(g, "downAfter", o.downAfter());
            JsonOutput.strings(g, "nowSurvive", o.nowSurvive());
            JsonOutput.strings(g, "nowGoDown", o.nowGoDown());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void portability(JsonGenerator g, PortabilityComparison p) throws IOException {
        g.writeObjectFieldStart("portability");
        g.writeObjectFieldStart("score");
        JsonOutput.money(g, "before", p.scoreBefore());
        JsonOutput.money(g, "after", p.scoreAfter());
        g.writeEndObject();
        g.writeArrayFieldStart("exitCost");
        for (ExitCostDelta e : p.exitCost()) {
            g.writeStartObject();
            g.writeStringField("provider", e.provider());
            g.writeBooleanField("storesBefore", e.storesBefore());
            JsonOutput.money(g, "before", e.before());
            g.writeBooleanField("storesAfter", e.storesAfter());
            JsonOutput.money(g, "after", e.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void latency(JsonGenerator g, LatencyComparison l) throws IOException {
        g.writeObjectFieldStart("latency");
        g.writeObjectFieldStart("coverage");
        coverage(g, "before", l.before());
        coverage(g, "after", l.after());
        g.writeEndObject();
        g.writeArrayFieldStart("populations");
        for (PopulationLatency p : l.populations()) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            serving(g, "before", p.before());
            serving(g, "after", p.after());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void coverage(JsonGenerator g, String field, Optional<ReachCoverage> c) throws IOException {
        if (c.isEmpty()) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeNumberField("now", share(c.get().now()));
        g.writeNumberField("worst", share(c.get().worst()));
        if (c.get().worstFailure().isPresent()) {
            g.writeStringField("worstFailure", c.get().worstFailure().get());
        } else {
            g.writeNullField("worstFailure");
        }
        g.writeStringField("basis", c.get().basis());
        g.writeEndObject();
    }

    private static double share(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static void serving(JsonGenerator g, String field, Optional<Serving> serving) throws IOException {
        if (serving.isEmpty()) {
            g.writeNullField(field);
            return;
        }
        Serving s = serving.get();
        g.writeObjectFieldStart(field);
        g.writeStringField("pipeline", s.pipeline());
        g.writeStringField("pool", s.pool());
        g.writeStringField("region", s.region());
        ReachOutput.roundTrip(g, s.rtt().orElse(null));
        g.writeNumberField("budgetMs", s.budgetMs());
        g.writeStringField("status", ReachOutput.statusJson(s));
        g.writeEndObject();
    }
}
