package dev.skyloom.export.tfimport;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.HCLParserException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder of {@code .tf} files with hcl4j: resources, provider blocks (aliases included) and local
 * modules ({@code source = "./..."}), recursively. Variables take their value from {@code terraform.tfvars},
 * {@code *.auto.tfvars}, a module call's literal arguments or their default, in Terraform's order; whatever
 * stays an expression is reported when a mapping needs it. Module folders must be real folders inside the
 * imported folder: symbolic links and module cycles are refused.
 */
final class HclFolderReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{var\\.([A-Za-z0-9_-]+)}");
    private static final int MAX_DEPTH = 16;
    /** Larger .tf files than this are not configurations people write by hand; refuse rather than stall. */
    private static final long MAX_FILE_BYTES = 16L << 20;

    private final Path root;
    private final List<TfResource> resources = new ArrayList<>();
    private final Map<String, JsonNode> providerConfigs = new LinkedHashMap<>();
    private final List<String> unresolved = new ArrayList<>();
    private final Deque<Path> stack = new ArrayDeque<>();

    private HclFolderReader(Path root) {
        this.root = root;
    }

    static TfEstate read(Path folder) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new TerraformImportException(folder + ": cannot read folder: " + e.getMessage());
        }
        HclFolderReader reader = new HclFolderReader(real);
        reader.module(real, "", Map.of(), Map.of(), folder.toString());
        return new TfEstate(folder.toString(), reader.resources, reader.providerConfigs, reader.unresolved);
    }

    private void module(
            Path dir, String prefix, Map<String, JsonNode> arguments, Map<String, String> providerMap, String shown) {
        if (stack.contains(dir)) {
            throw new TerraformImportException(
                    shown + ": module source refers back to " + root.relativize(dir) + " (a cycle of modules)");
        }
        if (stack.size() >= MAX_DEPTH) {
            throw new TerraformImportException(shown + ": modules nested deeper than " + MAX_DEPTH + " levels");
        }
        stack.push(dir);
        // hcl4j evaluates var.x itself, to null when it has no value: so a first pass finds the declared
        // variables and their defaults, and the second parses with every value known.
        Map<String, Object> declared = parseFolder(dir, shown, Map.of());
        Map<String, JsonNode> vars = variables(dir, declared, arguments, prefix.isEmpty());
        Map<String, Object> merged = parseFolder(dir, shown, plain(vars));
        reportMissingVariables(dir, prefix, vars);

        if (prefix.isEmpty()) {
            for (Map.Entry<String, Object> p : blocks(merged.get("provider"))) {
                for (Object config : asList(p.getValue())) {
                    JsonNode node = substitute(toNode(config), vars);
                    String alias = TfValues.text(node, "alias").orElse("");
                    providerConfigs.putIfAbsent(alias.isEmpty() ? p.getKey() : p.getKey() + "." + alias, node);
                }
            }
        }
        for (Map.Entry<String, Object> byType : blocks(merged.get("resource"))) {
            for (Map.Entry<String, Object> byName : blocks(byType.getValue())) {
                for (Object body : asList(byName.getValue())) {
                    addResource(prefix, byType.getKey(), byName.getKey(), substitute(toNode(body), vars), providerMap);
                }
            }
        }
        for (Map.Entry<String, Object> call : blocks(merged.get("module"))) {
            JsonNode body = substitute(toNode(call.getValue()), vars);
            String where = shown + " module \"" + call.getKey() + "\"";
            String source = TfValues.text(body, "source").orElse("");
            if (!source.startsWith("./") && !source.startsWith("../")) {
                unresolved.add(prefix + "module." + call.getKey() + ": source \"" + source
                        + "\" is not a local folder; its resources were not read");
                continue;
            }
            Path child = dir.resolve(source).normalize();
            if (Files.isSymbolicLink(child)) {
                throw new TerraformImportException(where + ": source \"" + source
                        + "\" is a symbolic link; Skyloom reads only real module folders");
            }
            Path real;
            try {
                real = child.toRealPath();
            } catch (IOException e) {
                throw new TerraformImportException(where + ": source \"" + source + "\" cannot be read");
            }
            if (!real.startsWith(root) || !real.equals(child.toAbsolutePath().normalize())) {
                throw new TerraformImportException(where + ": source \"" + source
                        + "\" leaves the imported folder or passes through a symbolic link");
            }
            Map<String, JsonNode> args = new HashMap<>();
            body.fields().forEachRemaining(f -> {
                if (!f.getValue().isNull()) {
                    args.put(f.getKey(), f.getValue());
                }
            });
            Map<String, String> childProviders = new HashMap<>(providerMap);
            body.path("providers")
                    .fields()
                    .forEachRemaining(f -> childProviders.put(
                            f.getKey(),
                            providerMap.getOrDefault(
                                    f.getValue().asText(), f.getValue().asText())));
            module(real, prefix + "module." + call.getKey() + ".", args, childProviders, where);
        }
        stack.pop();
    }

    private void addResource(String prefix, String type, String name, JsonNode body, Map<String, String> providerMap) {
        String cloud = type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
        String provider = TfValues.text(body, "provider").orElse(cloud);
        provider = providerMap.getOrDefault(provider, provider);
        String base = prefix + type + "." + name;
        List<String> refs = new ArrayList<>();
        collectReferences(body, prefix, refs);
        int instances = 1;
        if (body.has("count")) {
            JsonNode count = body.get("count");
            if (count.isNumber()) {
                instances = Math.max(0, count.asInt());
            } else {
                unresolved.add(base + ": count (" + count.asText() + ") not a literal; read as 1");
            }
        } else if (body.has("for_each")) {
            JsonNode each = body.get("for_each");
            if (each.isContainerNode()) {
                instances = each.size();
            } else {
                unresolved.add(base + ": for_each (" + each.asText() + ") not a literal; read as 1");
            }
        }
        if (instances == 1 && !body.has("count")) {
            resources.add(new TfResource(base, type, name, provider, body, refs));
        } else {
            for (int i = 0; i < instances; i++) {
                resources.add(new TfResource(base + "[" + i + "]", type, name, provider, body, refs));
            }
        }
    }

    private static void collectReferences(JsonNode node, String prefix, List<String> out) {
        if (node.isTextual() && TfValues.isExpression(node.asText())) {
            TfValues.referencedAddress(node.asText()).ifPresent(a -> out.add(prefix + a));
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectReferences(child, prefix, out));
        }
    }

    private Map<String, Object> parseFolder(Path dir, String shown, Map<String, Object> vars) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tf")
                            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new TerraformImportException(shown + ": cannot list folder: " + e.getMessage());
        }
        if (files.isEmpty() && stack.size() == 1) {
            throw new TerraformImportException(shown + ": no .tf files in this folder");
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Path f : files) {
            mergeInto(merged, parse(f, vars));
        }
        return merged;
    }

    private Map<String, Object> parse(Path file, Map<String, Object> vars) {
        String shown = root.getParent() == null
                ? file.toString()
                : root.getParent().relativize(file).toString();
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TerraformImportException(shown + ": larger than 16 MiB; not read");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Optional<String> unbalanced = HclBalance.problem(text);
            if (unbalanced.isPresent()) {
                throw new TerraformImportException(shown + ": not valid HCL: " + unbalanced.get());
            }
            HCLParser parser = new HCLParser();
            parser.setVariables(new HashMap<>(vars));
            Map<String, Object> parsed = parser.parse(withDecodedUnicodeEscapes(text));
            return parsed == null ? Map.of() : parsed;
        } catch (TerraformImportException e) {
            throw e;
        } catch (IOException e) {
            throw new TerraformImportException(shown + ": cannot read: " + e.getMessage());
        } catch (HCLParserException | RuntimeException | StackOverflowError e) {
            // hcl4j reports syntax errors as several unchecked types; all mean "not HCL we can read".
            String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
            throw new TerraformImportException(
                    shown + ": not valid HCL: " + (m.length() > 200 ? m.substring(0, 200) : m));
        }
    }

    private static final Pattern UNICODE_ESCAPE =
            Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})");

    /**
     * hcl4j 0.9.8 does not understand HCL's {@code \\uNNNN} escapes (Terraform writes them, and Skyloom's own
     * export does for non-ASCII names), so they become the characters they stand for before parsing.
     */
    static String withDecodedUnicodeEscapes(String hcl) {
        Matcher m = UNICODE_ESCAPE.matcher(hcl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2).substring(1), 16);
            String ch = Character.isValidCodePoint(code) && code >= 0x20 ? new String(Character.toChars(code)) : "?";
            if (ch.equals("\"") || ch.equals("\\")) {
                ch = "\\" + ch;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ch));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, JsonNode> variables(
            Path dir, Map<String, Object> merged, Map<String, JsonNode> arguments, boolean isRoot) {
        Map<String, JsonNode> vars = new HashMap<>();
        for (Map.Entry<String, Object> v : blocks(merged.get("variable"))) {
            JsonNode body = toNode(v.getValue());
            JsonNode def = body.get("default");
            if (def != null && !def.isNull()) {
                vars.put(v.getKey(), def);
            }
        }
        if (isRoot) {
            List<Path> tfvars = new ArrayList<>();
            Path main = dir.resolve("terraform.tfvars");
            if (Files.isRegularFile(main, LinkOption.NOFOLLOW_LINKS)) {
                tfvars.add(main);
            }
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().endsWith(".auto.tfvars")
                                && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .sorted()
                        .forEach(tfvars::add);
            } catch (IOException e) {
                throw new TerraformImportException(dir + ": cannot list folder: " + e.getMessage());
            }
            for (Path f : tfvars) {
                parse(f, Map.of()).forEach((k, v) -> vars.put(k, toNode(v)));
            }
        }
        arguments.forEach((k, v) -> {
            if (v.isValueNode() && !(v.isTextual() && TfValues.isExpression(v.asText()))) {
                vars.put(k, v);
            } else if (v.isContainerNode()) {
                vars.put(k, v);
            }
        });
        return vars;
    }

    private static final Pattern VARIABLE_USE = Pattern.compile("(?<![\\w.])var\\.([A-Za-z_][A-Za-z0-9_-]*)");

    /** Names every variable a folder uses that has no value (no default, not set), once. */
    private void reportMissingVariables(Path dir, String prefix, Map<String, JsonNode> vars) {
        java.util.TreeSet<String> missing = new java.util.TreeSet<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f :
                    list.filter(p -> p.getFileName().toString().endsWith(".tf")).toList()) {
                Matcher m = VARIABLE_USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!vars.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new TerraformImportException(dir + ": cannot read: " + e.getMessage());
        }
        for (String name : missing) {
            unresolved.add(prefix + "var." + name + ": no value (no default, not in terraform.tfvars or the module"
                    + " call); what uses it is read as not given");
        }
    }

    private static Map<String, Object> plain(Map<String, JsonNode> vars) {
        Map<String, Object> out = new HashMap<>();
        vars.forEach((k, v) -> out.put(k, JSON.convertValue(v, Object.class)));
        return out;
    }

    /** Replaces {@code var.x} and {@code ${var.x}} whose value is known; other expressions stay as text. */
    static JsonNode substitute(JsonNode node, Map<String, JsonNode> vars) {
        if (node.isTextual()) {
            String s = node.asText();
            if (s.startsWith("var.") && vars.containsKey(s.substring(4))) {
                return vars.get(s.substring(4));
            }
            if (s.contains("${var.")) {
                Matcher m = INTERPOLATION.matcher(s);
                StringBuilder out = new StringBuilder();
                boolean all = true;
                while (m.find()) {
                    JsonNode v = vars.get(m.group(1));
                    if (v != null && v.isValueNode()) {
                        m.appendReplacement(out, Matcher.quoteReplacement(v.asText()));
                    } else {
                        all = false;
                        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                    }
                }
                m.appendTail(out);
                return all ? TextNode.valueOf(out.toString()) : node;
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), substitute(f.getValue(), vars)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(substitute(e, vars)));
            return copy;
        }
        return node;
    }

    /**
     * hcl4j's values as JSON: maps, lists, strings, numbers and booleans as they are; anything else (its
     * symbols for function calls and other expressions) as the text {@code ${...}}, an unresolved expression.
     */
    static JsonNode toNode(Object value) {
        return toNode(value, 0);
    }

    private static JsonNode toNode(Object value, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (depth > 64) {
            return TextNode.valueOf("${nested too deep}");
        }
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, v) -> o.set(String.valueOf(k), toNode(v, depth + 1)));
            return o;
        }
        if (value instanceof List<?> l) {
            var a = f.arrayNode();
            l.forEach(v -> a.add(toNode(v, depth + 1)));
            return a;
        }
        if (value instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return f.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? f.numberNode((long) d) : f.numberNode(d);
        }
        if (value.getClass().getSimpleName().equals("VariableTree")) {
            return TextNode.valueOf(String.valueOf(value)); // a reference such as aws_vpc.a.id or var.x
        }
        return TextNode.valueOf("${" + value.getClass().getSimpleName() + "}");
    }

    private static void mergeInto(Map<String, Object> into, Map<String, Object> from) {
        from.forEach((k, v) -> {
            Object existing = into.get(k);
            if (existing instanceof Map<?, ?> a && v instanceof Map<?, ?> b) {
                Map<String, Object> copy = stringKeys(a);
                mergeInto(copy, stringKeys(b));
                into.put(k, copy);
            } else if (existing != null) {
                List<Object> both = new ArrayList<>(asList(existing));
                both.addAll(asList(v));
                into.put(k, both);
            } else {
                into.put(k, v);
            }
        });
    }

    private static List<Map.Entry<String, Object>> blocks(Object o) {
        if (o instanceof Map<?, ?> m) {
            return new ArrayList<>(stringKeys(m).entrySet());
        }
        return List.of();
    }

    /** A copy of one of hcl4j's maps, whose keys are the block and attribute names (strings), typed as such. */
    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private static List<?> asList(Object o) {
        return o instanceof List<?> l ? l : List.of(o);
    }
}
