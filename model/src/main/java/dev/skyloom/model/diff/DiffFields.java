package dev.skyloom.model.diff;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields of each element as display text, in a fixed order, for field-by-field comparison. The
 * component visitor and the connection switch name every type (no default), so a new type fails to compile
 * here until its fields are compared. Fields the model does not know ({@code extras}) are compared as raw JSON
 * under {@code extras.KEY}, so nothing a file holds escapes the comparison.
 */
final class DiffFields {
    private DiffFields() {}

    static Map<String, String> of(Component c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", c.type().json());
        f.put("name", c.name());
        f.put("parent", c.parent().orElse(""));
        c.accept(new Component.Visitor<Void>() {
            @Override
            public Void provider(Component.Provider p) {
                f.put("provider", p.provider());
                return null;
            }

            @Override
            public Void region(Component.Region r) {
                f.put("region", r.region());
                f.put("country", r.country().orElse(""));
                return null;
            }

            @Override
            public Void gpuPool(Component.GpuPool p) {
                f.put("instanceType", p.instanceType());
                f.put("count", Integer.toString(p.count()));
                f.put("pricing", p.pricing().json());
                f.put("hoursPerMonth", plain(p.hoursPerMonth()));
                f.put("unitPrice", plain(p.unitPrice()));
                return null;
            }

            @Override
            public Void storage(Component.Storage s) {
                f.put("storageClass", s.storageClass());
                f.put("capacityTb", plain(s.capacityTb()));
                f.put("holds", String.join(", ", s.holds()));
                f.put("unitPrice", plain(s.unitPrice()));
                return null;
            }

            @Override
            public Void pipeline(Component.Pipeline p) {
                f.put("survives", p.survives().json());
                f.put("declassifies", String.join(", ", p.declassifies()));
                return null;
            }

            @Override
            public Void users(Component.Users u) {
                f.put("city", u.city().orElse(""));
                f.put("latitude", plain(u.latitude()));
                f.put("longitude", plain(u.longitude()));
                f.put("country", u.country().orElse(""));
                f.put("share", plain(u.share()));
                f.put("userCount", u.userCount().map(String::valueOf).orElse(""));
                f.put("latencyBudgetMs", plain(u.latencyBudgetMs()));
                return null;
            }

            @Override
            public Void identity(Component.Identity i) {
                f.put("kind", i.kind().json());
                return null;
            }

            @Override
            public Void telemetry(Component.Telemetry t) {
                f.put("hosting", t.hosting().json());
                f.put("service", t.service());
                f.put("receives", String.join(", ", t.receives()));
                f.put("operatorCountry", t.operatorCountry().orElse(""));
                f.put("unitPrice", plain(t.unitPrice()));
                return null;
            }
        });
        extras(f, c.extras());
        return f;
    }

    static Map<String, String> of(Connection k) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", k.type().json());
        f.put("from", k.from());
        f.put("to", k.to());
        f.put("monthlyTb", plain(k.monthlyTb()));
        if (!k.dataClasses().isEmpty()) {
            f.put("dataClasses", String.join(", ", k.dataClasses())); // only when set: older diffs stay as they were
        }
        extras(f, k.extras());
        return f;
    }

    static Map<String, String> of(DataClass d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", d.name());
        f.put("allowedJurisdictions", String.join(", ", d.allowedJurisdictions()));
        if (!d.allowedOperators().isEmpty()) {
            f.put("allowedOperators", String.join(", ", d.allowedOperators()));
        }
        extras(f, d.extras());
        return f;
    }

    /** The design's own settings (not its elements or layout). */
    static Map<String, String> settings(Design d) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", d.name());
        f.put("currency", d.currency());
        f.put("reserved1yDiscount", plain(d.assumptions().reserved1yDiscount()));
        f.put("reserved3yDiscount", plain(d.assumptions().reserved3yDiscount()));
        f.put("remoteDataMs", plain(d.assumptions().remoteDataMs()));
        extras(f, d.extras());
        return f;
    }

    /** How a connection reads in a sentence: "Training reads Lake". */
    static String label(Connection k, Design d) {
        String verb =
                switch (k.type()) {
                    case READS -> "reads";
                    case WRITES -> "writes";
                    case RUNS_ON -> "runs on";
                    case REPLICATES_TO -> "replicates to";
                    case SERVES -> "serves";
                    case FEDERATES -> "federates";
                    case SHIPS_TELEMETRY -> "ships telemetry to";
                };
        return name(k.from(), d) + " " + verb + " " + name(k.to(), d);
    }

    private static String name(String id, Design d) {
        return d.component(id).map(Component::label).orElse(id);
    }

    /** Field differences over the union of both maps' keys: the base's order, then keys only the head has. */
    static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, FieldChange> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            String a = after.getOrDefault(e.getKey(), "");
            if (!a.equals(e.getValue())) {
                out.put(e.getKey(), new FieldChange(e.getKey(), e.getValue(), a));
            }
        }
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!before.containsKey(e.getKey()) && !e.getValue().isEmpty()) {
                out.put(e.getKey(), new FieldChange(e.getKey(), "", e.getValue()));
            }
        }
        return List.copyOf(out.values());
    }

    private static void extras(Map<String, String> f, Map<String, String> extras) {
        for (Map.Entry<String, String> e : new TreeMap<>(extras).entrySet()) {
            f.put("extras." + e.getKey(), e.getValue());
        }
    }

    static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static String plain(Optional<BigDecimal> d) {
        return d.map(DiffFields::plain).orElse("");
    }
}
