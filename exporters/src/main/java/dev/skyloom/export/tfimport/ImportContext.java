package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skyloom.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the cloud mappings share while they read one estate: look-ups between resources (by address, by
 * reference, by id or name), provider configurations, the catalog, and what they found, assumed or could not
 * resolve.
 */
final class ImportContext {
    private final List<TfResource> resources;
    private final Map<String, JsonNode> providerConfigs;
    private final Catalog catalog;
    private final Map<String, List<TfResource>> byBase = new LinkedHashMap<>();
    final List<Imported.Pool> pools = new ArrayList<>();
    final List<Imported.Storage> storages = new ArrayList<>();
    final List<Imported.Replication> replications = new ArrayList<>();
    final List<Imported.Compute> computes = new ArrayList<>();
    final Map<String, String> partOf = new LinkedHashMap<>();
    final Set<String> unresolved = new LinkedHashSet<>();
    final Set<String> assumptions = new LinkedHashSet<>();
    final Set<String> startingPoints = new LinkedHashSet<>();

    ImportContext(List<TfResource> resources, Map<String, JsonNode> providerConfigs, Catalog catalog) {
        this.resources = resources;
        this.providerConfigs = providerConfigs;
        this.catalog = catalog;
        for (TfResource r : resources) {
            byBase.computeIfAbsent(r.baseAddress(), k -> new ArrayList<>()).add(r);
        }
    }

    Catalog catalog() {
        return catalog;
    }

    void add(Imported.Pool pool) {
        pools.add(pool);
    }

    void add(Imported.Storage storage) {
        storages.add(storage);
    }

    void add(Imported.Replication replication) {
        replications.add(replication);
    }

    void add(Imported.Compute compute) {
        computes.add(compute);
    }

    /** Marks a resource as read as part of another (a launch template of a group, a bucket's versioning). */
    void partOf(TfResource part, TfResource owner) {
        partOf.putIfAbsent(part.baseAddress(), owner.baseAddress());
    }

    void unresolved(TfResource r, String attribute, String why) {
        unresolved.add(r.address() + ": " + attribute + " " + why);
    }

    void assume(String text) {
        assumptions.add(text);
    }

    void startingPoint(String text) {
        startingPoints.add(text);
    }

    /** How many instances of this resource the source has ({@code count}/{@code for_each} expanded). */
    int instances(TfResource r) {
        return byBase.getOrDefault(r.baseAddress(), List.of(r)).size();
    }

    /** Whether this is the first instance of its resource (mappings read a resource once, not once per instance). */
    boolean isFirstInstance(TfResource r) {
        List<TfResource> all = byBase.get(r.baseAddress());
        return all == null || all.get(0) == r;
    }

    Optional<JsonNode> providerConfig(TfResource r) {
        JsonNode c = providerConfigs.get(r.providerKey());
        if (c == null) {
            String plain = r.providerKey().contains(".")
                    ? r.providerKey().substring(0, r.providerKey().indexOf('.'))
                    : r.providerKey();
            c = providerConfigs.get(plain);
        }
        return Optional.ofNullable(c);
    }

    List<TfResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    /**
     * The resource of {@code type} that an attribute of {@code r} points at: a reference expression
     * ({@code aws_launch_template.x.id}), a literal id, name, ARN or self link of another resource, or the
     * single resource of that type among {@code r}'s configuration references.
     */
    Optional<TfResource> follow(TfResource r, String path, String type) {
        Optional<JsonNode> value = TfValues.at(r.values(), path);
        if (value.isPresent() && value.get().isTextual()) {
            String text = value.get().asText();
            if (TfValues.isExpression(text)) {
                Optional<String> target = TfValues.referencedAddress(text).map(a -> modulePrefix(r) + a);
                if (target.isPresent()
                        && byBase.containsKey(target.get())
                        && byBase.get(target.get()).get(0).type().equals(type)) {
                    return Optional.of(byBase.get(target.get()).get(0));
                }
            } else if (!text.isBlank()) {
                for (TfResource other : ofType(type)) {
                    if (identifies(other, text)) {
                        return Optional.of(other);
                    }
                }
            }
        }
        List<TfResource> referenced = r.references().stream()
                .distinct()
                .map(byBase::get)
                .filter(l -> l != null && l.get(0).type().equals(type))
                .map(l -> l.get(0))
                .toList();
        return referenced.size() == 1 ? Optional.of(referenced.get(0)) : Optional.empty();
    }

    private static boolean identifies(TfResource other, String text) {
        for (String key : List.of("id", "name", "arn", "self_link", "bucket", "self_link_unique")) {
            Optional<String> v = TfValues.text(other.values(), key);
            if (v.isPresent()
                    && (v.get().equals(text) || (key.startsWith("self_link") && text.endsWith("/" + v.get())))) {
                return true;
            }
        }
        return false;
    }

    private static String modulePrefix(TfResource r) {
        String base = r.baseAddress();
        int end = base.length() - r.type().length() - r.name().length() - 1;
        return end > 0 ? base.substring(0, end) : "";
    }

    /** The id a Skyloom export gave the resource ({@code skyloom_component} tag or label), if any. */
    static Optional<String> preferredId(TfResource r) {
        for (String path : List.of(
                "tags.skyloom_component",
                "labels.skyloom_component",
                "freeform_tags.skyloom_component",
                "tags_all.skyloom_component")) {
            Optional<String> id = TfValues.text(r.values(), path);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** The name to show: the resource's name in the configuration, with its module path. */
    static String displayName(TfResource r) {
        String base = r.baseAddress();
        String modules = base.substring(
                0, Math.max(0, base.length() - r.type().length() - r.name().length() - 1));
        String prefix =
                modules.replace("module.", "").replaceAll("\\[[^\\]]*\\]", "").replace('.', '/');
        return prefix + r.name();
    }

    /** Whether an instance type is an accelerator type: the catalog sells it, or its family is one. */
    boolean isAccelerated(String provider, String instanceType, Pattern family) {
        return catalog.offering(provider, instanceType).isPresent()
                || family.matcher(instanceType).matches();
    }
}
