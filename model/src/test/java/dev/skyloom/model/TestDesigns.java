package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small designs built in code, for tests in every module (shipped in the model test-jar). Instance
 * types and regions are real catalog codes; nothing here carries a price.
 */
public final class TestDesigns {
    private TestDesigns() {}

    /** One AWS provider, one Frankfurt region, one pool of four p5.48xlarge. */
    public static Design minimal() {
        return new Design(
                "Minimal",
                "USD",
                Assumptions.DEFAULT,
                List.of(),
                List.of(
                        provider("aws", "aws"),
                        region("aws-fra", "aws", "eu-central-1"),
                        pool("train", "aws-fra", "p5.48xlarge", 4)),
                List.of(),
                Map.of(),
                Map.of());
    }

    /**
     * The example of DESIGN.md made complete: EU personal data in a Frankfurt lake replicated to Ireland,
     * an ETL pipeline that must survive a region outage, reading the lake and running on a Frankfurt pool
     * with an Irish failover pool.
     */
    public static Design euTraining() {
        List<Component> components = List.of(
                provider("aws", "aws"),
                region("aws-fra", "aws", "eu-central-1"),
                region("aws-dub", "aws", "eu-west-1"),
                new Component.GpuPool(
                        "train",
                        "Training",
                        Optional.of("aws-fra"),
                        "p5.48xlarge",
                        4,
                        Pricing.ON_DEMAND,
                        new BigDecimal("730"),
                        Optional.empty(),
                        Map.of()),
                new Component.GpuPool(
                        "train-dr",
                        "Training (failover)",
                        Optional.of("aws-dub"),
                        "p4d.24xlarge",
                        2,
                        Pricing.RESERVED_1Y,
                        new BigDecimal("730"),
                        Optional.empty(),
                        Map.of()),
                storage("lake", "aws-fra", "Lake", "object", "200", List.of("eu-personal")),
                storage("lake-dr", "aws-dub", "Lake replica", "object", "200", List.of("eu-personal")),
                new Component.Pipeline("etl", "Feature ETL", Optional.empty(), Survives.REGION, List.of(), Map.of()));
        List<Connection> connections = List.of(
                connection("c1", ConnectionType.READS, "etl", "lake", "20"),
                connection("c2", ConnectionType.RUNS_ON, "etl", "train", "0"),
                connection("c3", ConnectionType.REPLICATES_TO, "lake", "lake-dr", "2"),
                connection("c4", ConnectionType.RUNS_ON, "etl", "train-dr", "0"),
                connection("c5", ConnectionType.READS, "etl", "lake-dr", "0"));
        Map<String, Bounds> layout = new LinkedHashMap<>();
        layout.put("aws", new Bounds(40, 40, 900, 500));
        layout.put("aws-fra", new Bounds(60, 80, 400, 400));
        layout.put("etl", new Bounds(600, 20.5, 0, 0));
        return new Design(
                "EU training, global inference",
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("eu-personal", "EU personal data", List.of("EU", "EEA"), Map.of())),
                components,
                connections,
                layout,
                Map.of());
    }

    /**
     * Every field of the format in use at least once: a custom on-premises site with a country, unit
     * price overrides, every pricing model, a pipeline inside a region that declassifies data, every
     * connection type, non-default assumptions and unknown fields kept as extras.
     */
    public static Design everything() {
        List<Component> components = List.of(
                new Component.Provider("onprem", "Own data centre", "onprem", Map.of("contract", "\"DC-7\"")),
                new Component.Region(
                        "dc-muc",
                        "Munich DC",
                        Optional.of("onprem"),
                        Component.Region.CUSTOM,
                        Optional.of("DE"),
                        Map.of()),
                provider("lambda", "lambda"),
                region("lambda-us", "lambda", "us-east-1"),
                new Component.GpuPool(
                        "own-h100",
                        "Own H100",
                        Optional.of("dc-muc"),
                        "gpu_8x_h100_sxm5",
                        16,
                        Pricing.RESERVED_3Y,
                        new BigDecimal("744"),
                        Optional.of(new BigDecimal("12.5000")),
                        Map.of()),
                new Component.GpuPool(
                        "burst",
                        "Burst",
                        Optional.of("lambda-us"),
                        "gpu_8x_h100_sxm5",
                        2,
                        Pricing.SPOT,
                        new BigDecimal("120.5"),
                        Optional.empty(),
                        Map.of()),
                new Component.Storage(
                        "vault",
                        "Vault",
                        Optional.of("dc-muc"),
                        "file",
                        new BigDecimal("0.25"),
                        List.of("health", "public"),
                        Optional.of(new BigDecimal("0.0125")),
                        Map.of("encrypted", "true")),
                storage("mirror", "lambda-us", "Mirror", "object", "3", List.of("public")),
                new Component.Pipeline(
                        "anonymise",
                        "Anonymise",
                        Optional.of("dc-muc"),
                        Survives.PROVIDER,
                        List.of("health"),
                        Map.of("schedule", "{\"cron\":\"0 3 * * *\",\"tz\":\"UTC\"}")));
        List<Connection> connections = List.of(
                connection("k-read", ConnectionType.READS, "anonymise", "vault", "0.5"),
                connection("k-write", ConnectionType.WRITES, "anonymise", "mirror", "0.125"),
                connection("k-run", ConnectionType.RUNS_ON, "anonymise", "own-h100", "0"),
                connection("k-burst", ConnectionType.RUNS_ON, "anonymise", "burst", "0"),
                new Connection(
                        "k-rep",
                        ConnectionType.REPLICATES_TO,
                        "vault",
                        "mirror",
                        new BigDecimal("1"),
                        Map.of("lagMinutes", "15")));
        return new Design(
                "Everything",
                "EUR",
                new Assumptions(new BigDecimal("0.35"), new BigDecimal("0.6")),
                List.of(
                        new DataClass("health", "Health records", List.of("DE"), Map.of("gdprArticle", "9")),
                        new DataClass("public", "", List.of(), Map.of())),
                components,
                connections,
                Map.of("dc-muc", new Bounds(10.5, -20, 300, 200)),
                Map.of("reviewedBy", "[\"ana\",\"bo\"]"));
    }

    /** Names in several scripts: emoji with ZWJ, right-to-left Arabic and Hebrew, CJK, combining marks. */
    public static Design unicode() {
        return new Design(
                "تصميم 🚀 设计",
                "USD",
                Assumptions.DEFAULT,
                List.of(new DataClass("données", "Données personnelles é", List.of("FR", "EU"), Map.of())),
                List.of(
                        new Component.Provider("aws", "Amazon ☁️ 👩‍💻", "aws", Map.of()),
                        new Component.Region(
                                "région-1", "שלום עולם", Optional.of("aws"), "eu-west-3", Optional.empty(), Map.of()),
                        storage("湖", "région-1", "データレイク", "object", "1.5", List.of("données"))),
                List.of(),
                Map.of(),
                Map.of());
    }

    /** A design of these components and connections: USD, default assumptions, no data classes, no layout. */
    public static Design design(String name, List<Component> components, List<Connection> connections) {
        return new Design(name, "USD", Assumptions.DEFAULT, List.of(), components, connections, Map.of(), Map.of());
    }

    public static Component.Provider provider(String id, String provider) {
        return new Component.Provider(id, "", provider, Map.of());
    }

    public static Component.Region region(String id, String parent, String region) {
        return new Component.Region(id, "", Optional.of(parent), region, Optional.empty(), Map.of());
    }

    public static Component.GpuPool pool(String id, String parent, String instanceType, int count) {
        return new Component.GpuPool(
                id,
                "",
                Optional.of(parent),
                instanceType,
                count,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
    }

    public static Component.Storage storage(
            String id, String parent, String name, String storageClass, String capacityTb, List<String> holds) {
        return new Component.Storage(
                id,
                name,
                Optional.of(parent),
                storageClass,
                new BigDecimal(capacityTb),
                holds,
                Optional.empty(),
                Map.of());
    }

    public static Connection connection(String id, ConnectionType type, String from, String to, String monthlyTb) {
        return new Connection(id, type, from, to, new BigDecimal(monthlyTb), Map.of());
    }
}
