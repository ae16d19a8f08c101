package dev.skyloom.export.terraform.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the HCL IR in {@code terraform fmt} canonical form: two-space indentation, {@code =} aligned
 * within runs of consecutive single-line attributes (a blank line, a comment, a block or a multi-line
 * value ends a run), one blank line between top-level blocks and around nested blocks, LF line
 * endings and a final newline. Output depends only on the IR, so it is deterministic.
 */
public final class HclWriter {
    private static final String INDENT = "  ";

    private HclWriter() {}

    /** A whole file: top-level items separated by one blank line (a comment stays attached to what follows). */
    public static String write(List<HclBody> items) {
        StringBuilder out = new StringBuilder(256 * Math.max(1, items.size()));
        writeTopLevel(out, items);
        return out.toString();
    }

    /**
     * Builds a file one top-level item at a time, rendering each at once so a large export never holds
     * the whole tree; the result is the same as {@link #write} of all items.
     */
    public static final class FileBuilder {
        private final StringBuilder out = new StringBuilder(1 << 12);
        private HclBody previous;

        public FileBuilder add(HclBody item) {
            if (item instanceof BlankLine) {
                return this;
            }
            if (item instanceof Attribute) {
                throw new IllegalArgumentException("attributes are not allowed at the top level of a .tf file");
            }
            if (previous != null && !(previous instanceof Comment)) {
                out.append('\n');
            }
            writeItem(out, item, 0, 0);
            previous = item;
            return this;
        }

        public boolean isEmpty() {
            return previous == null;
        }

        public String text() {
            return out.toString();
        }
    }

    /** A file of attributes only ({@code .tfvars}), aligned like a block body. */
    public static String writeAttributes(List<Attribute> attributes) {
        StringBuilder out = new StringBuilder();
        writeBody(out, new ArrayList<>(attributes), 0);
        return out.toString();
    }

    /** Appends a whole file to {@code out}. */
    public static void writeTopLevel(StringBuilder out, List<HclBody> items) {
        boolean first = true;
        HclBody previous = null;
        for (HclBody item : items) {
            if (item instanceof BlankLine) {
                continue;
            }
            if (!first && !(previous instanceof Comment)) {
                out.append('\n');
            }
            if (item instanceof Attribute) {
                throw new IllegalArgumentException("attributes are not allowed at the top level of a .tf file");
            }
            writeItem(out, item, 0, 0);
            first = false;
            previous = item;
        }
    }

    private static void writeItem(StringBuilder out, HclBody item, int depth, int alignWidth) {
        if (item instanceof Comment) {
            indent(out, depth);
            String text = ((Comment) item).text();
            out.append(text.isEmpty() ? "#" : "# " + text).append('\n');
        } else if (item instanceof Block) {
            writeBlock(out, (Block) item, depth);
        } else if (item instanceof Attribute) {
            Attribute a = (Attribute) item;
            indent(out, depth);
            out.append(a.name());
            for (int i = a.name().length(); i < alignWidth; i++) {
                out.append(' ');
            }
            out.append(" = ");
            writeExpression(out, a.value(), depth);
            out.append('\n');
        }
    }

    private static void writeBlock(StringBuilder out, Block block, int depth) {
        indent(out, depth);
        out.append(block.type());
        for (String label : block.labels()) {
            out.append(' ');
            out.append('"');
            HclSyntax.appendEscaped(out, label);
            out.append('"');
        }
        if (block.body().isEmpty()) {
            out.append(" {}\n");
            return;
        }
        out.append(" {\n");
        writeBody(out, block.body(), depth + 1);
        indent(out, depth);
        out.append("}\n");
    }

    /**
     * A body: attributes aligned in runs; a blank line before a nested block (and its leading comments)
     * unless it comes first, and after a block before anything else.
     */
    private static void writeBody(StringBuilder out, List<HclBody> body, int depth) {
        List<HclBody> items = normalise(body);
        int[] widths = alignmentWidths(items, depth);
        for (int i = 0; i < items.size(); i++) {
            HclBody item = items.get(i);
            if (item instanceof BlankLine) {
                out.append('\n');
                continue;
            }
            writeItem(out, item, depth, widths[i]);
        }
    }

