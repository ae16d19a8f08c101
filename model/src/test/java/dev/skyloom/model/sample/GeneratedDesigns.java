package dev.skyloom.model.sample;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic designs of a given size with a realistic shape, for benchmarks, exporter tests and the
 * designer's frame-time harness. The design is made of "teams" of about 40 components: a provider
 * container (aws, azure, gcp or lambda) with two or three real catalog regions, GPU pools of instance
 * types the catalog sells there, object storage holding data classes and replicated to the team's second
 * region, and pipelines that read, write and run on them (some must survive a region or provider outage,
 * some reach across to another team's storage). Every component gets layout bounds in a grid of team
 * blocks. The same size and seed always give the same design; the component count is exact.
 *
 * <p>The one generator of the tests: {@link #unplaced} (no layout, for the automatic placement) and {@link
 * #regionChain} (a simpler chain of regions) are the two other shapes tests and figures were made with.
 */
public final class GeneratedDesigns {
    private static final double TEAM_W = 1200;
    private static final double TEAM_H = 700;

    private record Site(String provider, String region, List<String> instanceTypes) {}

    private static final Map<String, List<Site>> SITES = new HashMap<>();

    static {
        SITES.put(
                "aws",
                List.of(
                        new Site("aws", "eu-central-1", List.of("p4d.24xlarge", "g5.xlarge", "g6e.xlarge")),
                        new Site("aws", "eu-west-1", List.of("p4d.24xlarge", "g5.xlarge")),
                        new Site("aws", "eu-north-1", List.of("p5.48xlarge", "p4d.24xlarge")),
                        new Site("aws", "us-east-1", List.of("p5.48xlarge", "p4d.24xlarge", "trn1.32xlarge")),
                        new Site("aws", "us-west-2", List.of("p5.48xlarge", "p4d.24xlarge", "trn1.32xlarge")),
                        new Site("aws", "ap-northeast-1", List.of("p5.48xlarge", "p4d.24xlarge"))));
        SITES.put(
                "azure",
                List.of(
                        new Site(
                                "azure", "westeurope", List.of("Standard_ND96isr_H100_v5", "Standard_NC24ads_A100_v4")),
                        new Site(
                                "azure",
                                "swedencentral",
                                List.of("Standard_ND96isr_H100_v5", "Standard_NC24ads_A100_v4")),
                        new Site("azure", "eastus", List.of("Standard_ND96isr_H100_v5", "Standard_NC24ads_A100_v4")),
                        new Site("azure", "westus2", List.of("Standard_ND96isr_H100_v5", "Standard_NC24ads_A100_v4")),
                        new Site("azure", "uksouth", List.of("Standard_ND96isr_H100_v5", "Standard_NC24ads_A100_v4"))));
        List<String> gcpTypes = List.of("a3-highgpu-8g", "a2-highgpu-1g", "g2-standard-4");
        SITES.put(
                "gcp",
                List.of(
                        new Site("gcp", "europe-west4", gcpTypes),
                        new Site("gcp", "europe-west3", gcpTypes),
                        new Site("gcp", "us-central1", gcpTypes),
                        new Site("gcp", "us-east4", gcpTypes),
                        new Site("gcp", "asia-northeast1", gcpTypes)));
        List<String> lambdaTypes = List.of("gpu_8x_h100_sxm5", "gpu_1x_a100_sxm4");
        SITES.put(
                "lambda",
                List.of(
                        new Site("lambda", "us-east-1", lambdaTypes),
                        new Site("lambda", "us-west-1", lambdaTypes),
                        new Site("lambda", "us-south-1", lambdaTypes)));
    }

    private static final String[] PROVIDERS = {"aws", "azure", "gcp", "aws", "gcp", "lambda"};

    private static final String[] UNPLACED_PROVIDERS = {"aws", "azure", "gcp", "oci", "lambda", "coreweave", "nebius"};
    private static final String[][] UNPLACED_REGIONS = {
        {"eu-central-1", "eu-west-3", "us-east-1", "us-west-2", "ap-northeast-1", "eu-north-1"},
        {"westeurope", "francecentral", "eastus", "westus2", "japaneast", "swedencentral"},
        {"europe-west4", "europe-west9", "us-central1", "us-west1", "asia-northeast1", "europe-north1"},
        {"eu-frankfurt-1", "eu-paris-1", "us-ashburn-1", "us-phoenix-1", "ap-tokyo-1", "eu-stockholm-1"},
        {"europe-central-1", "us-east-1", "us-west-1", "us-south-1", "asia-northeast-1", "us-midwest-1"},
        {"EU-SOUTH-1", "US-EAST-04", "US-WEST-01", "US-CENTRAL-01", "CA-EAST-01", "EU-WEST-01"},
        {"eu-north1", "eu-west1", "us-central1", "me-west1", "eu-north2", "us-east1"}
    };
    private static final String[] UNPLACED_INSTANCES = {
        "p5.48xlarge", "ND96isr_H100_v5", "a3-highgpu-8g", "BM.GPU.H100.8"
    };

    private GeneratedDesigns() {}

    /**
     * A generated design of {@code components} components followed by {@code populations} populations of
     * users in the most populous cities of the bundled list, each served by one to three random pipelines
     * that run on a pool, with a random share and a budget of 50, 80, 120 or 200 ms.
     */
    public static Design withPopulations(int components, int populations, long seed) {
        Design base = generate(components, seed);
        Random rnd = new Random(seed ^ 0x5EEDL);
        List<Component.Pipeline> pipelines = new ArrayList<>();
        for (Component.Pipeline p : base.componentsOf(Component.Pipeline.class)) {
            if (!base.outgoing(p.id()).stream()
                    .filter(k -> k.type() == ConnectionType.RUNS_ON)
                    .toList()
                    .isEmpty()) {
                pipelines.add(p);
            }
        }
        List<dev.skyloom.model.latency.Place> cities =
                dev.skyloom.model.latency.Places.bundled().all();
        List<Component> comps = new ArrayList<>(base.components());
        List<Connection> conns = new ArrayList<>(base.connections());
        Map<String, Bounds> layout = new HashMap<>(base.layout());
        int[] budgets = {50, 80, 120, 200};
        for (int i = 0; i < populations; i++) {
            String id = "users-" + i;
            dev.skyloom.model.latency.Place city = cities.get(i % cities.size());
            comps.add(Component.Users.inCity(
                    id,
                    city.name(),
                    city.key(),
                    BigDecimal.valueOf(1 + rnd.nextInt(20)),
                    BigDecimal.valueOf(budgets[rnd.nextInt(budgets.length)])));
            layout.put(id, new Bounds(-400, 40 + i * 100.0, 160, 60));
            int servers = pipelines.isEmpty() ? 0 : 1 + rnd.nextInt(3);
            for (int k = 0; k < servers; k++) {
                String pipeline = pipelines.get(rnd.nextInt(pipelines.size())).id();
                conns.add(new Connection(
                        "serve-" + i + "-" + k, ConnectionType.SERVES, pipeline, id, BigDecimal.ONE, Map.of()));
            }
        }
        return new Design(
                base.name() + " with " + populations + " populations",
                base.currency(),
                base.assumptions(),
                base.dataClasses(),
                comps,
                conns,
                layout,
                base.extras());
    }

    /**
     * A generated design of {@code components} components plus an identity provider that federates every
     * other provider container but the last (a gap for the check to find) and a telemetry sink in the
     * first region that every region and pipeline ships to (0.1 TB a month; pipelines' logs carry every
     * data class), so the governance check and the telemetry flows of the residency check have work.
     */
    public static Design withGovernance(int components, long seed) {
        Design base = generate(components, seed);
        List<Component> comps = new ArrayList<>(base.components());
        List<Connection> conns = new ArrayList<>(base.connections());
        String firstRegion = base.componentsOf(Component.Region.class).get(0).id();
        comps.add(new Component.Identity(
                "idp", "Identity", java.util.Optional.of(firstRegion), dev.skyloom.model.IdentityKind.OKTA, Map.of()));
        comps.add(new Component.Telemetry(
                "sink",
                "Logs",
                java.util.Optional.of(firstRegion),
                dev.skyloom.model.TelemetryHosting.CLOUD,
                "",
                List.of(),
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                Map.of()));
        List<String> classes =
                base.dataClasses().stream().map(dev.skyloom.model.DataClass::id).toList();
        List<Component.Provider> providers = base.componentsOf(Component.Provider.class);
        for (int i = 0; i < providers.size() - 1; i++) {
            conns.add(new Connection(
                    "fed-" + i,
                    ConnectionType.FEDERATES,
                    "idp",
                    providers.get(i).id(),
                    BigDecimal.ZERO,
                    Map.of()));
        }
        int k = 0;
        for (Component c : base.components()) {
            if (c instanceof Component.Region || c instanceof Component.Pipeline) {
                conns.add(new Connection(
                        "tel-" + k++,
                        ConnectionType.SHIPS_TELEMETRY,
                        c.id(),
                        "sink",
                        new BigDecimal("0.1"),
                        c instanceof Component.Pipeline ? classes : List.of(),
                        Map.of()));
            }
        }
        return new Design(
                base.name() + " governed",
                base.currency(),
                base.assumptions(),
                base.dataClasses(),
                comps,
                conns,
                base.layout(),
                base.extras());
    }

    /** A design of exactly {@code components} components (at least 0), the same for the same seed. */
    public static Design generate(int components, long seed) {
        if (components < 0) {
            throw new IllegalArgumentException("components must not be negative: " + components);
        }
        return new Builder(components, new Random(seed)).build();
    }

    /**
     * A design of about {@code size} components (the tests' older shape, kept for their inputs): three providers, a
     * region per ten components, in each region GPU pools and storage, pipelines reading and writing
     * storage of their region and running on its pools, storage replicated to the next region, and a
     * layout entry for every component. Deterministic.
     */
    public static Design regionChain(int size) {
        String[][] clouds = {
            {"aws", "eu-central-1", "p5.48xlarge"},
            {"azure", "westeurope", "Standard_ND96isr_H100_v5"},
            {"gcp", "europe-west4", "a3-highgpu-8g"}
        };
        List<Component> components = new ArrayList<>(size + 8);
        List<Connection> connections = new ArrayList<>(size * 2);
        Map<String, Bounds> layout = new LinkedHashMap<>();
        for (String[] cloud : clouds) {
            components.add(TestDesigns.provider(cloud[0], cloud[0]));
        }
        int regions = Math.max(1, size / 10);
        String previousLake = null;
        for (int r = 0; r < regions; r++) {
            String[] cloud = clouds[r % clouds.length];
            String region = "r" + r;
            components.add(TestDesigns.region(region, cloud[0], cloud[1]));
            String lake = region + "-lake";
            components.add(
                    TestDesigns.storage(lake, region, "Lake " + r, "object", String.valueOf(10 + r % 90), List.of()));
            if (previousLake != null) {
                connections.add(TestDesigns.connection(
                        region + "-rep", ConnectionType.REPLICATES_TO, previousLake, lake, "1.5"));
            }
            previousLake = lake;
            for (int i = 0; i < 3; i++) {
                components.add(TestDesigns.pool(region + "-pool" + i, region, cloud[2], 1 + (r + i) % 8));
            }
            for (int i = 0; i < 3; i++) {
                String pipeline = region + "-job" + i;
                components.add(new Component.Pipeline(
                        pipeline,
                        "Job " + r + "." + i,
                        Optional.of(region),
                        Survives.values()[(r + i) % 3],
                        List.of(),
                        Map.of()));
                connections.add(TestDesigns.connection(pipeline + "-r", ConnectionType.READS, pipeline, lake, "0.25"));
                connections.add(TestDesigns.connection(pipeline + "-w", ConnectionType.WRITES, pipeline, lake, "0.1"));
                connections.add(TestDesigns.connection(
                        pipeline + "-on", ConnectionType.RUNS_ON, pipeline, region + "-pool" + i, "0"));
            }
        }
        for (int i = 0; i < components.size(); i++) {
            layout.put(components.get(i).id(), new Bounds((i % 100) * 120.0, (i / 100) * 90.0, 100, 60));
        }
        return new Design(
                "Generated " + size, "USD", Assumptions.DEFAULT, List.of(), components, connections, layout, Map.of());
    }

    /**
     * About {@code n} components of a realistic shape and no layout entries, so the automatic placement is
     * exercised too (the frame-time harness's {@code --auto-layout}): providers of seven kinds holding regions
     * of 10 (the region, 4 pools, 3 storage, 2 pipelines), pipelines reading, writing and running in their
     * region, some cross-region replication. Deterministic per seed.
     */
    public static Design unplaced(int n, long seed) {
        Random rnd = new Random(seed);
        Map<String, String> none = Map.of();
        List<Component> comps = new ArrayList<>();
        List<Connection> conns = new ArrayList<>();
        int regionsPerProvider = 10;
        int regionCount = Math.max(1, n / 10);
        int providers = Math.max(1, (regionCount + regionsPerProvider - 1) / regionsPerProvider);
        List<String> allStorage = new ArrayList<>();
        int made = 0;
        for (int p = 0; p < providers && made < regionCount; p++) {
            int kind = p % UNPLACED_PROVIDERS.length;
            String pid = "p" + p;
            comps.add(new Component.Provider(pid, "", UNPLACED_PROVIDERS[kind], none));
            for (int r = 0; r < regionsPerProvider && made < regionCount; r++, made++) {
                String rid = pid + "-r" + r;
                String code = UNPLACED_REGIONS[kind][r % UNPLACED_REGIONS[kind].length];
                comps.add(new Component.Region(rid, "", Optional.of(pid), code, Optional.empty(), none));
                for (int g = 0; g < 4; g++) {
                    comps.add(new Component.GpuPool(
                            rid + "-gpu" + g,
                            "Pool " + (g + 1),
                            Optional.of(rid),
                            UNPLACED_INSTANCES[(kind + g) % UNPLACED_INSTANCES.length],
                            1 + rnd.nextInt(16),
                            Pricing.values()[rnd.nextInt(Pricing.values().length)],
                            Component.GpuPool.DEFAULT_HOURS,
                            Optional.empty(),
                            none));
                }
                for (int s = 0; s < 3; s++) {
                    String sid = rid + "-st" + s;
                    comps.add(new Component.Storage(
                            sid,
                            "Store " + (s + 1),
                            Optional.of(rid),
                            s == 2 ? "archive" : "object",
                            BigDecimal.valueOf(10 + rnd.nextInt(500)),
                            List.of(),
                            Optional.empty(),
                            none));
                    allStorage.add(sid);
                }
                for (int q = 0; q < 2; q++) {
                    String qid = rid + "-pl" + q;
                    comps.add(new Component.Pipeline(
                            qid, "Pipeline " + (q + 1), Optional.of(rid), Survives.NONE, List.of(), none));
                    conns.add(unplacedConnection(qid + "-r", ConnectionType.READS, qid, rid + "-st" + q, rnd));
                    conns.add(unplacedConnection(qid + "-w", ConnectionType.WRITES, qid, rid + "-st" + (q + 1), rnd));
                    conns.add(unplacedConnection(qid + "-g", ConnectionType.RUNS_ON, qid, rid + "-gpu" + (q * 2), rnd));
                }
            }
        }
        for (int i = 0; i + 1 < allStorage.size(); i += 9) {
            String from = allStorage.get(i);
            String to = allStorage.get((i + 3 + rnd.nextInt(Math.max(1, allStorage.size() - 4))) % allStorage.size());
            if (!from.equals(to)) {
                conns.add(unplacedConnection("rep" + i, ConnectionType.REPLICATES_TO, from, to, rnd));
            }
        }
        return new Design(
                "Synthetic " + comps.size(), "USD", Assumptions.DEFAULT, List.of(), comps, conns, Map.of(), none);
    }

    private static Connection unplacedConnection(String id, ConnectionType type, String from, String to, Random rnd) {
        BigDecimal tb = type == ConnectionType.RUNS_ON ? BigDecimal.ZERO : BigDecimal.valueOf(1 + rnd.nextInt(40));
        return new Connection(id, type, from, to, tb, Map.of());
    }

    private static final class Builder {
        private final int budget;
        private final Random rnd;
        private final List<Component> components = new ArrayList<>();
        private final List<Connection> connections = new ArrayList<>();
        private final Map<String, Bounds> layout = new HashMap<>();
        private final List<String> allStorage = new ArrayList<>();
        private int conn;

        Builder(int budget, Random rnd) {
            this.budget = budget;
            this.rnd = rnd;
        }

        private boolean room() {
            return components.size() < budget;
        }

        Design build() {
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(Math.max(1, budget / 40.0))));
            for (int team = 0; room(); team++) {
                team(team, (team % columns) * (TEAM_W + 80) + 40, (team / columns) * (TEAM_H + 80) + 40);
            }
            List<DataClass> classes = List.of(
                    new DataClass("eu-personal", "EU personal data", List.of("EU", "EEA"), Map.of()),
                    new DataClass("us-health", "US health records", List.of("US"), Map.of()),
                    new DataClass("public", "Public data", List.of(), Map.of()));
            return new Design(
                    "Generated " + budget,
                    "USD",
                    Assumptions.DEFAULT,
                    classes,
                    components,
                    connections,
                    layout,
                    Map.of());
        }

        private void team(int team, double x, double y) {
            String provider = PROVIDERS[team % PROVIDERS.length];
            List<Site> sites = SITES.get(provider);
            String t = "t" + team;
            String providerId = t + "-" + provider;
            add(
                    new Component.Provider(providerId, "Team " + team + " " + provider, provider, Map.of()),
                    new Bounds(x, y, TEAM_W, TEAM_H));
            int regionCount = 2 + rnd.nextInt(2);
            int first = rnd.nextInt(sites.size());
            List<String> regions = new ArrayList<>();
            List<Site> regionSites = new ArrayList<>();
            double regionW = (TEAM_W - 40) / regionCount;
            for (int r = 0; r < regionCount && room(); r++) {
                Site site = sites.get((first + r) % sites.size());
                String id = t + "-" + site.region() + "-" + r;
                add(
                        new Component.Region(
                                id, site.region(), Optional.of(providerId), site.region(), Optional.empty(), Map.of()),
                        new Bounds(x + 20 + r * regionW, y + 40, regionW - 20, TEAM_H - 200));
                regions.add(id);
                regionSites.add(site);
            }
            List<String> pools = new ArrayList<>();
            List<String> storage = new ArrayList<>();
            List<String> primary = new ArrayList<>();
            int leaves = 4 + rnd.nextInt(4);
            for (int r = 0; r < regions.size(); r++) {
                Site site = regionSites.get(r);
                boolean eu = site.region().contains("eu") || site.region().contains("sweden");
                for (int k = 0; k < leaves && room(); k++) {
                    double lx = x + 30 + r * regionW + (k % 3) * (regionW - 40) / 3;
                    double ly = y + 80 + (k / 3) * 90;
                    if (k % 2 == 0) {
                        String id = t + "-pool-" + r + "-" + k;
                        String type = site.instanceTypes()
                                .get(rnd.nextInt(site.instanceTypes().size()));
                        Pricing pricing = Pricing.values()[rnd.nextInt(3) == 0 ? 2 : 0];
                        add(
                                new Component.GpuPool(
                                        id,
                                        "",
                                        Optional.of(regions.get(r)),
                                        type,
                                        1 + rnd.nextInt(16),
                                        pricing,
                                        Component.GpuPool.DEFAULT_HOURS,
                                        Optional.empty(),
                                        Map.of()),
                                new Bounds(lx, ly, 110, 60));
                        pools.add(id);
                    } else {
                        String id = t + "-store-" + r + "-" + k;
                        String holds = eu ? "eu-personal" : site.region().startsWith("us") ? "us-health" : "public";
                        add(
                                new Component.Storage(
                                        id,
                                        "",
                                        Optional.of(regions.get(r)),
                                        "object",
                                        BigDecimal.valueOf(1 + rnd.nextInt(500)),
                                        r == 0 ? List.of(holds) : List.of(),
                                        Optional.empty(),
                                        Map.of()),
                                new Bounds(lx, ly, 110, 60));
                        storage.add(id);
                        if (r == 0) {
                            primary.add(id);
                        } else if (!primary.isEmpty()) {
                            connect(ConnectionType.REPLICATES_TO, primary.get(rnd.nextInt(primary.size())), id);
                        }
                    }
                }
            }
            int pipelines = 3 + rnd.nextInt(5);
            for (int p = 0; p < pipelines && room(); p++) {
                String id = t + "-pipe-" + p;
                Survives survives =
                        p == 0 ? Survives.REGION : p == 1 && rnd.nextBoolean() ? Survives.PROVIDER : Survives.NONE;
                add(
                        new Component.Pipeline(
                                id, "Pipeline " + p, Optional.of(providerId), survives, List.of(), Map.of()),
                        new Bounds(x + 30 + p * 140, y + TEAM_H - 120, 120, 60));
                if (!pools.isEmpty()) {
                    connect(ConnectionType.RUNS_ON, id, pools.get(rnd.nextInt(pools.size())));
                    if (rnd.nextBoolean() || survives != Survives.NONE) {
                        connect(ConnectionType.RUNS_ON, id, pools.get(rnd.nextInt(pools.size())));
                    }
                }
                if (!storage.isEmpty()) {
                    connectTb(ConnectionType.READS, id, storage.get(rnd.nextInt(storage.size())));
                    if (rnd.nextInt(3) > 0) {
                        connectTb(ConnectionType.WRITES, id, storage.get(rnd.nextInt(storage.size())));
                    }
                }
                if (!allStorage.isEmpty() && rnd.nextInt(20) == 0) {
                    connectTb(ConnectionType.READS, id, allStorage.get(rnd.nextInt(allStorage.size())));
                }
            }
            allStorage.addAll(storage);
        }

        private void add(Component c, Bounds b) {
            components.add(c);
            layout.put(c.id(), b);
        }

        private void connect(ConnectionType type, String from, String to) {
            if (from.equals(to)) {
                return;
            }
            connections.add(new Connection("k" + conn++, type, from, to, BigDecimal.ZERO, Map.of()));
        }

        private void connectTb(ConnectionType type, String from, String to) {
            connections.add(
                    new Connection("k" + conn++, type, from, to, BigDecimal.valueOf(1 + rnd.nextInt(40)), Map.of()));
        }
    }
}
