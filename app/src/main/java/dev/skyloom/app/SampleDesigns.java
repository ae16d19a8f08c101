package dev.skyloom.app;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentException;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The design a new user sees first: the bundled example, or a small built-in one if that is missing. */
public final class SampleDesigns {
    private static final Logger LOG = LoggerFactory.getLogger(SampleDesigns.class);
    public static final String EXAMPLE = "examples/eu-sovereign-training.skyloom.json";

    private SampleDesigns() {}

    public static Design firstExample(DesignIo io) {
        try (InputStream in = SampleDesigns.class.getResourceAsStream(EXAMPLE)) {
            if (in != null) {
                return io.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), EXAMPLE);
            }
        } catch (IOException | DocumentException e) {
            LOG.warn("bundled example unreadable, using the built-in sample: {}", e.getMessage());
        }
        return builtIn();
    }

    /** EU training on AWS Frankfurt with a lake of personal data and a replica in Paris. */
    public static Design builtIn() {
        Map<String, String> none = Map.of();
        List<Component> components = List.of(
                new Component.Provider("aws", "Amazon Web Services", "aws", none),
                new Component.Region(
                        "aws-fra", "Frankfurt", Optional.of("aws"), "eu-central-1", Optional.empty(), none),
                new Component.GpuPool(
                        "train-pool",
                        "Training pool",
                        Optional.of("aws-fra"),
                        "p5.48xlarge",
                        4,
                        Pricing.RESERVED_1Y,
                        Component.GpuPool.DEFAULT_HOURS,
                        Optional.empty(),
                        none),
                new Component.Storage(
                        "lake",
                        "Lake",
                        Optional.of("aws-fra"),
                        "object",
                        BigDecimal.valueOf(200),
                        List.of("eu-personal"),
                        Optional.empty(),
                        none),
                new Component.Region("aws-par", "Paris", Optional.of("aws"), "eu-west-3", Optional.empty(), none),
                new Component.Storage(
                        "lake-dr",
                        "Lake replica",
                        Optional.of("aws-par"),
                        "object",
                        BigDecimal.valueOf(200),
                        List.of("eu-personal"),
                        Optional.empty(),
                        none),
                new Component.Pipeline("training", "Model training", Optional.empty(), Survives.NONE, List.of(), none));
        List<Connection> connections = List.of(
                new Connection(
                        "training-runs-on-train-pool",
                        ConnectionType.RUNS_ON,
                        "training",
                        "train-pool",
                        BigDecimal.ZERO,
                        none),
                new Connection(
                        "training-reads-lake", ConnectionType.READS, "training", "lake", BigDecimal.valueOf(20), none),
                new Connection(
                        "lake-replicates-to-lake-dr",
                        ConnectionType.REPLICATES_TO,
                        "lake",
                        "lake-dr",
                        BigDecimal.valueOf(2),
                        none));
        Map<String, Bounds> layout = new LinkedHashMap<>();
        layout.put("aws", new Bounds(40, 40, 900, 330));
        layout.put("aws-fra", new Bounds(60, 90, 420, 260));
        layout.put("train-pool", new Bounds(80, 140, 0, 0));
        layout.put("lake", new Bounds(280, 260, 0, 0));
        layout.put("aws-par", new Bounds(500, 90, 420, 260));
        layout.put("lake-dr", new Bounds(600, 260, 0, 0));
        layout.put("training", new Bounds(380, 430, 0, 0));
        return new Design(
                "EU sovereign training",
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("eu-personal", "EU personal data", List.of("EU", "EEA"), none)),
                components,
                connections,
                layout,
                none);
    }
}
