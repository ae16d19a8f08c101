package dev.skyloom.model.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutageSimulationTest {
    private static Design design() {
        return new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("p-fra", "fra", "p5.48xlarge", 2)
                .pool("p-iad", "iad", "p5.48xlarge", 1)
                .pool("p-ams", "ams", "a3-highgpu-8g", 1)
                .storage("lake", "fra", "object", "1")
                .storage("copy", "ams", "object", "1")
                .replicates("lake", "copy")
                .pipeline("train", null, Survives.REGION)
                .runsOn("train", "p-fra")
                .runsOn("train", "p-ams")
                .reads("train", "lake")
                .pipeline("serve", null, Survives.NONE)
                .runsOn("serve", "p-iad")
                .pipeline("batch", "fra", Survives.NONE)
                .runsOn("batch", "p-fra")
                .writes("batch", "lake")
                .build();
    }

    private final OutageSimulation sim = OutageSimulation.of(design(), TinyCatalog.create());

    @Test
    void regionOutageLosesItsComponentsAndThePipelinesWithoutAlternative() {
        OutageResult r = sim.run(Outage.of("eu-central-1"));

        assertEquals(List.of("fra"), r.failedRegions());
        assertEquals(List.of("fra", "p-fra", "lake", "batch"), r.lostComponents());
        assertEquals(List.of("train", "serve"), r.pipelinesUp());
        assertEquals(
                List.of(new OutageResult.DownPipeline("batch", "", "all its GPU pools are lost")), r.pipelinesDown());
        // GPUs: 16 + 8 + 8 = 32 in total, 16 lost; hourly: 2 × 70 + 55.04 + 88 = 283.04, 140 lost
        assertEquals(32.0, r.totalGpus());
        assertEquals(16.0, r.survivingGpus());
        assertEquals(new BigDecimal("283.04"), r.totalHourly());
        assertEquals(new BigDecimal("143.04"), r.survivingHourly());
    }

    @Test
    void providerOutageByCatalogIdFailsAllItsRegionsAndTheProviderItself() {
        OutageResult r = sim.run(Outage.of("aws"));

        assertEquals(List.of("fra", "iad"), r.failedRegions());
        assertEquals(List.of("aws", "fra", "iad", "p-fra", "p-iad", "lake", "batch"), r.lostComponents());
        assertEquals(List.of("train"), r.pipelinesUp());
        assertEquals(List.of("serve", "batch"), r.downIds());
    }

    @Test
    void storageWithoutSurvivingCopyTakesItsPipelineDown() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .region("iad", "aws", "us-east-1")
                .provider("gcp", "gcp")
                .region("ams", "gcp", "europe-west4")
                .pool("gpu", "iad", "p5.48xlarge", 1)
                .storage("lake", "fra", "object", "1")
                .storage("copy", "ams", "object", "1")
                .replicates("lake", "copy")
                .pipeline("report")
                .runsOn("report", "gpu")
                .reads("report", "lake")
                .build();
        OutageSimulation s = OutageSimulation.of(d, TinyCatalog.create());

        assertEquals(List.of("report"), s.run(Outage.of("fra")).pipelinesUp());
        assertEquals(
                List.of(new OutageResult.DownPipeline("report", "lake", "storage lake has no copy left")),
                s.run(Outage.of("fra", "gcp")).pipelinesDown());
    }

    @Test
    void sweepTriesEverySingleRegion() {
        List<OutageResult> sweep = sim.sweepRegions();

        assertEquals(3, sweep.size());
        assertEquals(List.of("batch"), sweep.get(0).downIds());
        assertEquals(List.of("serve"), sweep.get(1).downIds());
        assertEquals(List.of(), sweep.get(2).downIds());
    }

    @Test
    void unknownTargetOrNonRegionComponentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> sim.run(Outage.of("mars")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.run(Outage.of("lake")));
        assertEquals("\"lake\" is a storage; only regions and providers can fail", e.getMessage());
    }
}
