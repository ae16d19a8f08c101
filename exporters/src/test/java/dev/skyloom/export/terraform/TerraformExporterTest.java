package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.export.Fixtures;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformExporterTest {
    private final TerraformExporter exporter = new TerraformExporter(TinyCatalog.storageOnly());

    @Test
    void multiCloudDesignMatchesTheGoldenFiles() throws Exception {
        TerraformProject project = exporter.render(Fixtures.multiCloud());
        Golden.assertMatches("multicloud", project.files());
    }

    @Test
    void sameDesignGivesByteIdenticalFiles() {
        assertEquals(
                exporter.render(Fixtures.multiCloud()).files(),
                exporter.render(Fixtures.multiCloud()).files());
    }

    @Test
    void writesTheStandardModuleLayout() {
        Map<String, String> files = exporter.render(Fixtures.multiCloud()).files();
        for (String f : List.of(
                "terraform.tf",
                "providers.tf",
                "variables.tf",
                "outputs.tf",
                "locals.tf",
                "aws.tf",
                "azure.tf",
                "gcp.tf",
                "oci.tf",
                "placeholders.tf",
                "README.md",
                "terraform.tfvars.example",
                ".gitignore")) {
            assertTrue(files.containsKey(f), f);
        }
        assertTrue(files.get("terraform.tf").contains("version = \"~> 6.0\""));
        assertTrue(files.get("README.md").contains("2026-08-01"));
        assertTrue(files.get(".gitignore").contains("terraform.tfvars\n"));
    }

    @Test
    void everyVariableAndOutputHasADescription() throws Exception {
        Map<String, String> files = exporter.render(Fixtures.multiCloud()).files();
        for (String f : List.of("variables.tf", "outputs.tf")) {
            String text = files.get(f);
            int blocks = count(text, Pattern.compile("^(variable|output) \"", Pattern.MULTILINE));
            assertTrue(blocks > 3, f);
            assertEquals(blocks, count(text, Pattern.compile("^  description += ", Pattern.MULTILINE)), f);
        }
    }

    @Test
    void providerBlocksCarryNoCredentials() {
        String providers = exporter.render(Fixtures.multiCloud()).files().get("providers.tf");
        for (String secret : List.of("access_key", "secret_key", "client_secret", "private_key", "token", "password")) {
            assertFalse(providers.contains(secret), secret);
        }
        assertTrue(providers.contains("alias  = \"us_west_2\""));
        assertTrue(providers.contains("alias  = \"eu_amsterdam_1\""));
    }

    @Test
    void mapsGpuPoolsToEachProvidersNaturalResource() {
        Map<String, String> f = exporter.render(Fixtures.multiCloud()).files();
        assertTrue(f.get("aws.tf").contains("resource \"aws_launch_template\" \"train\""));
        assertTrue(f.get("aws.tf").contains("resource \"aws_autoscaling_group\" \"train\""));
        assertTrue(f.get("aws.tf").contains("  desired_capacity    = 16\n"));
        assertTrue(f.get("azure.tf").contains("resource \"azurerm_linux_virtual_machine_scale_set\" \"nd_pool\""));
        assertTrue(f.get("azure.tf").contains("  instances           = 8\n"));
        assertTrue(f.get("gcp.tf").contains("resource \"google_compute_instance_template\" \"a3\""));
        assertTrue(f.get("gcp.tf").contains("on_host_maintenance = \"TERMINATE\""));
        assertTrue(f.get("gcp.tf").contains("type  = \"nvidia-tesla-t4\""));
        assertTrue(f.get("gcp.tf").contains("resource \"google_compute_region_instance_group_manager\" \"a3\""));
        assertTrue(f.get("oci.tf").contains("resource \"oci_core_instance_configuration\" \"bm\""));
        assertTrue(f.get("oci.tf").contains("resource \"oci_core_instance_pool\" \"bm\""));
    }

    @Test
    void mapsReplicationToEachProvidersMechanismWithVersioning() {
        Map<String, String> f = exporter.render(Fixtures.multiCloud()).files();
        assertTrue(f.get("aws.tf").contains("resource \"aws_s3_bucket_replication_configuration\" \"r1\""));
        assertTrue(f.get("aws.tf")
                .contains("depends_on = [aws_s3_bucket_versioning.lake, aws_s3_bucket_versioning.lake_dr]"));
        assertTrue(f.get("azure.tf").contains("resource \"azurerm_storage_object_replication\" \"r2\""));
        assertTrue(f.get("azure.tf").contains("change_feed_enabled = true"));
        assertTrue(f.get("oci.tf").contains("resource \"oci_objectstorage_replication_policy\" \"r3\""));
        assertTrue(f.get("oci.tf").contains("destination_region_name = \"eu-amsterdam-1\""));
    }

    @Test
    void unmappableThingsBecomePlaceholdersAndWarningsNeverSilence() {
        TerraformProject project = exporter.render(Fixtures.multiCloud());
        String placeholders = project.files().get("placeholders.tf");
        assertTrue(placeholders.contains("PLACEHOLDER gpu-pool \"Lambda H100\" (id \"lambda-pool\")"));
        assertTrue(placeholders.contains("PLACEHOLDER storage \"Tape archive\" (id \"tape\")"));
        assertTrue(placeholders.contains("PLACEHOLDER connection replicates-to \"r4\""));
        assertEquals(3, project.warnings().size(), project.warnings().toString());
        assertTrue(project.warnings().get(0).contains("lambda-pool"));
        assertTrue(project.files().get("README.md").contains("| lambda-pool |"));
        for (String line : placeholders.split("\n")) {
            assertTrue(line.startsWith("#"), line);
        }
    }

    @Test
    void generatedFolderPassesTerraformFmtAndValidateWithoutInit(@TempDir Path dir) throws Exception {
        Map<String, String> files = exporter.render(Fixtures.multiCloud()).files();
        TerraformTools.assertFmtClean(dir, files);
        List<String> summaries = TerraformTools.validateSummaries(dir);
        assertEquals(
                List.of(
                        "Missing required provider",
                        "Missing required provider",
                        "Missing required provider",
                        "Missing required provider"),
                summaries);
    }

    @Test
    void everyGeneratedFileParsesWithAJavaHclParser() throws Exception {
        Map<String, Map<String, Object>> parsed =
                TerraformTools.parseAll(exporter.render(Fixtures.multiCloud()).files());
        assertEquals(10, parsed.size());
        assertTrue(TerraformTools.resourceCount(parsed) > 40);
    }

    @Test
    void hostileNamesExportToExactlyTheExpectedResources(@TempDir Path dir) throws Exception {
        Design hostile = HostileDesign.create();
        TerraformProject project = exporter.render(hostile);
        Map<String, Map<String, Object>> parsed = TerraformTools.parseAll(project.files());
        // 2 pools x (launch template + ASG) + network (vpc, subnet, sg, 2 rules) + 3 buckets x 3 + EBS + replication
        assertEquals(4 + 5 + 9 + 1 + 1, TerraformTools.resourceCount(parsed));
        int blocks = 0;
        for (String text : project.files().values()) {
            blocks += count(text, Pattern.compile("^resource \"", Pattern.MULTILINE));
        }
        assertEquals(20, blocks);
        for (Map.Entry<String, String> e : project.files().entrySet()) {
            if (e.getKey().endsWith(".tf")) {
                assertFalse(e.getValue().contains("\"evil\""), e.getKey());
                assertFalse(e.getValue().matches("(?s).*[^$]\\$\\{jndi.*"), e.getKey());
                assertFalse(e.getValue().contains("\u202E"), e.getKey());
            }
        }
        String locals = project.files().get("locals.tf");
        Matcher m = Pattern.compile("skyloom_design = (\".*\")").matcher(locals);
        assertTrue(m.find());
        assertEquals(
                TerraformNames.tagValue(java.text.Normalizer.normalize(hostile.name(), java.text.Normalizer.Form.NFC)),
                dev.skyloom.export.terraform.hcl.HclSyntaxTest.decode(m.group(1)));
        TerraformTools.assertFmtClean(dir, project.files());
        for (String summary : TerraformTools.validateSummaries(dir)) {
            assertEquals("Missing required provider", summary);
        }
    }

    @Test
    void writingToAFolderReportsFilesAndWarnings(@TempDir Path dir) throws Exception {
        var result = exporter.write(Fixtures.multiCloud(), dir.resolve("tf"), false);
        assertEquals(13, result.files().size());
        assertEquals(3, result.warnings().size());
        assertTrue(Files.readString(dir.resolve("tf/aws.tf"), StandardCharsets.UTF_8)
                .startsWith("# Resources for aws"));
    }

    @Test
    void exportsTheHostileDesignsComponentNamesOnlyInEscapedComments() {
        Design hostile = HostileDesign.create();
        String aws = exporter.render(hostile).files().get("aws.tf");
        for (Component c : hostile.components()) {
            if (c instanceof Component.GpuPool) {
                assertTrue(aws.contains("Design component: gpu-pool \""), aws);
            }
        }
        List<String> lines = new ArrayList<>(List.of(aws.split("\n")));
        for (String line : lines) {
            assertFalse(line.startsWith("resource \"evil"), line);
        }
    }

    private static int count(String text, Pattern p) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
