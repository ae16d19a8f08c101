package dev.skyloom.model.file;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the canonical text of a design. The order is fixed, not alphabetical: {@code skyloom} first,
 * then the document fields in the order of DESIGN.md's example; in each component {@code id} and
 * {@code type} lead, then {@code parent}, {@code name} and the fields of its type; fields this version
 * does not know (extras) follow the known ones, sorted by key, with their own keys sorted. Components and
 * connections keep document order; layout entries are sorted by id, one line each, on half units ({@link Bounds#onHalfUnits}). Two-space indentation,
 * {@code \n} line ends, a final newline, decimals exactly as held ({@link BigDecimal#toPlainString()}).
 * A field is left out only when the model has no value for it (an empty name, an absent parent, country
 * or unit price); everything else, including the pricing assumptions, is always written so that the file
 * says exactly what the costs were computed with.
 */
final class DesignWriter {
    private final StringBuilder out;

    private DesignWriter(int capacity) {
        out = new StringBuilder(capacity);
    }

    static String write(Design design) {
        DesignWriter w = new DesignWriter(
                256 + 200 * (design.components().size() + design.connections().size()));
        w.document(design);
        return w.out.toString();
    }

    private void document(Design d) {
        out.append("{\n");
        Obj top = new Obj(1);
        int version = d.formatVersion();
        top.raw("skyloom", String.valueOf(version));
        top.text("name", d.name());
        top.text("currency", d.currency());
        top.key("assumptions");
        assumptions(d.assumptions(), version);
        top.key("dataClasses");
        list(d.dataClasses().size(), i -> dataClass(d.dataClasses().get(i)));
        top.key("components");
        list(d.components().size(), i -> component(d.components().get(i)));
        top.key("connections");
        list(d.connections().size(), i -> connection(d.connections().get(i)));
        top.key("layout");
        layout(d.layout());
        if (!d.annotations().isEmpty()) {
            top.key("annotations");
            list(d.annotations().size(), i -> annotation(d.annotations().get(i)));
        }
        top.extras(d.extras());
        out.append("\n}\n");
    }

    private void assumptions(Assumptions a, int version) {
        out.append("{\n");
        Obj o = new Obj(2);
        o.decimal("reserved1yDiscount", a.reserved1yDiscount());
        o.decimal("reserved3yDiscount", a.reserved3yDiscount());
        if (version >= 2) {
            o.decimal("remoteDataMs", a.remoteDataMs());
        }
        out.append('\n');
        JsonText.indent(out, 1);
        out.append('}');
    }

    private interface Item {
        void write(int index);
    }

    private void list(int size, Item item) {
        if (size == 0) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < size; i++) {
            JsonText.indent(out, 2);
            item.write(i);
            out.append(i + 1 < size ? ",\n" : "\n");
        }
        JsonText.indent(out, 1);
        out.append(']');
    }

    private void annotation(dev.skyloom.model.Annotation a) {
        out.append("{\n");
        Obj o = new Obj(3);
        o.text("id", a.id());
        o.text("kind", a.kind().json());
        o.text("text", a.text());
        dev.skyloom.model.Bounds b = a.bounds().onHalfUnits();
        o.raw("x", realText(b.x()));
        o.raw("y", realText(b.y()));
        o.raw("w", realText(b.w()));
        o.raw("h", realText(b.h()));
        close();
    }

    private void dataClass(DataClass c) {
        out.append("{\n");
        Obj o = new Obj(3);
        o.text("id", c.id());
        o.optionalText("name", c.name());
        o.texts("allowedJurisdictions", c.allowedJurisdictions());
        if (!c.allowedOperators().isEmpty()) {
            o.texts("allowedOperators", c.allowedOperators());
        }
        o.extras(c.extras());
        close();
    }

    private void component(Component c) {
        out.append("{\n");
        Obj o = new Obj(3);
        o.text("id", c.id());
        o.text("type", c.type().json());
        c.parent().ifPresent(p -> o.text("parent", p));
        o.optionalText("name", c.name());
        c.accept(new Component.Visitor<Void>() {
            @Override
            public Void provider(Component.Provider p) {
                o.text("provider", p.provider());
                return null;
            }

            @Override
            public Void region(Component.Region r) {
                o.text("region", r.region());
                r.country().ifPresent(country -> o.text("country", country));
                return null;
            }

            @Override
            public Void gpuPool(Component.GpuPool g) {
                o.text("instanceType", g.instanceType());
                o.raw("count", String.valueOf(g.count()));
                o.text("pricing", g.pricing().json());
                o.decimal("hoursPerMonth", g.hoursPerMonth());
                o.optionalDecimal("unitPrice", g.unitPrice());
                return null;
            }

            @Override
            public Void storage(Component.Storage s) {
                o.text("storageClass", s.storageClass());
                o.decimal("capacityTb", s.capacityTb());
                o.texts("holds", s.holds());
                o.optionalDecimal("unitPrice", s.unitPrice());
                return null;
            }

            @Override
            public Void pipeline(Component.Pipeline p) {
                o.text("survives", p.survives().json());
                o.texts("declassifies", p.declassifies());
                return null;
            }

            @Override
            public Void users(Component.Users u) {
                u.city().ifPresent(city -> o.text("city", city));
                o.optionalDecimal("latitude", u.latitude());
                o.optionalDecimal("longitude", u.longitude());
                u.country().ifPresent(country -> o.text("country", country));
                o.optionalDecimal("share", u.share());
                u.userCount().ifPresent(n -> o.raw("userCount", String.valueOf(n)));
                o.decimal("latencyBudgetMs", u.latencyBudgetMs());
                return null;
            }

            @Override
            public Void identity(Component.Identity i) {
                o.text("kind", i.kind().json());
                return null;
            }

            @Override
            public Void telemetry(Component.Telemetry t) {
                o.text("hosting", t.hosting().json());
                o.optionalText("service", t.service());
                o.texts("receives", t.receives());
                t.operatorCountry().ifPresent(country -> o.text("operatorCountry", country));
                o.optionalDecimal("unitPrice", t.unitPrice());
                return null;
            }
        });
        o.extras(c.extras());
        close();
    }

    private void connection(Connection k) {
        out.append("{\n");
        Obj o = new Obj(3);
        o.text("id", k.id());
        o.text("type", k.type().json());
        o.text("from", k.from());
        o.text("to", k.to());
        o.decimal("monthlyTb", k.monthlyTb());
        if (!k.dataClasses().isEmpty()) {
            o.texts("dataClasses", k.dataClasses());
        }
        o.extras(k.extras());
        close();
    }

    private void close() {
        out.append('\n');
        JsonText.indent(out, 2);
        out.append('}');
    }

    private void layout(Map<String, Bounds> layout) {
        if (layout.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        List<String> ids = JsonText.sortedKeys(layout);
        for (int i = 0; i < ids.size(); i++) {
            Bounds b = layout.get(ids.get(i)).onHalfUnits();
            JsonText.indent(out, 2);
            JsonText.appendString(out, ids.get(i));
            out.append(": { \"x\": ");
            real(b.x());
            out.append(", \"y\": ");
            real(b.y());
            out.append(", \"w\": ");
            real(b.w());
            out.append(", \"h\": ");
            real(b.h());
            out.append(i + 1 < ids.size() ? " },\n" : " }\n");
        }
        JsonText.indent(out, 1);
        out.append('}');
    }

    private static String realText(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Whole numbers without a fraction, others in Java's shortest exact form (which is valid JSON). */
    private void real(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v);
        } else {
            out.append(v);
        }
    }

    /** The fields of one object being written, at one indentation, with the commas between them. */
    private final class Obj {
        private final int indent;
        private boolean first = true;

        Obj(int indent) {
            this.indent = indent;
        }

        void key(String key) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            JsonText.indent(out, indent);
            JsonText.appendString(out, key);
            out.append(": ");
        }

        void raw(String key, String json) {
            key(key);
            out.append(json);
        }

        void text(String key, String value) {
            key(key);
            JsonText.appendString(out, value);
        }

        void optionalText(String key, String value) {
            if (!value.isEmpty()) {
                text(key, value);
            }
        }

        void decimal(String key, BigDecimal value) {
            raw(key, value.toPlainString());
        }

        void optionalDecimal(String key, Optional<BigDecimal> value) {
            value.ifPresent(v -> decimal(key, v));
        }

        void texts(String key, List<String> values) {
            key(key);
            out.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                JsonText.appendString(out, values.get(i));
            }
            out.append(']');
        }

        /** Unknown fields kept from reading, sorted by key; their text must be JSON. */
        void extras(Map<String, String> extras) {
            for (String k : JsonText.sortedKeys(extras)) {
                JsonTree.Node value;
                try {
                    value = TreeReader.read(extras.get(k), "extras");
                } catch (DesignFormatException e) {
                    throw new IllegalArgumentException(
                            "extra field " + Quoted.of(k) + " does not hold JSON: " + e.getMessage(), e);
                }
                key(k);
                JsonText.appendPretty(out, value, indent);
            }
        }
    }
}
