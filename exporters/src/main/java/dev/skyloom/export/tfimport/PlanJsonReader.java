package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of {@code terraform show -json} for a plan ({@code planned_values}, else
 * {@code resource_changes}) or a state ({@code values}), format versions 0.x and 1.x, and raw state files
 * ({@code terraform.tfstate}, version 4). Provider configurations and their literal values come from
 * {@code configuration.provider_config}; {@code var.x} references there are resolved from the plan's
 * {@code variables}.
 */
final class PlanJsonReader {
    /** Far above any real state; keeps a hostile file from exhausting memory before it is refused. */
    static final long MAX_BYTES = 1L << 30;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(200)
                            .maxNumberLength(100)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PlanJsonReader() {}

    static TfEstate read(Path file) {
        String where = file.toString();
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TerraformImportException(where + ": larger than 1 GiB; not a Terraform plan or state");
            }
            try (InputStream in = Files.newInputStream(file);
                    JsonParser p = JSON.getFactory().createParser(in)) {
                root = JSON.readTree(p);
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new TerraformImportException(where + at + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TerraformImportException(where + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new TerraformImportException(where + ": not a Terraform plan or state (expected a JSON object)");
        }
        if (root.has("format_version")) {
            return readShowJson(root, where);
        }
        if (root.has("version") && root.has("resources")) {
            return readRawState(root, where);
        }
        throw new TerraformImportException(where + ": not a Terraform plan or state: no field 'format_version'"
                + " (give the output of `terraform show -json`) and no raw state 'version'");
    }

    private static TfEstate readShowJson(JsonNode root, String where) {
        String version = root.get("format_version").asText();
        if (!version.matches("[01]\\.\\d+")) {
            throw new TerraformImportException(where + ": format_version '" + version
                    + "' is not supported (Skyloom reads Terraform JSON format 0.x and 1.x)");
        }
        List<String> unresolved = new ArrayList<>();
        Map<String, JsonNode> variables = new HashMap<>();
        root.path("variables")
                .fields()
                .forEachRemaining(e -> variables.put(e.getKey(), e.getValue().path("value")));
        Map<String, JsonNode> configs =
                providerConfigs(root.path("configuration").path("provider_config"), variables, unresolved);
        Map<String, String> providerKeys = new HashMap<>();
        Map<String, List<String>> references = new HashMap<>();
        collectConfiguration(root.path("configuration").path("root_module"), "", providerKeys, references);

        List<TfResource> resources = new ArrayList<>();
        JsonNode module = root.path("planned_values").path("root_module");
        if (module.isMissingNode()) {
            module = root.path("values").path("root_module");
        }
        if (!module.isMissingNode()) {
            collectModule(module, providerKeys, references, resources, 0, where);
        } else if (root.path("resource_changes").isArray()) {
            for (JsonNode change : root.get("resource_changes")) {
                JsonNode after = change.path("change").path("after");
                if (!"managed".equals(change.path("mode").asText()) || !after.isObject()) {
                    continue;
                }
                resources.add(resource(change, after, providerKeys, references));
            }
        } else {
            throw new TerraformImportException(
                    where + ": no 'planned_values', 'values' or 'resource_changes':" + " nothing to import");
        }
        return new TfEstate(where, resources, configs, unresolved);
    }

    private static void collectModule(
            JsonNode module,
            Map<String, String> providerKeys,
            Map<String, List<String>> references,
            List<TfResource> out,
            int depth,
            String where) {
        if (depth > 64) {
            throw new TerraformImportException(where + ": modules nested deeper than 64 levels");
        }
        for (JsonNode r : module.path("resources")) {
            if (!"managed".equals(r.path("mode").asText("managed"))
                    || !r.path("values").isObject()) {
                continue;
            }
            out.add(resource(r, r.get("values"), providerKeys, references));
        }
        for (JsonNode child : module.path("child_modules")) {
            collectModule(child, providerKeys, references, out, depth + 1, where);
        }
    }

    private static TfResource resource(
            JsonNode r, JsonNode values, Map<String, String> providerKeys, Map<String, List<String>> references) {
        String address = r.path("address").asText();
        String type = r.path("type").asText();
        String name = r.path("name").asText();
        String base = address.endsWith("]") && address.lastIndexOf('[') > 0
                ? address.substring(0, address.lastIndexOf('['))
                : address;
        String fallback = r.has("provider_name")
                ? providerName(r.get("provider_name").asText())
                : type.substring(0, Math.max(0, type.indexOf('_')));
        String configured = unindexedModules(base);
        String key = providerKeys.getOrDefault(configured, fallback);
        return new TfResource(address, type, name, key, values, references.getOrDefault(configured, List.of()));
    }

    /** {@code module.a["x"].aws_instance.y} as the configuration names it: {@code module.a.aws_instance.y}. */
    private static String unindexedModules(String address) {
        return address.replaceAll("\\[[^\\]]*\\]\\.", ".");
    }

    /** Provider keys and referenced addresses of every configured resource, by its full unindexed address. */
    private static void collectConfiguration(
            JsonNode module, String prefix, Map<String, String> keys, Map<String, List<String>> references) {
        for (JsonNode r : module.path("resources")) {
            String address = prefix + r.path("address").asText();
            String key = r.path("provider_config_key").asText("");
            int colon = key.lastIndexOf(':');
            keys.put(address, colon >= 0 ? key.substring(colon + 1) : key);
            List<String> refs = new ArrayList<>();
            r.path("expressions")
                    .findValues("references")
                    .forEach(list -> list.forEach(ref -> {
                        String text = ref.asText();
                        TfValues.referencedAddress(text).ifPresent(a -> refs.add(prefix + a));
                    }));
            references.put(address, refs);
        }
        Iterator<Map.Entry<String, JsonNode>> calls =
                module.path("module_calls").fields();
        while (calls.hasNext()) {
            var call = calls.next();
            collectConfiguration(
                    call.getValue().path("module"), prefix + "module." + call.getKey() + ".", keys, references);
        }
    }

    private static Map<String, JsonNode> providerConfigs(
            JsonNode providerConfig, Map<String, JsonNode> variables, List<String> unresolved) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        providerConfig.fields().forEachRemaining(e -> {
            String key = e.getKey();
            int colon = key.lastIndexOf(':');
            String shortKey = colon >= 0 ? key.substring(colon + 1) : key;
            ObjectNode values = JsonNodeFactory.instance.objectNode();
            e.getValue().path("expressions").fields().forEachRemaining(x -> {
                JsonNode expr = x.getValue();
                if (expr.has("constant_value")) {
                    values.set(x.getKey(), expr.get("constant_value"));
                } else if (expr.path("references").isArray()
                        && expr.get("references").size() > 0) {
                    String ref = expr.get("references").get(0).asText();
                    JsonNode value = ref.startsWith("var.") ? variables.get(ref.substring(4)) : null;
                    if (value != null && value.isValueNode()) {
                        values.set(x.getKey(), value);
                    } else {
                        unresolved.add("provider " + shortKey + ": " + x.getKey() + " (" + ref + ")");
                    }
                }
            });
            out.putIfAbsent(shortKey, values);
        });
        return out;
    }

