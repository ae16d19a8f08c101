package dev.skyloom.model;

import dev.skyloom.model.text.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hard invariants of a design: unique ids, references that resolve, parents of the right kind, no
 * containment cycles, connections between the right kinds. Returns every problem, in document order.
 */
public final class DesignStructure {
    private DesignStructure() {}

    public static List<StructureProblem> problems(
            List<DataClass> dataClasses, List<Component> components, List<Connection> connections) {
        List<StructureProblem> problems = new ArrayList<>();
        Map<String, Component> byId = new HashMap<>();
        for (Component c : components) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                problems.add(new StructureProblem(c.id(), "id", "duplicate component id \"" + c.id() + "\""));
            }
        }
        Set<String> dataClassIds = new HashSet<>();
        for (DataClass d : dataClasses) {
            if (!dataClassIds.add(d.id())) {
                problems.add(new StructureProblem(d.id(), "id", "duplicate data class id \"" + d.id() + "\""));
            }
        }
        for (Component c : components) {
            checkParent(c, byId, problems);
            List<String> classRefs = c instanceof Component.Storage s
                    ? s.holds()
                    : c instanceof Component.Pipeline p
                            ? p.declassifies()
                            : c instanceof Component.Telemetry t ? t.receives() : List.of();
            for (String ref : classRefs) {
                if (!dataClassIds.contains(ref)) {
                    String field = c instanceof Component.Storage
                            ? "holds"
                            : c instanceof Component.Pipeline ? "declassifies" : "receives";
                    problems.add(new StructureProblem(c.id(), field, "unknown data class \"" + ref + "\""));
                }
            }
        }
        checkCycles(components, byId, problems);
        Set<String> connectionIds = new HashSet<>();
        for (Connection k : connections) {
            if (!connectionIds.add(k.id()) || byId.containsKey(k.id())) {
                problems.add(new StructureProblem(k.id(), "id", "duplicate id \"" + k.id() + "\""));
            }
            for (String ref : k.dataClasses()) {
                if (!dataClassIds.contains(ref)) {
                    problems.add(new StructureProblem(k.id(), "dataClasses", "unknown data class \"" + ref + "\""));
                }
            }
            if (!k.dataClasses().isEmpty() && k.type() != ConnectionType.SHIPS_TELEMETRY) {
                problems.add(new StructureProblem(
                        k.id(),
                        "dataClasses",
                        "only a ships-telemetry connection carries \"dataClasses\", not a "
                                + k.type().json()));
            }
            if (k.type() == ConnectionType.FEDERATES && k.monthlyTb().signum() > 0) {
                problems.add(new StructureProblem(
                        k.id(), "monthlyTb", "a federates connection moves no data, so it has no \"monthlyTb\""));
            }
            Component from = byId.get(k.from());
            Component to = byId.get(k.to());
            if (from == null) {
                problems.add(
                        new StructureProblem(k.id(), "from", "connection from unknown component \"" + k.from() + "\""));
            }
            if (to == null) {
                problems.add(new StructureProblem(k.id(), "to", "connection to unknown component \"" + k.to() + "\""));
            }
            if (from != null && to != null) {
                if (!k.type().joins(from.type(), to.type())) {
                    problems.add(new StructureProblem(
                            k.id(),
                            "type",
                            "a " + k.type().json() + " connection must go from "
                                    + Article.of(k.type().fromText())
                                    + " to " + Article.of(noun(k.type().to())) + ", not from "
                                    + Article.of(noun(from.type()))
                                    + " to " + Article.of(noun(to.type()))));
                } else if (k.from().equals(k.to())) {
                    problems.add(new StructureProblem(k.id(), "to", "connection from \"" + k.from() + "\" to itself"));
                }
            }
        }
        return problems;
    }

    private static void checkParent(Component c, Map<String, Component> byId, List<StructureProblem> problems) {
        if (c.parent().isEmpty()) {
            return;
        }
        String parentId = c.parent().get();
        Component parent = byId.get(parentId);
        if (parent == null) {
            problems.add(new StructureProblem(c.id(), "parent", "parent \"" + parentId + "\" does not exist"));
            return;
        }
        // exhaustive: a new component type must say where it may sit
        ComponentType need =
                switch (c.type()) {
                    case REGION -> ComponentType.PROVIDER;
                    case GPU_POOL, STORAGE, IDENTITY, TELEMETRY -> ComponentType.REGION;
                    case PIPELINE -> null; // a region or a provider, checked below
                    case PROVIDER, USERS -> null; // their constructors refuse a parent
                };
        if (c.type() == ComponentType.PIPELINE) {
            if (parent.type() != ComponentType.REGION && parent.type() != ComponentType.PROVIDER) {
                problems.add(new StructureProblem(
                        c.id(),
                        "parent",
                        "a pipeline's parent must be a region or provider, not a "
                                + parent.type().json()));
            }
        } else if (c instanceof Component.Telemetry t
                && parent instanceof Component.Region r
                && t.hosting() != TelemetryHosting.SAAS
                && r.isCustom() == (t.hosting() == TelemetryHosting.CLOUD)) {
            // a SaaS site may be a cloud region or a site of its own (a custom region with its country)
            problems.add(new StructureProblem(
                    c.id(),
                    "parent",
                    t.hosting() == TelemetryHosting.CLOUD
                            ? "a cloud telemetry sink sits in a cloud region, but \"" + parentId + "\" is a custom site"
                                    + " (use hosting \"self-hosted\" for a stack you run there)"
                            : "a self-hosted telemetry sink sits on a custom site, but \"" + parentId
                                    + "\" is a cloud region"));
        } else if (need != null && parent.type() != need) {
            problems.add(new StructureProblem(
                    c.id(),
                    "parent",
                    Article.of(noun(c.type())) + "'s parent must be " + Article.of(noun(need)) + ", but \"" + parentId
                            + "\" is " + Article.of(noun(parent.type()))));
        }
    }

    /**
     * Reports every component on a containment cycle or whose parent chain runs into one, naming the
     * component where its chain first repeats (itself for a component on the cycle). Each component is
     * walked once (a path is marked while it is walked and settled afterwards), so a 20,000-long chain
     * closing on itself costs linear time, not one walk of the whole cycle per component.
     */
    private static void checkCycles(
            List<Component> components, Map<String, Component> byId, List<StructureProblem> problems) {
        Map<String, String> entryOf = new HashMap<>(); // settled: id -> cycle entry, or "" when acyclic
        Map<String, Integer> onPath = new HashMap<>();
        List<Component> path = new ArrayList<>();
        for (Component start : components) {
            path.clear();
            onPath.clear();
            Component c = start;
            String entry = "";
            while (true) {
                if (c == null || c.parent().isEmpty()) {
                    break;
                }
                String settled = entryOf.get(c.id());
                if (settled != null) {
                    entry = settled;
                    break;
                }
                Integer at = onPath.putIfAbsent(c.id(), path.size());
                if (at != null) {
                    // Closed on itself: the members from `at` on are the cycle, each its own entry.
                    for (int i = at; i < path.size(); i++) {
                        String id = path.get(i).id();
                        entryOf.put(id, id);
                    }
                    entry = c.id();
                    path.subList(at, path.size()).clear();
                    break;
                }
                path.add(c);
                c = byId.get(c.parent().get());
            }
            for (Component p : path) {
                entryOf.putIfAbsent(p.id(), entry);
            }
        }
        for (Component c : components) {
            String entry = entryOf.get(c.id());
            if (entry != null && !entry.isEmpty()) {
                problems.add(new StructureProblem(c.id(), "parent", "containment cycle through \"" + entry + "\""));
            }
        }
    }

    /** A type's name as a noun in a sentence: "users" alone reads as a plural, so "users component". */
    private static String noun(ComponentType type) {
        return type == ComponentType.USERS ? "users component" : type.json();
    }
}
