package dev.skyloom.model.simulate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an outage does: the region components that fail (document order), every component lost with them
 * (document order), the pipelines that stay up and those that go down (with the reason), and the GPU
 * capacity that survives. GPU counts are accelerators (instances × accelerators per instance, from the
 * catalog); hourly spend is count × unit price per instance-hour. Pools whose accelerators or price are
 * unknown are listed apart and left out of those figures, never counted as 0.
 */
public record OutageResult(
        Outage outage,
        List<String> failedRegions,
        List<String> lostComponents,
        List<String> pipelinesUp,
        List<DownPipeline> pipelinesDown,
        double survivingGpus,
        double totalGpus,
        BigDecimal survivingHourly,
        BigDecimal totalHourly,
        List<String> poolsWithUnknownGpus,
        List<String> poolsWithUnknownPrice) {

    /** A pipeline that goes down, and why ({@code cause}: the failed pool or storage that took it down, or empty). */
    public record DownPipeline(String id, String cause, String reason) {
        public DownPipeline {
            Objects.requireNonNull(id, "id");
            cause = cause == null ? "" : cause;
            Objects.requireNonNull(reason, "reason");
        }
    }

    public OutageResult {
        Objects.requireNonNull(outage, "outage");
        failedRegions = List.copyOf(failedRegions);
        lostComponents = List.copyOf(lostComponents);
        pipelinesUp = List.copyOf(pipelinesUp);
        pipelinesDown = List.copyOf(pipelinesDown);
        Objects.requireNonNull(survivingHourly, "survivingHourly");
        Objects.requireNonNull(totalHourly, "totalHourly");
        poolsWithUnknownGpus = List.copyOf(poolsWithUnknownGpus);
        poolsWithUnknownPrice = List.copyOf(poolsWithUnknownPrice);
    }

    /** Ids of the pipelines that go down, in document order. */
    public List<String> downIds() {
        return pipelinesDown.stream().map(DownPipeline::id).toList();
    }
}
