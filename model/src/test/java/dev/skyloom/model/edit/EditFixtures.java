package dev.skyloom.model.edit;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small design (made with {@link TestDesigns}): aws / eu-central-1 with a pool and a bucket, and a pipeline using both. */
final class EditFixtures {
    private EditFixtures() {}

    static Design design() {
        return new Design(
                "Fixture",
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("pii", "Personal data", List.of("EU"), Map.of())),
                List.of(
                        TestDesigns.provider("aws", "aws"),
                        TestDesigns.region("fra", "aws", "eu-central-1").withName("Frankfurt"),
                        TestDesigns.pool("pool", "fra", "p5.48xlarge", 2),
                        TestDesigns.storage("bucket", "fra", "", "s3-standard", "10", List.of("pii")),
                        new Component.Pipeline(
                                "train", "Training", Optional.empty(), Survives.NONE, List.of(), Map.of())),
                List.of(
                        TestDesigns.connection("c1", ConnectionType.RUNS_ON, "train", "pool", "1"),
                        TestDesigns.connection("c2", ConnectionType.READS, "train", "bucket", "1")),
                Map.of(
                        "aws", new Bounds(0, 0, 600, 400),
                        "fra", new Bounds(20, 40, 300, 300),
                        "pool", new Bounds(40, 80, 0, 0),
                        "train", new Bounds(700, 100, 0, 0)),
                Map.of());
    }
}
