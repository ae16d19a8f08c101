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
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.TestDesigns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federation and audit-log export (issue 19): an identity provider federated to every mapped cloud
 * and every cloud shipping telemetry to one sink, both with hostile names. Every cloud gets real
 * resources (checked against {@link ProviderSchema}) with endpoints as variables and no secrets.
 */
class TerraformGovernanceTest {
    private static final String HOSTILE = "Okta \"prod\" ${var.x} %{if} \\ \u0007";

    private final TerraformExporter exporter = new TerraformExporter(TinyCatalog.storageOnly());

    static Design federatedObserved() {
        Design base = Fixtures.multiCloud();
        List<Component> c = new ArrayList<>(base.components());
        List<Connection> k = new ArrayList<>(base.connections());
        c.add(new Component.Identity("idp", HOSTILE, Optional.of("aws-use1"), IdentityKind.OKTA, Map.of()));
        c.add(new Component.Telemetry(
                "sink",
                "Logs \"eu\" ${x}",
                Optional.of("gcp-euw4"),
                TelemetryHosting.CLOUD,
                "",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of()));
        for (String p : List.of("aws", "azure", "gcp", "oci")) {
            k.add(TestDesigns.connection("fed-" + p, ConnectionType.FEDERATES, "idp", p, "0"));
            k.add(TestDesigns.connection("log-" + p, ConnectionType.SHIPS_TELEMETRY, p, "sink", "0"));
        }
        k.add(TestDesigns.connection("log-aws-pool", ConnectionType.SHIPS_TELEMETRY, "train", "sink", "0"));
        return TestDesigns.design(base.name(), c, k);
    }