    /** Inserts the blank lines fmt style expects around nested blocks and drops redundant ones. */
    private static List<HclBody> normalise(List<HclBody> body) {
        List<HclBody> result = new ArrayList<>(body.size() + 4);
        for (int i = 0; i < body.size(); i++) {
            HclBody item = body.get(i);
            boolean startsBlockGroup =
                    item instanceof Block || (item instanceof Comment && nextNonComment(body, i) instanceof Block);
            boolean afterBlock = !result.isEmpty() && result.get(result.size() - 1) instanceof Block;
            boolean afterComment = !result.isEmpty() && result.get(result.size() - 1) instanceof Comment;
            if (item instanceof BlankLine) {
                if (!result.isEmpty() && !(result.get(result.size() - 1) instanceof BlankLine)) {
                    result.add(item);
                }
                continue;
            }
            if (!result.isEmpty()
                    && !(result.get(result.size() - 1) instanceof BlankLine)
                    && ((startsBlockGroup && !afterComment) || afterBlock)) {
                result.add(new BlankLine());
            }
            result.add(item);
        }
        while (!result.isEmpty() && result.get(result.size() - 1) instanceof BlankLine) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static HclBody nextNonComment(List<HclBody> body, int from) {
        for (int i = from; i < body.size(); i++) {
            if (!(body.get(i) instanceof Comment)) {
                return body.get(i);
            }
        }
        return null;
    }

    private static int[] alignmentWidths(List<HclBody> items, int depth) {
        int[] widths = new int[items.size()];
        int runStart = -1;
        int max = 0;
        for (int i = 0; i <= items.size(); i++) {
            boolean inRun = i < items.size()
                    && items.get(i) instanceof Attribute
                    && isSingleLine(((Attribute) items.get(i)).value());
            if (inRun) {
                if (runStart < 0) {
                    runStart = i;
                    max = 0;
                }
                max = Math.max(max, ((Attribute) items.get(i)).name().length());
            } else {
                if (runStart >= 0) {
                    for (int j = runStart; j < i; j++) {
                        widths[j] = max;
                    }
                }
                runStart = -1;
            }
        }
        return widths;
    }

    static boolean isSingleLine(HclExpression e) {
        if (e instanceof HclExpression.ObjectExpr) {
            return ((HclExpression.ObjectExpr) e).entries().isEmpty();
        }
        if (e instanceof HclExpression.ListExpr) {
            for (HclExpression item : ((HclExpression.ListExpr) e).items()) {
                if (!isSingleLine(item)) {
                    return false;
                }
            }
            return true;
        }
        if (e instanceof HclExpression.Call) {
            for (HclExpression arg : ((HclExpression.Call) e).args()) {
                if (!isSingleLine(arg)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes an expression starting mid-line; continuation lines are indented relative to {@code depth}. */
    private static void writeExpression(StringBuilder out, HclExpression e, int depth) {
        if (e instanceof HclExpression.Str) {
            out.append('"');
            HclSyntax.appendEscaped(out, ((HclExpression.Str) e).value());
            out.append('"');
        } else if (e instanceof HclExpression.Num) {
            out.append(number(((HclExpression.Num) e).value()));
        } else if (e instanceof HclExpression.Bool) {
            out.append(((HclExpression.Bool) e).value() ? "true" : "false");
        } else if (e instanceof HclExpression.Null) {
            out.append("null");
        } else if (e instanceof HclExpression.Reference) {
            out.append(String.join(".", ((HclExpression.Reference) e).parts()));
        } else if (e instanceof HclExpression.Call) {
            writeCall(out, (HclExpression.Call) e, depth);
        } else if (e instanceof HclExpression.Template) {
            writeTemplate(out, (HclExpression.Template) e);
        } else if (e instanceof HclExpression.ListExpr) {
            writeList(out, (HclExpression.ListExpr) e, depth);
        } else if (e instanceof HclExpression.ObjectExpr) {
            writeObject(out, (HclExpression.ObjectExpr) e, depth);
        } else {
            throw new IllegalStateException("unknown expression " + e);
        }
    }

    private static void writeCall(StringBuilder out, HclExpression.Call call, int depth) {
        out.append(call.function()).append('(');
        List<HclExpression> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (!isSingleLine(args.get(i)) && i != args.size() - 1) {
                throw new IllegalArgumentException("only the last argument of a call may span lines");
            }
            writeExpression(out, args.get(i), depth);
        }
        out.append(')');
    }

    private static void writeTemplate(StringBuilder out, HclExpression.Template t) {
        out.append('"');
        List<Object> parts = t.parts();
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof String) {
                String text = (String) part;
                if (i + 1 < parts.size()
                        && parts.get(i + 1) instanceof HclExpression
                        && (text.endsWith("$") || text.endsWith("%"))) {
                    throw new IllegalArgumentException(
                            "template text must not end with $ or % before an interpolation");
                }
                HclSyntax.appendEscaped(out, text);
            } else {
                HclExpression expr = (HclExpression) part;
                if (!isSingleLine(expr)) {
                    throw new IllegalArgumentException("interpolations must be single-line");
                }
                out.append("${");
                writeExpression(out, expr, 0);
                out.append('}');
            }
        }
        out.append('"');
    }

    private static void writeList(StringBuilder out, HclExpression.ListExpr list, int depth) {
        if (isSingleLine(list)) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                writeExpression(out, list.items().get(i), depth);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (HclExpression item : list.items()) {
            indent(out, depth + 1);
            writeExpression(out, item, depth + 1);
            out.append(",\n");
        }
        indent(out, depth);
        out.append(']');
    }

    private static void writeObject(StringBuilder out, HclExpression.ObjectExpr object, int depth) {
        if (object.entries().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        List<Map.Entry<String, HclExpression>> entries =
                new ArrayList<>(object.entries().entrySet());
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, HclExpression> entry : entries) {
            keys.add(HclSyntax.isIdentifier(entry.getKey()) ? entry.getKey() : HclSyntax.quoted(entry.getKey()));
        }
        int i = 0;
        while (i < entries.size()) {
            int j = i;
            int max = 0;
            while (j < entries.size() && isSingleLine(entries.get(j).getValue())) {
                max = Math.max(max, keys.get(j).length());
                j++;
            }
            if (j == i) {
                writeObjectEntry(out, keys.get(i), 0, entries.get(i).getValue(), depth + 1);
                i++;
                continue;
            }
            for (int k = i; k < j; k++) {
                writeObjectEntry(out, keys.get(k), max, entries.get(k).getValue(), depth + 1);
            }
            i = j;
        }
        indent(out, depth);
        out.append('}');
    }

    private static void writeObjectEntry(StringBuilder out, String key, int width, HclExpression value, int depth) {
        indent(out, depth);
        out.append(key);
        for (int p = key.length(); p < width; p++) {
            out.append(' ');
        }
        out.append(" = ");
        writeExpression(out, value, depth);
        out.append('\n');
    }

    static String number(BigDecimal value) {
        if (value.scale() == 0) {
            return value.toPlainString();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }
}
