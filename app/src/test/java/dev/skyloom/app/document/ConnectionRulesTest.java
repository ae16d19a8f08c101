package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionRulesTest {
    private final Design d = SampleDesigns.builtIn();

    @Test
    void pipelineToStorageOffersReadsAndWritesNotAlreadyPresent() {
        assertEquals(
                new ConnectionRules.Options(List.of(ConnectionType.READS, ConnectionType.WRITES)),
                ConnectionRules.plan(d, "training", "lake-dr"));
        assertEquals(
                new ConnectionRules.Options(List.of(ConnectionType.WRITES)),
                ConnectionRules.plan(d, "training", "lake"),
                "reads already exists");
    }

    @Test
    void storageToStorageReplicates() {
        assertEquals(
                new ConnectionRules.Options(List.of(ConnectionType.REPLICATES_TO)),
                ConnectionRules.plan(d, "lake-dr", "lake"));
    }

    @Test
    void wrongDirectionsAndContainersAreRefusedWithAReason() {
        ConnectionRules.Plan back = ConnectionRules.plan(d, "lake", "training");
        assertTrue(back instanceof ConnectionRules.Refused);
        assertEquals("Draw connections from the pipeline to the storage", ((ConnectionRules.Refused) back).reason());
        assertTrue(ConnectionRules.plan(d, "training", "aws-fra") instanceof ConnectionRules.Refused);
        assertTrue(ConnectionRules.plan(d, "train-pool", "lake") instanceof ConnectionRules.Refused);
        assertTrue(ConnectionRules.plan(d, "lake", "lake") instanceof ConnectionRules.Refused);
    }

    @Test
    void aSecondRunsOnToTheSamePoolIsRefused() {
        assertEquals(
                new ConnectionRules.Refused("Model training is already connected to Training pool"),
                ConnectionRules.plan(d, "training", "train-pool"));
    }

    @Test
    void identityAndTelemetryRefusalsSayWhatToConnectWithTheRightArticle() {
        Design g = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .storage("lake", "fra", "object", "1")
                .identity("idp", "fra", IdentityKind.OKTA)
                .sink("logs", "fra", TelemetryHosting.CLOUD, Optional.empty())
                .build();

        assertEquals(
                new ConnectionRules.Refused("An identity provider federates a provider: connect it to the provider"
                        + " container, not to a region"),
                ConnectionRules.plan(g, "idp", "fra"));
        String reason = ((ConnectionRules.Refused) ConnectionRules.plan(g, "lake", "idp")).reason();
        assertTrue(reason.startsWith("A storage cannot connect to an identity provider ("), reason);
        assertTrue(reason.contains("an identity provider federates a provider"), reason);
        assertTrue(reason.contains("telemetry"), reason);
        String fromSink = ((ConnectionRules.Refused) ConnectionRules.plan(g, "logs", "lake")).reason();
        assertTrue(fromSink.startsWith("A telemetry sink cannot connect to a storage"), fromSink);
    }
}
