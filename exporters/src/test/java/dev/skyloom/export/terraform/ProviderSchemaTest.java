package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.Fixtures;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated resource, data source and provider block is checked against the provider schema
 * facts in {@link ProviderSchema}: required arguments present, no argument or nested block the
 * pinned provider major does not have, and every referenced attribute exported by its target.
 */
class ProviderSchemaTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/terraform");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![A-Za-z0-9_.])(data\\.)?((?:aws|azurerm|google|oci)_[a-z0-9_]+)\\.([A-Za-z_][A-Za-z0-9_-]*)"
                    + "(?:\\.([a-z_][a-z0-9_]*))?");

    private static final Set<String> ATTACHED_GPUS =
            Set.of("\"nvidia-tesla-t4\"", "\"nvidia-tesla-p4\"", "\"nvidia-tesla-p100\"", "\"nvidia-tesla-v100\"");

    private final TerraformExporter exporter = new TerraformExporter(TinyCatalog.storageOnly());

    /** Schema violations of one generated folder, each naming the file, block and argument. */
    static List<String> violations(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        Map<String, List<TfStructure.Node>> parsed = new TreeMap<>();
        Set<String> declared = new HashSet<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith(".tf")) {
                List<TfStructure.Node> blocks = TfStructure.parse(e.getValue());
                parsed.put(e.getKey(), blocks);
                for (TfStructure.Node b : blocks) {
                    if (b.labels.size() == 2) {
                        declared.add(b.keyword + " " + b.labels.get(0) + "." + b.labels.get(1));
                    }
                }
            }
        }
        for (Map.Entry<String, List<TfStructure.Node>> e : parsed.entrySet()) {
            for (TfStructure.Node b : e.getValue()) {
                String kind = b.keyword;
                if (!kind.equals("resource") && !kind.equals("data") && !kind.equals("provider")) {
                    continue;
                }
                ProviderSchema.Rule rule = ProviderSchema.rule(kind, b.labels.get(0));
                String where = e.getKey() + ": " + b;
                if (rule == null) {
                    problems.add(where + ": " + kind + " type not verified against provider docs");
                    continue;
                }
                check(rule, b, where, !kind.equals("provider"), problems);
                references(b, where, declared, problems);
            }
        }
        return problems;
    }

    private static void check(
            ProviderSchema.Rule rule, TfStructure.Node node, String where, boolean meta, List<String> problems) {
        Set<String> present = new TreeSet<>(node.attributes.keySet());
        for (TfStructure.Node child : node.blocks) {
            present.add(child.keyword);
        }
        for (String r : rule.required) {
            if (!present.contains(r)) {
                problems.add(where + ": missing required " + r + " (" + rule.source + ")");
            }
        }
        for (String name : present) {
            if (!rule.allows(name) && !(meta && ProviderSchema.META.contains(name))) {
                problems.add(where + ": " + name + " is not a verified argument of " + rule.type);
            }
        }
        for (TfStructure.Node child : node.blocks) {
            ProviderSchema.Rule nested = rule.blocks.get(child.keyword);
            if (nested != null) {
                check(nested, child, where + " > " + child.keyword, false, problems);
            }
        }
    }

    private static void references(TfStructure.Node node, String where, Set<String> declared, List<String> problems) {
        for (Map.Entry<String, String> a : node.attributes.entrySet()) {
            if (a.getKey().equals("provider")) {
                continue;
            }
            Matcher m = REFERENCE.matcher(TfStructure.withoutStrings(a.getValue()));
            while (m.find()) {
                String kind = m.group(1) == null ? "resource" : "data";
                String target = kind + " " + m.group(2) + "." + m.group(3);
                if (!declared.contains(target)) {
                    problems.add(where + ": " + a.getKey() + " refers to undeclared " + target);
                }
                ProviderSchema.Rule rule = ProviderSchema.rule(kind, m.group(2));
                String attr = m.group(4);
                if (rule != null && attr != null && !rule.exports.contains(attr)) {
                    problems.add(where + ": " + a.getKey() + " reads " + m.group(2) + "." + attr
                            + ", not a verified exported attribute");
                }
            }
        }
        for (TfStructure.Node child : node.blocks) {
            references(child, where + " > " + child.keyword, declared, problems);
        }
    }

    static Map<String, Map<String, String>> goldenFolders() throws IOException {
        Map<String, Map<String, String>> folders = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Map<String, String> files = new TreeMap<>();
                try (Stream<Path> fs = Files.list(dir)) {
                    for (Path f : fs.toList()) {
                        files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
                folders.put(dir.getFileName().toString(), files);
            }
        }
        return folders;
    }

    /** Every storage family on every mapped cloud, with a replication per cloud and an attached-GPU pool. */
    static Design everyFamily() {
        List<Component> c = new ArrayList<>();
        List<Connection> k = new ArrayList<>();
        String[][] clouds = {
            {"aws", "us-east-1", "us-west-2", "p5.48xlarge"},
            {"azure", "westeurope", "northeurope", "Standard_ND96isr_H100_v5"},
            {"gcp", "europe-west4", "europe-west1", "a3-highgpu-8g"},
            {"oci", "eu-frankfurt-1", "eu-amsterdam-1", "BM.GPU.H100.8"}
        };
        for (String[] cloud : clouds) {
            String p = cloud[0];
            c.add(TestDesigns.provider(p, p));
            c.add(TestDesigns.region(p + "-a", p, cloud[1]));
            c.add(TestDesigns.region(p + "-b", p, cloud[2]));
            c.add(TestDesigns.pool(p + "-pool", p + "-a", cloud[3], 2).withName(p + " pool"));
            for (String family : List.of("object", "block", "file", "archive")) {
                c.add(TestDesigns.storage(p + "-" + family, p + "-a", p + " " + family, family, "30", List.of()));
            }
            c.add(TestDesigns.storage(p + "-object-copy", p + "-b", p + " copy", "object", "30", List.of()));
            k.add(TestDesigns.connection(
                    p + "-rep", ConnectionType.REPLICATES_TO, p + "-object", p + "-object-copy", "1"));
        }
        c.add(TestDesigns.pool("gcp-t4", "gcp-a", "T4 x2", 3).withName("T4 pool"));
        return TestDesigns.design("Every family", c, k);
    }

    @Test
    void everyGoldenFolderMatchesTheVerifiedProviderSchemas() throws IOException {
        Map<String, Map<String, String>> folders = goldenFolders();
        assertTrue(folders.size() >= 4, folders.keySet().toString());
        for (Map.Entry<String, Map<String, String>> f : folders.entrySet()) {
            assertEquals(List.of(), violations(f.getValue()), f.getKey());
        }
    }

    @Test
    void everyStorageFamilyOnEveryCloudMatchesTheVerifiedProviderSchemas(@TempDir Path dir) throws Exception {
        Map<String, String> files = exporter.render(everyFamily()).files();
        Golden.assertMatches("every-family", files);
        TerraformTools.parseAll(files);
        if (TerraformTools.terraformAvailable()) {
            TerraformTools.assertFmtClean(dir, files);
            for (String summary : TerraformTools.validateSummaries(dir)) {
                assertEquals("Missing required provider", summary);
            }
        }
        assertEquals(List.of(), violations(files));
        assertEquals(
                List.of(), violations(exporter.render(HostileDesign.create()).files()));
    }

    @Test
    void everyVerifiedTypeIsGeneratedSomewhereSoTheTableCannotGoStale() throws IOException {
        Set<String> generated = new HashSet<>();
        List<Map<String, String>> folders = new ArrayList<>(goldenFolders().values());
        folders.add(exporter.render(everyFamily()).files());
        for (Map<String, String> files : folders) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (e.getKey().endsWith(".tf")) {
                    for (TfStructure.Node b : TfStructure.parse(e.getValue())) {
                        if (!b.labels.isEmpty()) {
                            generated.add(b.keyword + " " + b.labels.get(0));
                        }
                    }
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (ProviderSchema.Rule r : ProviderSchema.all()) {
            if (!generated.contains(r.kind + " " + r.type)) {
                unused.add(r.kind + " " + r.type);
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void checkerReportsMissingRequiredUnknownArgumentsAndUnexportedAttributes() {
        Map<String, String> files =
                new HashMap<>(exporter.render(Fixtures.multiCloud()).files());
        assertEquals(List.of(), violations(files));
        String gcp = files.get("gcp.tf");
        files.put(
                "gcp.tf",
                gcp.replace("  base_instance_name = \"a3-a09f04\"\n", "")
                        .replace("self_link_unique", "self_link_uniq")
                        .replace("  target_size        = 4\n", "  target_size        = 4\n  zone = \"x\"\n"));
        String aws = files.get("aws.tf");
        files.put("aws.tf", aws.replace("    id      = aws_launch_template.train.id\n", "    name = \"x\"\n"));
        List<String> problems = violations(files);
        assertTrue(
                has(problems, "gcp.tf: resource google_compute_region_instance_group_manager.a3", "base_instance_name"),
                problems.toString());
        assertTrue(has(problems, "google_compute_region_instance_group_manager.a3", "zone is not a verified"));
        assertTrue(has(problems, "> version", "reads google_compute_instance_template.self_link_uniq"));
        assertTrue(has(problems, "aws_autoscaling_group.train", "missing required id"));
        assertTrue(has(problems, "aws_autoscaling_group.train", "name is not a verified argument"));
        assertEquals(6, problems.size(), problems.toString());
    }

    private static boolean has(List<String> problems, String where, String what) {
        return problems.stream().anyMatch(p -> p.contains(where) && p.contains(what));
    }

    @Test
    void longPoolIdsKeepTheInstanceTemplatePrefixWithinThirtySevenCharacters() {
        String id = "h100-training-pool-for-the-european-foundation-model-run-2027";
        Design d = TestDesigns.design(
                "Long ids",
                List.of(
                        TestDesigns.provider("gcp", "gcp"),
                        TestDesigns.region("gcp-a", "gcp", "europe-west4"),
                        TestDesigns.pool(id, "gcp-a", "a3-highgpu-8g", 2).withName("Long pool")),
                List.of());
        Map<String, String> files = exporter.render(d).files();
        assertEquals(List.of(), violations(files));
        TfStructure.Node template = TfStructure.parse(files.get("gcp.tf")).stream()
                .filter(b -> b.labels.contains("google_compute_instance_template"))
                .findFirst()
                .orElseThrow();
        String prefix = template.attributes.get("name_prefix");
        assertTrue(prefix.matches("\"h100-training-pool-[a-z0-9-]*-[0-9a-f]{6}-\""), prefix);
        assertTrue(prefix.length() - 2 <= GcpMapping.MAX_TEMPLATE_PREFIX, prefix);
    }

    @Test
    void gpuNodesAreWiredAsTheProviderDocsRequire() throws IOException {
        List<Map<String, String>> folders = new ArrayList<>(goldenFolders().values());
        folders.add(exporter.render(everyFamily()).files());
        int templates = 0;
        int groups = 0;
        for (Map<String, String> files : folders) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                if (!e.getKey().endsWith(".tf")) {
                    continue;
                }
                for (TfStructure.Node b : TfStructure.parse(e.getValue())) {
                    if (b.labels.size() != 2) {
                        continue;
                    }
                    String type = b.labels.get(0);
                    String label = b.labels.get(1);
                    if (type.equals("google_compute_instance_template")) {
                        templates++;
                        // GPU VMs cannot live-migrate: the google docs require TERMINATE with guest accelerators.
                        assertEquals(
                                "\"TERMINATE\"",
                                b.blocks("scheduling").get(0).attributes.get("on_host_maintenance"),
                                b.toString());
                        for (TfStructure.Node acc : b.blocks("guest_accelerator")) {
                            // Compute Engine accelerator names of the GPUs the catalog attaches to N1 VMs.
                            assertTrue(ATTACHED_GPUS.contains(acc.attributes.get("type")), acc.attributes.get("type"));
                        }
                        String prefix = b.attributes.get("name_prefix");
                        assertTrue(prefix.length() - 2 <= GcpMapping.MAX_TEMPLATE_PREFIX, prefix);
                    }
                    if (type.equals("google_compute_region_instance_group_manager")) {
                        groups++;
                        assertEquals(
                                "google_compute_instance_template." + label + ".self_link_unique",
                                b.blocks("version").get(0).attributes.get("instance_template"));
                    }
                    if (type.equals("aws_autoscaling_group")) {
                        TfStructure.Node lt = b.blocks("launch_template").get(0);
                        assertEquals("aws_launch_template." + label + ".id", lt.attributes.get("id"));
                        assertEquals("aws_launch_template." + label + ".latest_version", lt.attributes.get("version"));
                    }
                    if (type.equals("oci_core_instance_pool")) {
                        assertFalse(b.blocks("placement_configurations").isEmpty(), b.toString());
                        assertTrue(b.attributes.containsKey("size"), b.toString());
                    }
                }
            }
        }
        assertTrue(templates >= 3 && groups == templates, templates + " templates, " + groups + " groups");
    }
}
