package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads attribute values the way both sources spell them: a nested block is an object (hcl4j) or an array of
 * objects (Terraform's JSON), and an expression that was not resolved stays as its text ({@code var.size},
 * {@code aws_launch_template.x.id}), which {@link #isExpression} recognises.
 */
final class TfValues {
    private static final Pattern REFERENCE = Pattern.compile(
            "^(var|local|data|module|each|count|path|self)\\..+|^[a-z][a-z0-9]*_[a-z0-9_]+\\.[A-Za-z0-9_-]+(\\..*|\\[.*)?$");

    private TfValues() {}

    /** The node at a dotted path, taking the first element of any array on the way. */
    static Optional<JsonNode> at(JsonNode values, String path) {
        JsonNode node = values;
        for (String step : path.split("\\.")) {
            node = first(node);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            node = node.get(step);
        }
        node = first(node);
        return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** A literal string at the path; empty when absent or when it is an unresolved expression. */
    static Optional<String> text(JsonNode values, String path) {
        return at(values, path)
                .filter(JsonNode::isValueNode)
                .map(JsonNode::asText)
                .filter(s -> !s.isBlank() && !isExpression(s));
    }

    /** An expression left unresolved at the path, if that is what is there. */
    static Optional<String> expression(JsonNode values, String path) {
        return at(values, path)
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .filter(TfValues::isExpression);
    }

    static OptionalDouble number(JsonNode values, String path) {
        Optional<JsonNode> n = at(values, path);
        if (n.isEmpty()) {
            return OptionalDouble.empty();
        }
        JsonNode v = n.get();
        if (v.isNumber()) {
            return OptionalDouble.of(v.asDouble());
        }
        if (v.isTextual()) {
            try {
                return OptionalDouble.of(Double.parseDouble(v.asText().strip()));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    /** A size in GB (Terraform's disk sizes) as TB with at most three decimals; empty when not given. */
    static Optional<java.math.BigDecimal> terabytes(OptionalDouble gb) {
        return gb.isPresent()
                ? Optional.of(java.math.BigDecimal.valueOf(gb.getAsDouble())
                        .divide(java.math.BigDecimal.valueOf(1000), 3, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros())
                : Optional.empty();
    }

    static boolean isExpression(String s) {
        return s.contains("${") || REFERENCE.matcher(s).matches();
    }

    /** The resource address an expression points at ({@code aws_launch_template.x} of {@code aws_launch_template.x.id}). */
    static Optional<String> referencedAddress(String expression) {
        String e = expression.strip();
        if (e.startsWith("${") && e.endsWith("}")) {
            e = e.substring(2, e.length() - 1);
        }
        String[] parts = e.split("\\.");
        int start = 0;
        StringBuilder prefix = new StringBuilder();
        while (parts.length > start + 2 && parts[start].equals("module")) {
            prefix.append("module.").append(parts[start + 1]).append('.');
            start += 2;
        }
        if (parts.length < start + 2 || !parts[start].contains("_")) {
            return Optional.empty();
        }
        String name = parts[start + 1];
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
            name = name.substring(0, bracket);
        }
        return Optional.of(prefix + parts[start] + "." + name);
    }

    private static JsonNode first(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.size() == 0 ? null : node.get(0);
        }
        return node;
    }
}
