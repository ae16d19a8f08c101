package dev.skyloom.model.latency;

import dev.skyloom.catalog.CatalogProblem;
import dev.skyloom.catalog.CsvTable;
import dev.skyloom.catalog.RegionKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measured round-trip times between pairs of catalog regions. Values may be directional (Azure publishes
 * both directions); a look-up uses the asked direction and falls back to the reverse one.
 *
 * <p>The bundled table ({@link #azure()}) is Microsoft's "Azure network round-trip latency statistics"
 * (learn.microsoft.com/azure/networking/azure-network-latency, docs repository content under CC BY 4.0,
 * attribution Microsoft): monthly P95 round-trip times between 54 Azure regions, data set taken
 * 2026-07-30 over the 30 days before. It is P95, not the median: the check compares it with a median
 * budget, which errs on the safe side.
 */
public final class MeasuredLatencies implements LatencyModel {
    public static final String AZURE_SOURCE = "Azure network round-trip latency statistics (P95)";
    public static final String AZURE_DATE = "2026-07-30";
    private static final String AZURE_FILE = "azure-rtt-p95.csv";

    private static volatile MeasuredLatencies azure;

    private final Map<RegionKey, Map<RegionKey, RoundTrip>> pairs;

    MeasuredLatencies(Map<RegionKey, Map<RegionKey, RoundTrip>> pairs) {
        Map<RegionKey, Map<RegionKey, RoundTrip>> copy = new HashMap<>();
        pairs.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        this.pairs = Collections.unmodifiableMap(copy);
    }

    public static MeasuredLatencies empty() {
        return new MeasuredLatencies(Map.of());
    }

    /** The bundled Azure table, read once. */
    public static MeasuredLatencies azure() {
        MeasuredLatencies a = azure;
        if (a == null) {
            synchronized (MeasuredLatencies.class) {
                a = azure;
                if (a == null) {
                    a = readAzure();
                    azure = a;
                }
            }
        }
        return a;
    }

    @Override
    public Optional<RoundTrip> roundTrip(Endpoint from, Endpoint to) {
        if (from.region().isEmpty() || to.region().isEmpty()) {
            return Optional.empty();
        }
        return between(from.region().get(), to.region().get());
    }

    public Optional<RoundTrip> between(RegionKey from, RegionKey to) {
        RoundTrip direct = pairs.getOrDefault(from, Map.of()).get(to);
        if (direct != null) {
            return Optional.of(direct);
        }
        return Optional.ofNullable(pairs.getOrDefault(to, Map.of()).get(from));
    }

    /** Number of directed pairs held. */
    public int size() {
        int n = 0;
        for (Map<RegionKey, RoundTrip> m : pairs.values()) {
            n += m.size();
        }
        return n;
    }

    /** Azure display names ("Germany West Central") are the region codes with spaces and case removed. */
    static String azureCode(String displayName) {
        return displayName.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static MeasuredLatencies readAzure() {
        String text;
        try (InputStream in = MeasuredLatencies.class.getResourceAsStream(AZURE_FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + AZURE_FILE + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(AZURE_FILE, text, List.of("Source"), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bundled " + AZURE_FILE + ": " + problems.get(0));
        }
        Map<RegionKey, Map<RegionKey, RoundTrip>> pairs = new HashMap<>();
        List<String> header = table.header();
        for (CsvTable.Row row : table.rows()) {
            RegionKey from = new RegionKey("azure", azureCode(row.get("Source")));
            for (int c = 1; c < header.size(); c++) {
                String cell = row.fields().get(c);
                if (cell.isEmpty()) {
                    continue; // the diagonal
                }
                RegionKey to = new RegionKey("azure", azureCode(header.get(c)));
                RoundTrip rtt =
                        new RoundTrip(Double.parseDouble(cell), RoundTrip.Basis.MEASURED, AZURE_SOURCE, AZURE_DATE);
                pairs.computeIfAbsent(from, k -> new HashMap<>()).put(to, rtt);
            }
        }
        return new MeasuredLatencies(pairs);
    }
}
