package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skyloom.model.text.Counted;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an import did, so nothing is silently dropped: every resource is either mapped (to a component id),
 * read as part of another, listed (compute without accelerators), or counted as seen and not mapped by type;
 * values that could not be resolved and assumptions made are spelled out.
 */
public record ImportReport(
        List<String> sources,
        List<Mapped> mapped,
        SortedMap<String, Integer> partsOf,
        SortedMap<String, Integer> notMapped,
        List<String> listedCompute,
        List<String> unresolved,
        List<String> assumptions,
        List<String> startingPoints) {

    /** A resource that became a component (or, for a replication, a connection). */
    public record Mapped(String address, String kind, String id) {}

    public ImportReport {
        sources = List.copyOf(sources);
        mapped = List.copyOf(mapped);
        partsOf = new TreeMap<>(partsOf);
        notMapped = new TreeMap<>(notMapped);
        listedCompute = List.copyOf(listedCompute);
        unresolved = List.copyOf(unresolved);
        assumptions = List.copyOf(assumptions);
        startingPoints = List.copyOf(startingPoints);
    }

    public int notMappedCount() {
        return notMapped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report as text, one fact a line; the same text the designer shows and the CLI prints. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported from " + String.join(", ", sources));
        lines.add("Mapped: " + Counted.of(mapped.size(), "resource") + " to components and connections");
        for (Mapped m : mapped) {
            lines.add("  " + m.address() + " -> " + m.kind() + " " + m.id());
        }
        if (!partsOf.isEmpty()) {
            lines.add("Read as part of a mapped resource: " + sum(partsOf));
            partsOf.forEach((type, n) -> lines.add("  " + type + ": " + n));
        }
        if (!listedCompute.isEmpty()) {
            lines.add("Compute without accelerators (listed, not drawn; --all-compute draws it): "
                    + listedCompute.size());
            listedCompute.forEach(c -> lines.add("  " + c));
        }
        lines.add("Seen and not mapped: " + notMappedCount());
        notMapped.forEach((type, n) -> lines.add("  " + type + ": " + n));
        if (!unresolved.isEmpty()) {
            lines.add("Not resolved: " + unresolved.size());
            unresolved.forEach(u -> lines.add("  " + u));
        }
        if (!assumptions.isEmpty()) {
            lines.add("Assumptions: " + assumptions.size());
            assumptions.forEach(a -> lines.add("  " + a));
        }
        if (!startingPoints.isEmpty()) {
            lines.add("Starting points for pipelines (Terraform has none; connect them in the designer):");
            startingPoints.forEach(s -> lines.add("  " + s));
        }
        return String.join("\n", lines) + "\n";
    }

    public ObjectNode toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        strings(root.putArray("sources"), sources);
        ArrayNode m = root.putArray("mapped");
        for (Mapped x : mapped) {
            m.addObject().put("address", x.address()).put("kind", x.kind()).put("id", x.id());
        }
        counts(root.putObject("partsOf"), partsOf);
        counts(root.putObject("notMapped"), notMapped);
        strings(root.putArray("listedCompute"), listedCompute);
        strings(root.putArray("unresolved"), unresolved);
        strings(root.putArray("assumptions"), assumptions);
        strings(root.putArray("startingPoints"), startingPoints);
        return root;
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }

    private static void counts(ObjectNode into, Map<String, Integer> values) {
        values.forEach(into::put);
    }
}
