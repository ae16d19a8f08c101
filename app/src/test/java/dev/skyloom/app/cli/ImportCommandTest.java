package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skyloom import}: the README's flow, what it prints, and that it writes nothing unless asked and safe. */
class ImportCommandTest {
    private static final Path FIXTURES = Path.of("..", "exporters", "src", "test", "resources", "tfimport");

    @Test
    void importsAFolderChecksAndPricesItAndWritesTheDesign(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("current.skyloom.json");
        CliRun r = CliRun.of(
                "import",
                FIXTURES.resolve("infracost-gcp-igm").toString(),
                "--out",
                out.toString(),
                "--name",
                "Client estate");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(
                r.out().contains("google_compute_region_instance_group_manager.two_disks -> gpu-pool two-disks"),
                r.out());
        // K80 is not in the catalog: the pool is an error finding and unpriced, never 0.
        assertTrue(r.out().contains("Design: 3 components; 1 error, "), r.out());
        assertTrue(r.out().contains("1 warning; cost unpriced (1 line)"), r.out());
        Design d = DesignFile.read(out);
        assertEquals("Client estate", d.name());
        assertTrue(d.extras().containsKey("importReport"), "the report is kept in the design");
        CliRun check = CliRun.of("check", out.toString());
        assertEquals(1, check.code(), "the README flow: check the imported estate");
        assertTrue(check.out().contains("catalog.unknown-instance-type"), check.out());
    }

    @Test
    void jsonReportHasTheReportAndASummary() throws Exception {
        CliRun r = CliRun.of(
                "import", FIXTURES.resolve("infracost-example-plan/plan.json").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.at("/report/notMapped/aws_lambda_function").asInt());
        assertEquals("usage", root.at("/report/mapped/0/id").asText());
        assertEquals(3, root.at("/summary/components").asInt());
        assertTrue(root.at("/out").isMissingNode(), "nothing written without --out");
    }

    @Test
    void anExistingFileIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("mine.skyloom.json"), "my work");
        CliRun r = CliRun.of("import", FIXTURES.resolve("infracost-gcp-igm").toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals(
                "skyloom: " + out + ": exists; give --force to replace it",
                r.err().strip());
        assertEquals("my work", Files.readString(out));
        assertEquals(
                0,
                CliRun.of(
                                "import",
                                FIXTURES.resolve("infracost-gcp-igm").toString(),
                                "--out",
                                out.toString(),
                                "--force")
                        .code());
        assertTrue(Files.readString(out).startsWith("{"));
    }

    @Test
    void aBrokenSourceIsOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("plan.json"), "{\"format_version\": \"1.2\", ");
        Path out = dir.resolve("x.skyloom.json");
        CliRun r = CliRun.of("import", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing but the source in the folder");
        }
    }
}
