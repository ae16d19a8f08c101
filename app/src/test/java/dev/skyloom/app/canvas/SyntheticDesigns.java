package dev.skyloom.app.canvas;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Large designs of a realistic shape for the frame-time harness: providers holding regions holding
 * pools and storage, pipelines in regions reading, writing and running there, and some cross-region
 * replication. No layout entries, so the automatic placement is exercised too. Deterministic per seed.
 */
public final class SyntheticDesigns {
    private static final String[] PROVIDERS = {"aws", "azure", "gcp", "oci", "lambda", "coreweave", "nebius"};
    private static final String[][] REGIONS = {
        {"eu-central-1", "eu-west-3", "us-east-1", "us-west-2", "ap-northeast-1", "eu-north-1"},
        {"westeurope", "francecentral", "eastus", "westus2", "japaneast", "swedencentral"},
        {"europe-west4", "europe-west9", "us-central1", "us-west1", "asia-northeast1", "europe-north1"},
        {"eu-frankfurt-1", "eu-paris-1", "us-ashburn-1", "us-phoenix-1", "ap-tokyo-1", "eu-stockholm-1"},
        {"europe-central-1", "us-east-1", "us-west-1", "us-south-1", "asia-northeast-1", "us-midwest-1"},
        {"EU-SOUTH-1", "US-EAST-04", "US-WEST-01", "US-CENTRAL-01", "CA-EAST-01", "EU-WEST-01"},
        {"eu-north1", "eu-west1", "us-central1", "me-west1", "eu-north2", "us-east1"}
    };
    private static final String[] INSTANCES = {"p5.48xlarge", "ND96isr_H100_v5", "a3-highgpu-8g", "BM.GPU.H100.8"};

    private SyntheticDesigns() {}

    /** About {@code n} components (regions of 10: the region, 4 pools, 3 storage, 2 pipelines). */
    public static Design generate(int n, long seed) {
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
            int kind = p % PROVIDERS.length;
            String pid = "p" + p;
            comps.add(new Component.Provider(pid, "", PROVIDERS[kind], none));
            for (int r = 0; r < regionsPerProvider && made < regionCount; r++, made++) {
                String rid = pid + "-r" + r;
                String code = REGIONS[kind][r % REGIONS[kind].length];
                comps.add(new Component.Region(rid, "", Optional.of(pid), code, Optional.empty(), none));
                for (int g = 0; g < 4; g++) {
                    comps.add(new Component.GpuPool(
                            rid + "-gpu" + g,
                            "Pool " + (g + 1),
                            Optional.of(rid),
                            INSTANCES[(kind + g) % INSTANCES.length],
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
                    conns.add(connection(qid + "-r", ConnectionType.READS, qid, rid + "-st" + q, rnd));
                    conns.add(connection(qid + "-w", ConnectionType.WRITES, qid, rid + "-st" + (q + 1), rnd));
                    conns.add(connection(qid + "-g", ConnectionType.RUNS_ON, qid, rid + "-gpu" + (q * 2), rnd));
                }
            }
        }
        for (int i = 0; i + 1 < allStorage.size(); i += 9) {
            String from = allStorage.get(i);
            String to = allStorage.get((i + 3 + rnd.nextInt(Math.max(1, allStorage.size() - 4))) % allStorage.size());
            if (!from.equals(to)) {
                conns.add(connection("rep" + i, ConnectionType.REPLICATES_TO, from, to, rnd));
            }
        }
        return new Design(
                "Synthetic " + comps.size(), "USD", Assumptions.DEFAULT, List.of(), comps, conns, Map.of(), none);
    }

    private static Connection connection(String id, ConnectionType type, String from, String to, Random rnd) {
        BigDecimal tb = type == ConnectionType.RUNS_ON ? BigDecimal.ZERO : BigDecimal.valueOf(1 + rnd.nextInt(40));
        return new Connection(id, type, from, to, tb, Map.of());
    }
}
