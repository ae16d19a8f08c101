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
 * and every cloud shipping telemetry to one sink, both with hostile names. AWS and GCP get real
 * resources with endpoints as variables; Azure and OCI keep a commented placeholder.
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
    void awsAndGcpGetFederationAndAuditExportWithVariablesAndNoSecrets(@TempDir Path dir) throws Exception {
        TerraformProject project = exporter.render(federatedObserved());
        Map<String, String> files = project.files();
        String aws = files.get("aws.tf");
        String gcp = files.get("gcp.tf");
        assertTrue(aws.contains("resource \"aws_iam_openid_connect_provider\" \"idp\""), aws);
        assertTrue(aws.contains("url             = var.idp_issuer_url"), aws);
        assertTrue(aws.contains("s3_bucket_name                = var.sink_cloudtrail_bucket"), aws);
        // two AWS flows to one sink share one multi-region trail
        assertEquals(1, count(aws, "resource \"aws_cloudtrail\""));
        assertTrue(gcp.contains("resource \"google_iam_workload_identity_pool_provider\" \"idp\""), gcp);
        assertTrue(gcp.contains("issuer_uri = var.idp_issuer_url"), gcp);
        assertTrue(gcp.contains("destination            = var.sink_gcp_log_destination"), gcp);
        // user strings are escaped: no interpolation or template directive survives
        String variables = files.get("variables.tf");
        assertTrue(variables.contains("Okta \\\"prod\\\" $${var.x} %%{if} \\\\"), variables);
        assertFalse(variables.contains("\u0007"));
        // Azure and OCI: a placeholder each for federation and telemetry, none for AWS or GCP
        String placeholders = files.get("placeholders.tf");
        assertTrue(placeholders.contains("federates idp -> azure"), placeholders);
        assertTrue(placeholders.contains("federates idp -> oci"), placeholders);
        assertTrue(placeholders.contains("ships-telemetry oci -> sink"), placeholders);
        assertFalse(placeholders.contains("-> aws"), placeholders);
        assertFalse(placeholders.contains("-> gcp"), placeholders);
        assertFalse(placeholders.contains("gcp -> sink"), placeholders);
        for (String f : files.values()) {
            assertFalse(f.toLowerCase(java.util.Locale.ROOT).contains("secret_key"), f);
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

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
