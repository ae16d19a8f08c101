package dev.skyloom.model.edit;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small design: aws / eu-central-1 with a pool and a bucket, and a pipeline using both. */
final class EditFixtures {
    private EditFixtures() {}

    static Component.Provider provider(String id) {
        return new Component.Provider(id, "", "aws", Map.of());
    }

    static Component.Region region(String id, String parent) {
        return new Component.Region(id, "Frankfurt", Optional.of(parent), "eu-central-1", Optional.empty(), Map.of());
    }

    static Component.GpuPool pool(String id, String parent, int count) {
        return new Component.GpuPool(
                id,
                "",
                Optional.of(parent),
                "p5.48xlarge",
                count,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
    }

    static Component.Storage storage(String id, String parent) {
        return new Component.Storage(
                id, "", Optional.of(parent), "s3-standard", BigDecimal.TEN, List.of("pii"), Optional.empty(), Map.of());
    }

    static Component.Pipeline pipeline(String id) {
        return new Component.Pipeline(id, "Training", Optional.empty(), Survives.NONE, List.of(), Map.of());
    }

    static Connection connection(String id, ConnectionType type, String from, String to) {
        return new Connection(id, type, from, to, BigDecimal.ONE, Map.of());
    }

    static Design design() {
        return new Design(
                "Fixture",
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("pii", "Personal data", List.of("EU"), Map.of())),
                List.of(
                        provider("aws"),
                        region("fra", "aws"),
                        pool("pool", "fra", 2),
                        storage("bucket", "fra"),
                        pipeline("train")),
                List.of(
                        connection("c1", ConnectionType.RUNS_ON, "train", "pool"),
                        connection("c2", ConnectionType.READS, "train", "bucket")),
                Map.of(
                        "aws", new Bounds(0, 0, 600, 400),
                        "fra", new Bounds(20, 40, 300, 300),
                        "pool", new Bounds(40, 80, 0, 0),
                        "train", new Bounds(700, 100, 0, 0)),
                Map.of());
    }
}