    @Test
    void everyMappedCloudGetsFederationAndAuditExportWithVariablesAndNoSecrets(@TempDir Path dir) throws Exception {
        TerraformProject project = exporter.render(federatedObserved());
        Map<String, String> files = project.files();
        Golden.assertMatches("federated-observed", files);
        String aws = files.get("aws.tf");
        String gcp = files.get("gcp.tf");
        String azure = files.get("azure.tf");
        String oci = files.get("oci.tf");
        assertTrue(aws.contains("resource \"aws_iam_openid_connect_provider\" \"idp\""), aws);
        assertTrue(aws.contains("url             = var.idp_issuer_url"), aws);
        assertTrue(aws.contains("s3_bucket_name                = var.sink_cloudtrail_bucket"), aws);
        // two AWS flows to one sink share one multi-region trail
        assertEquals(1, count(aws, "resource \"aws_cloudtrail\""));
        assertTrue(gcp.contains("resource \"google_iam_workload_identity_pool_provider\" \"idp\""), gcp);
        assertTrue(gcp.contains("issuer_uri = var.idp_issuer_url"), gcp);
        assertTrue(gcp.contains("destination            = var.sink_gcp_log_destination"), gcp);
        // Azure: a user-assigned identity trusting the same issuer, and the subscription's activity log
        // to an Event Hub (the sink is not Azure's own service)
        TfStructure.Node credential = node(azure, "azurerm_federated_identity_credential", "idp");
        assertEquals("azurerm_user_assigned_identity.idp.id", credential.attributes.get("user_assigned_identity_id"));
        assertEquals("var.idp_issuer_url", credential.attributes.get("issuer"));
        assertEquals("[var.idp_azure_audience]", credential.attributes.get("audience"));
        TfStructure.Node setting = node(azure, "azurerm_monitor_diagnostic_setting", "sink");
        assertEquals("data.azurerm_subscription.this.id", setting.attributes.get("target_resource_id"));
        assertEquals(
                "var.sink_azure_eventhub_authorization_rule_id",
                setting.attributes.get("eventhub_authorization_rule_id"));
        assertFalse(setting.attributes.containsKey("log_analytics_workspace_id"));
        List<String> categories = new ArrayList<>();
        setting.blocks("enabled_log").forEach(b -> categories.add(b.attributes.get("category")));
        assertEquals(List.of("\"Administrative\"", "\"Security\"", "\"Policy\""), categories);
        assertTrue(files.get("providers.tf").contains("\"Microsoft.Insights\", \"Microsoft.ManagedIdentity\""));
        // OCI: an identity propagation trust (active, JWT) and one audit connector per region configuration
        TfStructure.Node trust = node(oci, "oci_identity_domains_identity_propagation_trust", "idp");
        assertEquals("var.idp_issuer_url", trust.attributes.get("issuer"));
        assertEquals("true", trust.attributes.get("active"));
        assertEquals("\"JWT\"", trust.attributes.get("type"));
        assertEquals(2, count(oci, "resource \"oci_sch_service_connector\""));
        TfStructure.Node second = node(oci, "oci_sch_service_connector", "sink_eu_amsterdam_1");
        assertEquals("oci.eu_amsterdam_1", second.attributes.get("provider"));
        assertEquals(
                "\"_Audit\"",
                second.blocks("source")
                        .get(0)
                        .blocks("log_sources")
                        .get(0)
                        .attributes
                        .get("log_group_id"));
        assertEquals(
                "var.sink_oci_audit_bucket_eu_amsterdam_1",
                second.blocks("target").get(0).attributes.get("bucket"));
        // user strings are escaped: no interpolation or template directive survives
        String variables = files.get("variables.tf");
        assertTrue(variables.contains("Okta \\\"prod\\\" $${var.x} %%{if} \\\\"), variables);
        assertFalse(variables.contains("\u0007"));
        // nothing of the governance is left as a placeholder on a mapped cloud
        String placeholders = files.get("placeholders.tf");
        assertFalse(placeholders.contains("federates"), placeholders);
        assertFalse(placeholders.contains("ships-telemetry"), placeholders);
        assertFalse(
                project.warnings().stream().anyMatch(w -> w.contains("federates") || w.contains("ships-telemetry")));
        // no credential argument anywhere in the HCL or the tfvars example (README.md names env variables)
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith(".tf") || f.getKey().endsWith(".example")) {
                String lower = f.getValue().toLowerCase(java.util.Locale.ROOT);
                for (String secret : List.of("secret_key", "client_secret", "password", "private_key")) {
                    assertFalse(lower.contains(secret), f.getKey() + " contains " + secret);
                }
            }
        }
        assertEquals(List.of(), ProviderSchemaTest.violations(files));
        TerraformTools.parseAll(files);
        if (TerraformTools.terraformAvailable()) {
            TerraformTools.assertFmtClean(dir, files);
            for (String summary : TerraformTools.validateSummaries(dir)) {
                assertEquals("Missing required provider", summary);
            }
        }
    }

    @Test
    void anAzureSinkReceivesTheActivityLogInItsLogAnalyticsWorkspace() {
        List<Component> c = new ArrayList<>(List.of(
                TestDesigns.provider("azure", "azure"),
                TestDesigns.region("az-weu", "azure", "westeurope"),
                TestDesigns.pool("nd", "az-weu", "Standard_ND96isr_H100_v5", 2).withName("ND H100"),
                new Component.Telemetry(
                        "monitor",
                        "Azure Monitor",
                        Optional.of("az-weu"),
                        TelemetryHosting.CLOUD,
                        "Azure Monitor",
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Map.of())));
        Design d = TestDesigns.design(
                "Azure only",
                c,
                List.of(
                        TestDesigns.connection("log-a", ConnectionType.SHIPS_TELEMETRY, "azure", "monitor", "0"),
                        TestDesigns.connection("log-b", ConnectionType.SHIPS_TELEMETRY, "nd", "monitor", "0")));
        Map<String, String> files = exporter.render(d).files();
        String azure = files.get("azure.tf");
        assertEquals(1, count(azure, "resource \"azurerm_monitor_diagnostic_setting\""), azure);
        TfStructure.Node setting = node(azure, "azurerm_monitor_diagnostic_setting", "monitor");
        assertEquals(
                "var.monitor_azure_log_analytics_workspace_id", setting.attributes.get("log_analytics_workspace_id"));
        assertFalse(setting.attributes.containsKey("eventhub_authorization_rule_id"));
        assertTrue(azure.contains("\"log-b\" is covered by the subscription-wide"), azure);
        assertFalse(files.containsKey("placeholders.tf"));
        assertEquals(List.of(), ProviderSchemaTest.violations(files));
    }

    @Test
    void aCloudWithoutMappedResourcesKeepsAPlaceholderThatSaysWhy() {
        List<Component> c = List.of(
                TestDesigns.provider("aws", "aws"),
                new Component.Identity("idp", "Keycloak", Optional.empty(), IdentityKind.KEYCLOAK, Map.of()));
        Design d = TestDesigns.design(
                "Bare", c, List.of(TestDesigns.connection("fed", ConnectionType.FEDERATES, "idp", "aws", "0")));
        Map<String, String> files = exporter.render(d).files();
        assertFalse(files.containsKey("aws.tf"));
        assertTrue(files.get("placeholders.tf").contains("the design maps no pool or storage to aws"));
    }

    @Test
    void anAzureFederationWithNoResourceGroupForTheIdentityStaysAPlaceholderThatSaysWhy() {
        // the pool sits in a custom site under the Azure container: it is a placeholder, no resource group exists
        List<Component> c = List.of(
                TestDesigns.provider("azure", "azure"),
                new Component.Region("site", "Edge site", Optional.of("azure"), "custom", Optional.of("DE"), Map.of()),
                TestDesigns.pool("nd", "site", "Standard_ND96isr_H100_v5", 2).withName("ND H100"),
                new Component.Identity("idp", "Okta", Optional.empty(), IdentityKind.OKTA, Map.of()));
        Design d = TestDesigns.design(
                "No region", c, List.of(TestDesigns.connection("fed", ConnectionType.FEDERATES, "idp", "azure", "0")));
        TerraformProject project = exporter.render(d);
        String placeholders = project.files().get("placeholders.tf");
        assertTrue(placeholders.contains("federates idp -> azure"), placeholders);
        assertTrue(placeholders.contains("no azure pool or storage is mapped into a region to hold it"), placeholders);
        assertTrue(placeholders.contains("azurerm_user_assigned_identity and azurerm_federated_identity_credential"));
        assertTrue(project.warnings().stream().anyMatch(w -> w.startsWith("Terraform: federates fed not generated")));
        assertFalse(project.files().getOrDefault("azure.tf", "").contains("azurerm_federated_identity_credential"));
    }

    @Test
    void governanceExportIsDeterministic() {
        Design d = federatedObserved();
        assertEquals(exporter.render(d).files(), exporter.render(d).files());
        assertEquals(
                exporter.render(d).files(),
                new TerraformExporter(TinyCatalog.storageOnly()).render(d).files());
    }

    private static TfStructure.Node node(String hcl, String type, String label) {
        return TfStructure.parse(hcl).stream()
                .filter(b -> b.labels.equals(List.of(type, label)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + "." + label + " missing in\n" + hcl));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
