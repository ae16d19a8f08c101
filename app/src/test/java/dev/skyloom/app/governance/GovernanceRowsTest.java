package dev.skyloom.app.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Examples;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Governance panel's rows for the EU sovereign training example (AWS and Google Cloud, one Keycloak). */
class GovernanceRowsTest {
    private final Design example = Examples.read(ExampleFiles.path("eu-sovereign-training"));

    private static GovernanceRows.Row row(Design d, String cloud) {
        return GovernanceRows.of(d).stream()
                .filter(r -> r.cloud().equals(cloud))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theExampleIsFederatedObservedAndAuditLoggedOnBothClouds() {
        assertEquals(
                List.of("aws", "gcp"),
                GovernanceRows.of(example).stream()
                        .map(GovernanceRows.Row::cloud)
                        .toList());
        GovernanceRows.Row aws = row(example, "aws");
        assertEquals(List.of("keycloak"), aws.identities());
        assertEquals(List.of("train-fra", "train-dub"), aws.workloads());
        assertEquals(aws.workloads(), aws.observed(), "both regions ship their telemetry");
        assertEquals(List.of("audit-logs"), aws.sinks());
        assertTrue(aws.auditLogged());
        assertEquals(List.of("aws", "keycloak", "audit-logs"), aws.subjects());
        GovernanceRows.Row gcp = row(example, "gcp");
        assertTrue(gcp.federated() && gcp.fullyObserved() && gcp.auditLogged());
    }

    @Test
    void withoutItsFederationAndItsRegionsTelemetryGoogleCloudShowsThreeGaps() {
        List<Connection> kept = new ArrayList<>(example.connections());
        kept.removeIf(k -> (k.type() == ConnectionType.FEDERATES && k.to().equals("gcp"))
                || (k.type() == ConnectionType.SHIPS_TELEMETRY && k.from().equals("gcp-ams")));
        Design d = example.withTopology(example.components(), kept);
        GovernanceRows.Row gcp = row(d, "gcp");
        assertFalse(gcp.federated());
        assertEquals(List.of("eval-pool"), gcp.workloads());
        assertEquals(List.of(), gcp.observed());
        assertFalse(gcp.fullyObserved());
        assertFalse(gcp.auditLogged());
        assertEquals(List.of("gcp"), gcp.subjects());
        GovernanceRows.Row aws = row(d, "aws");
        assertTrue(aws.federated() && aws.fullyObserved() && aws.auditLogged(), "AWS keeps its own");
    }
}
