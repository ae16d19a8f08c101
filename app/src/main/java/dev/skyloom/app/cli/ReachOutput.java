package dev.skyloom.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.latency.Places;
import dev.skyloom.model.latency.RoundTrip;
import dev.skyloom.model.latency.Serving;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** How the latency and simulate commands print where populations are served from. */
final class ReachOutput {
    private ReachOutput() {}

    static String status(Serving s) {
        return switch (s.status()) {
            case WITHIN_BUDGET -> "within budget";
            case OVER_BUDGET -> "OVER BUDGET";
            case UNSERVED -> "not served";
            case UNKNOWN -> "unknown (no coordinates)";
        };
    }

    static String statusJson(Serving s) {
        return s.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String rtt(Serving s) {
        return s.rtt().map(RoundTrip::text).orElse("—");
    }

    static String place(Design design, String populationId) {
        return design.component(populationId)
                .filter(Component.Users.class::isInstance)
                .map(c -> Places.bundled().describe(Component.Users.class.cast(c)))
                .orElse("");
    }

    /** One line: {@code berlin: us-pool in aws/us-east-1 at ~138 ms (budget 50 ms: OVER BUDGET)}. */
    static String line(Serving s) {
        String where = s.pool().isEmpty() ? "nothing serves them" : s.pool() + " in " + s.region() + " at " + rtt(s);
        return s.population() + ": " + where + " (budget "
                + s.budgetMs().stripTrailingZeros().toPlainString() + " ms: " + status(s) + ")";
    }

    static void json(JsonGenerator g, Design design, Serving s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.population());
        g.writeStringField("place", place(design, s.population()));
        g.writeStringField("pipeline", s.pipeline());
        g.writeStringField("pool", s.pool());
        g.writeStringField("region", s.region());
        roundTrip(g, s.rtt().orElse(null));
        g.writeNumberField("budgetMs", s.budgetMs());
        g.writeStringField("status", statusJson(s));
        g.writeEndObject();
    }

    /** {@code rttMs} (null when unknown), {@code basis}, {@code source}, {@code date}. */
    static void roundTrip(JsonGenerator g, RoundTrip rtt) throws IOException {
        if (rtt == null) {
            g.writeNullField("rttMs");
            g.writeNullField("basis");
            g.writeStringField("source", "");
            g.writeStringField("date", "");
            return;
        }
        g.writeNumberField("rttMs", Math.round(rtt.ms() * 10) / 10.0);
        g.writeStringField("basis", rtt.basis().name().toLowerCase(Locale.ROOT));
        g.writeStringField("source", rtt.source());
        g.writeStringField("date", rtt.date());
    }

    static void servings(JsonGenerator g, String field, Design design, List<Serving> servings) throws IOException {
        g.writeArrayFieldStart(field);
        for (Serving s : servings) {
            json(g, design, s);
        }
        g.writeEndArray();
    }
}
