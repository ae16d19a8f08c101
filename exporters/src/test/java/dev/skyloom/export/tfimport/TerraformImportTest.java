package dev.skyloom.export.tfimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of real Terraform sources (see {@code tfimport/SOURCES.md}) against hand-checked expected reports and
 * designs, the mapping rules on small configurations, and hostile input.
 *
 * <p>Why the expected files say what they say:
 * <ul>
 *   <li>infracost-example-plan: the plan has two {@code aws_instance} of m5.4xlarge (no accelerator: listed,
 *       not drawn), two Lambda functions (not mapped) and one S3 bucket {@code usage}; the provider block sets
 *       region us-east-1 (Ashburn in the catalog). The bucket has no size in Terraform, so 0 TB is assumed
 *       and said.
 *   <li>infracost-v014-state: six t3.nano instances (three in the root, three in {@code module.instances},
 *       one each although two use count/for_each with one key), eight other managed resources (the RDS module's
 *       instance, option, parameter and subnet groups, IAM role and attachment, two default VPCs); data
 *       sources are not resources. No accelerator and no storage: an empty design, honestly.
 *   <li>infracost-gcp-igm: template {@code two_disks} attaches two nvidia-tesla-k80 to f1-micro and its
 *       regional group runs 4 in us-central1: a pool of "K80 x2" × 4 (the catalog has no K80, which the checks
 *       then report); template {@code standard} (n1-standard-16, no GPU) runs 3: listed. Both templates are
 *       read as parts of their groups.
 * </ul>
 */
class TerraformImportTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final Path FIXTURES = Path.of("src/test/resources/tfimport");

    @Test
    void planJsonFixtureGivesTheExpectedReportAndDesign() throws Exception {
        assertGolden("infracost-example-plan", FIXTURES.resolve("infracost-example-plan/plan.json"));
    }

    @Test
    void stateJsonFixtureWithModulesGivesTheExpectedReportAndDesign() throws Exception {
        assertGolden("infracost-v014-state", FIXTURES.resolve("infracost-v014-state/state.json"));
    }

    @Test
    void tfFolderFixtureWithAttachedGpusGivesTheExpectedReportAndDesign() throws Exception {
        assertGolden("infracost-gcp-igm", FIXTURES.resolve("infracost-gcp-igm"));
    }

    private static void assertGolden(String name, Path source) throws Exception {
        TerraformImport.Result r = TerraformImport.run(List.of(source), Optional.empty(), false, CATALOG);
        assertEquals(
                Files.readString(FIXTURES.resolve("expected/" + name + ".report.txt")),
                r.report().text(),
                name);
        assertEquals(
                Files.readString(FIXTURES.resolve("expected/" + name + ".skyloom.json")),
                DesignFile.toJson(r.design()),
                name);
    }

    @Test
    void aliasesVariablesAndCountsAreResolvedFromTheConfiguration(@TempDir Path dir) throws Exception {
        write(dir, "main.tf", """
                variable "gpu_type" { default = "p4d.24xlarge" }
                variable "replicas" {}
                provider "aws" { region = "eu-central-1" }
                provider "aws" {
                  alias  = "dr"
                  region = var.dr_region
                }
                resource "aws_instance" "trainer" {
                  count         = 3
                  instance_type = var.gpu_type
                }
                resource "aws_instance" "standby" {
                  provider      = aws.dr
                  instance_type = "p5.48xlarge"
                }
                resource "aws_instance" "scaled" {
                  count         = var.replicas
                  instance_type = "p5.48xlarge"
                }
                resource "aws_ebs_volume" "scratch" {
                  availability_zone = "eu-central-1a"
                  size              = 2000
                  type              = "gp3"
                }
                """);
        write(dir, "terraform.tfvars", "dr_region = \"eu-west-1\"\n");
        TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.of("Estate"), false, CATALOG);
        Design d = r.design();
        assertEquals("Estate", d.name());
        assertPool(d, "trainer", "aws-eu-central-1", "p4d.24xlarge", 3);
        assertPool(d, "standby", "aws-eu-west-1", "p5.48xlarge", 1);
        assertPool(d, "scaled", "aws-eu-central-1", "p5.48xlarge", 1);
        assertTrue(
                r.report().unresolved().stream().anyMatch(u -> u.startsWith("aws_instance.scaled: count")),
                r.report().unresolved().toString());
        assertTrue(
                r.report().unresolved().stream().anyMatch(u -> u.startsWith("var.replicas: no value")),
                r.report().unresolved().toString());
        Component.Storage scratch = (Component.Storage) d.component("scratch").orElseThrow();
        assertEquals("block", scratch.storageClass(), "gp3 is AWS's standard block class");
        assertEquals("2", scratch.capacityTb().toPlainString());
    }

    @Test
    void groupsTakeTheirTemplatesAndDesiredCapacity(@TempDir Path dir) throws Exception {
        write(dir, "main.tf", """
                provider "aws" { region = "us-east-1" }
                resource "aws_launch_template" "gpu" { instance_type = "p5.48xlarge" }
                resource "aws_autoscaling_group" "serving" {
                  desired_capacity = 6
                  min_size         = 2
                  max_size         = 8
                  launch_template {
                    id = aws_launch_template.gpu.id
                  }
                }
                resource "aws_s3_bucket" "lake" { bucket = "lake" }
                resource "aws_s3_bucket" "lake_copy" {
                  provider = aws
                  bucket   = "lake-copy"
                }
                resource "aws_s3_bucket_replication_configuration" "copy" {
                  bucket = aws_s3_bucket.lake.id
                  rule {
                    destination {
                      bucket = aws_s3_bucket.lake_copy.arn
                    }
                  }
                }
                """);
        TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.empty(), false, CATALOG);
        assertPool(r.design(), "serving", "aws-us-east-1", "p5.48xlarge", 6);
        assertEquals(1, r.design().connections().size());
        assertEquals("lake", r.design().connections().get(0).from());
        assertEquals("lake-copy", r.design().connections().get(0).to());
        assertEquals(1, r.report().partsOf().get("aws_launch_template"));
        assertTrue(r.report().assumptions().stream().anyMatch(a -> a.contains("desired capacity")));
    }

    @Test
    void azureNodePoolTakesItsClustersLocation(@TempDir Path dir) throws Exception {
        write(dir, "main.tf", """
                resource "azurerm_resource_group" "ai" {
                  name     = "ai"
                  location = "West Europe"
                }
                resource "azurerm_kubernetes_cluster" "aks" {
                  location            = azurerm_resource_group.ai.location
                  resource_group_name = azurerm_resource_group.ai.name
                  default_node_pool {
                    name       = "system"
                    vm_size    = "Standard_D4s_v5"
                    node_count = 2
                  }
                }
                resource "azurerm_kubernetes_cluster_node_pool" "gpu" {
                  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
                  vm_size               = "Standard_ND96isr_H100_v5"
                  node_count            = 2
                }
                """);
        TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.empty(), false, CATALOG);
        assertPool(r.design(), "gpu", "azure-westeurope", "Standard_ND96isr_H100_v5", 2);
        assertEquals(
                List.of("azurerm_kubernetes_cluster.aks: 2 x Standard_D4s_v5 in westeurope"),
                r.report().listedCompute());
        assertTrue(
                r.report().startingPoints().contains("AKS cluster aks: gpu"),
                r.report().startingPoints().toString());
        Design all = TerraformImport.run(List.of(dir), Optional.empty(), true, CATALOG)
                .design();
        assertTrue(all.component("aks").isPresent(), "--all-compute draws the system pool too");
    }

    @Test
    void brokenJsonNamesTheFileAndPosition(@TempDir Path dir) throws Exception {
        Path f = write(dir, "plan.json", "{\"format_version\": \"1.2\",\n \"planned_values\": {\"root_module\": [}\n");
        String m = failure(f);
        assertTrue(m.startsWith(f + ":2:"), m);
        assertTrue(m.contains("not valid JSON"), m);
    }

    @Test
    void unsupportedFormatsAreRefusedWithTheField(@TempDir Path dir) throws Exception {
        assertTrue(failure(write(dir, "a.json", "{\"format_version\": \"2.0\", \"values\": {}}"))
                .contains("format_version '2.0' is not supported"));
        assertTrue(failure(write(dir, "b.json", "{\"version\": 3, \"resources\": []}"))
                .contains("state 'version' 3 is not supported"));
        assertTrue(failure(write(dir, "c.json", "[1, 2]")).contains("expected a JSON object"));
        assertTrue(failure(write(dir, "d.json", "{\"name\": \"x\"}")).contains("no field 'format_version'"));
        assertTrue(failure(write(dir, "e.json", "{\"format_version\": \"1.0\", \"values\": {}} trailing"))
                .contains("not valid JSON"));
    }

    @Test
    void hostileHclIsReadAsTextOrRefusedInOneLine(@TempDir Path dir) throws Exception {
        write(dir, "main.tf", """
                resource "aws_instance" "${evil}" {
                  instance_type = "p5.48xlarge"
                  tags = { Name = "${file(\\"/etc/passwd\\")}" }
                }
                """);
        try {
            TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.empty(), false, CATALOG);
            assertTrue(r.design().components().size() <= 3);
        } catch (TerraformImportException e) {
            assertTrue(e.getMessage().contains("main.tf"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
        Path broken = Files.createDirectories(dir.resolve("broken"));
        write(broken, "main.tf", "resource \"aws_instance\" \"x\" {\n  instance_type = \"p5\"\n");
        String m = failure(broken);
        assertTrue(m.contains("main.tf") && m.contains("not valid HCL"), m);
    }

    @Test
    void symlinkedModuleFoldersAndModuleCyclesAreRefused(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        write(outside, "main.tf", "resource \"aws_instance\" \"x\" { instance_type = \"p5.48xlarge\" }\n");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("linked"), outside);
        write(root, "main.tf", "module \"m\" { source = \"./linked\" }\n");
        assertTrue(failure(root).contains("symbolic link"), failure(root));

        Path cyclic = Files.createDirectories(dir.resolve("cyclic"));
        Path a = Files.createDirectories(cyclic.resolve("a"));
        write(cyclic, "main.tf", "module \"a\" { source = \"./a\" }\n");
        write(a, "main.tf", "module \"back\" { source = \"../\" }\n");
        assertTrue(failure(cyclic).contains("cycle"), failure(cyclic));
    }

    @Test
    void localModulesAreReadWithTheirArguments(@TempDir Path dir) throws Exception {
        Path gpu = Files.createDirectories(dir.resolve("modules/gpu"));
        write(gpu, "main.tf", """
                variable "size" {}
                resource "google_compute_instance" "node" {
                  machine_type = var.size
                  zone         = "europe-west4-b"
                }
                """);
        write(
                dir,
                "main.tf",
                "module \"training\" {\n  source = \"./modules/gpu\"\n  size   = \"a3-highgpu-8g\"\n}\n"
                        + "module \"remote\" {\n  source = \"terraform-google-modules/vm/google\"\n}\n");
        TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.empty(), false, CATALOG);
        assertPool(r.design(), "training-node", "gcp-europe-west4", "a3-highgpu-8g", 1);
        assertTrue(
                r.report().unresolved().stream().anyMatch(u -> u.contains("module.remote") && u.contains("not read")));
    }

    @Test
    void whatTerraformDoesNotPlaceGoesIntoAnUnresolvedRegionTheChecksReport(@TempDir Path dir) throws Exception {
        write(dir, "main.tf", "resource \"aws_instance\" \"gpu\" { instance_type = \"p5.48xlarge\" }\n");
        TerraformImport.Result r = TerraformImport.run(List.of(dir), Optional.empty(), false, CATALOG);
        assertPool(r.design(), "gpu", "aws-region-not-resolved", "p5.48xlarge", 1);
        assertTrue(r.report()
                .unresolved()
                .contains("aws_instance.gpu: region not found (no region, provider region, ARN or zone)"));
        assertTrue(dev.skyloom.model.check.Checks.runAll(r.design(), CATALOG).stream()
                .anyMatch(f -> f.code().equals("catalog.unknown-region")));
    }

    @Test
    void nonRegularSourcesAndEmptyFoldersAreRefused(@TempDir Path dir) throws Exception {
        assertTrue(failure(dir.resolve("missing.json")).contains("no such file or folder"));
        assertTrue(failure(Files.createDirectories(dir.resolve("empty"))).contains("no .tf files"));
    }

    private static void assertPool(Design d, String id, String region, String type, int count) {
        Component.GpuPool p = (Component.GpuPool) d.component(id)
                .orElseThrow(() -> new AssertionError("no " + id + " in "
                        + d.components().stream().map(Component::id).toList()));
        assertEquals(Optional.of(region), p.parent(), id);
        assertEquals(type, p.instanceType(), id);
        assertEquals(count, p.count(), id);
        assertTrue(d.layout().containsKey(id), "every imported card is laid out");
    }

    private static String failure(Path source) {
        return assertThrows(
                        TerraformImportException.class,
                        () -> TerraformImport.run(List.of(source), Optional.empty(), false, CATALOG))
                .getMessage();
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
