package dev.skyloom.export.terraform.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HCL expression. Literals ({@link Str}, {@link Num}, {@link Bool}) carry values that the writer
 * escapes; {@link Reference} and {@link Call} carry code and accept only validated identifiers, so
 * user text can never become code.
 */
public sealed interface HclExpression
        permits HclExpression.Str,
                HclExpression.Num,
                HclExpression.Bool,
                HclExpression.Null,
                HclExpression.Reference,
                HclExpression.Call,
                HclExpression.Template,
                HclExpression.ListExpr,
                HclExpression.ObjectExpr {

    /** A string literal; any text, escaped on output. */
    record Str(String value) implements HclExpression {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number literal. */
    record Num(BigDecimal value) implements HclExpression {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    record Bool(boolean value) implements HclExpression {}

    /** The {@code null} literal. */
    record Null() implements HclExpression {}

    /**
     * A traversal such as {@code aws_vpc.main.id} or {@code data.x.y.names[0]}: identifiers joined by
     * dots, each optionally followed by numeric indexes.
     */
    record Reference(List<String> parts) implements HclExpression {
        public Reference {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("empty reference");
            }
            for (String p : parts) {
                if (!HclSyntax.isTraversalStep(p)) {
                    throw new IllegalArgumentException("not a traversal step: " + p);
                }
            }
        }

        /** Parses {@code a.b.c} (steps validated). */
        public static Reference of(String dotted) {
            return new Reference(List.of(dotted.split("\\.", -1)));
        }

        public Reference then(String step) {
            List<String> next = new ArrayList<>(parts);
            next.add(step);
            return new Reference(next);
        }
    }

    /** A function call, e.g. {@code cidrsubnet(var.cidr, 8, 0)}. */
    record Call(String function, List<HclExpression> args) implements HclExpression {
        public Call {
            if (!HclSyntax.isIdentifier(function)) {
                throw new IllegalArgumentException("not a function name: " + function);
            }
            args = List.copyOf(args);
        }
    }

    /** A quoted template mixing literal text (escaped) and single-line interpolations. */
    record Template(List<Object> parts) implements HclExpression {
        public Template {
            parts = List.copyOf(parts);
            for (Object p : parts) {
                if (!(p instanceof String) && !(p instanceof HclExpression)) {
                    throw new IllegalArgumentException("template part must be text or an expression");
                }
            }
        }
    }

    record ListExpr(List<HclExpression> items) implements HclExpression {
        public ListExpr {
            items = List.copyOf(items);
        }
    }

    /** An object constructor; keys that are not identifiers are written as quoted strings. */
    record ObjectExpr(Map<String, HclExpression> entries) implements HclExpression {
        public ObjectExpr {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    static Str str(String value) {
        return new Str(value);
    }

    static Num num(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Num num(BigDecimal value) {
        return new Num(value);
    }

    static Bool bool(boolean value) {
        return new Bool(value);
    }

    static Reference ref(String dotted) {
        return Reference.of(dotted);
    }

    static Call call(String function, HclExpression... args) {
        return new Call(function, List.of(args));
    }

    static Template template(Object... parts) {
        return new Template(List.of(parts));
    }

    static ListExpr list(HclExpression... items) {
        return new ListExpr(List.of(items));
    }
}
