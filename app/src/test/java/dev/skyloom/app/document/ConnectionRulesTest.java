package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.util.List;
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
}
