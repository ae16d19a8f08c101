package dev.skyloom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.tfimport.TerraformImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Time of {@code skyloom import} on a large state, outside JMH: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.skyloom.bench.ImportHarness [MEGABYTES] [RUNS]}. The state is the real infracost v0.14 state fixture's
 * resources repeated with new addresses until the file reaches the size (default 50 MB); every fifth
 * {@code aws_instance} becomes a p5.48xlarge so the import maps GPU pools as well as listing compute.
 * Prints the file size, the resources and the wall and CPU time of each run (CPU time of the importing
 * thread: comparable on a busy machine, where wall time is not).
 */
public final class ImportHarness {
    private ImportHarness() {}

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path fixture = Path.of("exporters/src/test/resources/tfimport/infracost-v014-state/state.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode real = json.readTree(fixture.toFile());
        List<JsonNode> templates = new java.util.ArrayList<>();
        real.at("/values/root_module/resources").forEach(templates::add);
        real.at("/values/root_module/child_modules").forEach(m -> m.path("resources").forEach(templates::add));
        ObjectNode state = json.createObjectNode();
        state.put("format_version", "0.1").put("terraform_version", "0.14.0");
        ArrayNode resources = state.putObject("values").putObject("root_module").putArray("resources");
        long bytes = 0;
        int i = 0;
        while (bytes < megabytes * 1_000_000L) {
            ObjectNode r = templates.get(i % templates.size()).deepCopy();
            String name = r.path("name").asText() + "_" + i;
            r.put("name", name).put("address", r.path("type").asText() + "." + name);
            if (r.path("type").asText().equals("aws_instance") && i % 5 == 0) {
                ((ObjectNode) r.get("values")).put("instance_type", "p5.48xlarge");
            }
            resources.add(r);
            bytes += r.toString().length();
            i++;
        }
        Path file = Files.createTempFile("skyloom-import-bench", ".json");
        try {
            json.writeValue(file.toFile(), state);
            System.out.printf("state: %.1f MB, %d resources%n", Files.size(file) / 1e6, i);
            Catalog catalog = CatalogLoader.bundled();
            for (int run = 0; run < runs; run++) {
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                TerraformImport.Result result = TerraformImport.run(List.of(file), Optional.empty(), false, catalog);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
                System.out.printf("run %d: %d ms wall, %d ms CPU, %d components, %d mapped, %d listed%n", run + 1, ms, cpu,
                        result.design().components().size(), result.report().mapped().size(),
                        result.report().listedCompute().size());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