    /** Raw state files (version 4): resources with instances of attributes. */
    private static TfEstate readRawState(JsonNode root, String where) {
        int version = root.path("version").asInt(-1);
        if (version != 4) {
            throw new TerraformImportException(where + ": state 'version' " + root.path("version")
                    + " is not supported (Skyloom reads state version 4, Terraform 0.12 and later)");
        }
        List<TfResource> resources = new ArrayList<>();
        for (JsonNode r : root.path("resources")) {
            if (!"managed".equals(r.path("mode").asText())) {
                continue;
            }
            String module = r.path("module").asText("");
            String type = r.path("type").asText();
            String name = r.path("name").asText();
            String base = (module.isEmpty() ? "" : module + ".") + type + "." + name;
            String key = providerKey(r.path("provider").asText(type));
            for (JsonNode instance : r.path("instances")) {
                JsonNode index = instance.get("index_key");
                String address = index == null
                        ? base
                        : base + "[" + (index.isNumber() ? index.asText() : "\"" + index.asText() + "\"") + "]";
                JsonNode attributes = instance.path("attributes");
                List<String> deps = new ArrayList<>();
                instance.path("dependencies").forEach(d -> deps.add(d.asText()));
                if (attributes.isObject()) {
                    resources.add(new TfResource(address, type, name, key, attributes, deps));
                }
            }
        }
        return new TfEstate(where, resources, Map.of(), List.of());
    }

    /** {@code provider["registry.terraform.io/hashicorp/aws"].eu_west_1} is {@code aws.eu_west_1}. */
    static String providerKey(String provider) {
        int close = provider.lastIndexOf("\"]");
        String name = providerName(close >= 0 ? provider.substring(0, close) : provider);
        String alias = close >= 0 && provider.length() > close + 3 ? provider.substring(close + 3) : "";
        return alias.isEmpty() ? name : name + "." + alias;
    }

    /** {@code registry.terraform.io/hashicorp/aws} is {@code aws}. */
    static String providerName(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
