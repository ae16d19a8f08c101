package dev.skyloom.export;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A multi-cloud design for exporter tests, made with {@link TestDesigns}. */
public final class Fixtures {
    private Fixtures() {}

    /** Every provider the exporter maps, a GPU cloud without a provider, a custom site, replication of each kind. */
    public static Design multiCloud() {
        List<Component> c = new ArrayList<>();
        c.add(TestDesigns.provider("aws", "aws"));
        c.add(TestDesigns.region("aws-use1", "aws", "us-east-1"));
        c.add(TestDesigns.region("aws-usw2", "aws", "us-west-2"));
        c.add(TestDesigns.pool("train", "aws-use1", "p5.48xlarge", 16).withName("Training pool"));
        c.add(TestDesigns.storage("lake", "aws-use1", "Data lake", "object", "200", List.of()));
        c.add(TestDesigns.storage("lake-dr", "aws-usw2", "Data lake DR", "S3 Standard", "200", List.of()));
        c.add(TestDesigns.storage("scratch", "aws-use1", "Scratch", "EBS gp3", "2", List.of()));
        c.add(TestDesigns.provider("azure", "azure"));
        c.add(TestDesigns.region("az-weu", "azure", "westeurope"));
        c.add(TestDesigns.region("az-neu", "azure", "northeurope"));
        c.add(TestDesigns.pool("nd-pool", "az-weu", "Standard_ND96isr_H100_v5", 8)
                .withName("ND H100"));
        c.add(TestDesigns.storage("eu-data", "az-weu", "EU datasets", "Blob Hot", "50", List.of()));
        c.add(TestDesigns.storage("eu-data-copy", "az-neu", "EU datasets copy", "object", "50", List.of()));
        c.add(TestDesigns.provider("gcp", "gcp"));
        c.add(TestDesigns.region("gcp-euw4", "gcp", "europe-west4"));
        c.add(TestDesigns.pool("a3", "gcp-euw4", "a3-highgpu-8g", 4).withName("A3 pool"));
        c.add(TestDesigns.pool("t4", "gcp-euw4", "T4 x2", 3).withName("T4 pool"));
        c.add(TestDesigns.storage("features", "gcp-euw4", "Feature store", "Standard", "10", List.of()));
        c.add(TestDesigns.storage("shared-fs", "gcp-euw4", "Shared FS", "file", "3", List.of()));
        c.add(TestDesigns.provider("oci", "oci"));
        c.add(TestDesigns.region("oci-fra", "oci", "eu-frankfurt-1"));
        c.add(TestDesigns.region("oci-ams", "oci", "eu-amsterdam-1"));
        c.add(TestDesigns.pool("bm", "oci-fra", "BM.GPU.H100.8", 2).withName("BM pool"));
        c.add(TestDesigns.storage("ckpt", "oci-fra", "Checkpoints", "object", "20", List.of()));
        c.add(TestDesigns.storage("ckpt-dr", "oci-ams", "Checkpoints DR", "object", "20", List.of()));
        c.add(TestDesigns.provider("lambda", "lambda"));
        c.add(TestDesigns.region("lambda-tx", "lambda", "us-south-1"));
        c.add(TestDesigns.pool("lambda-pool", "lambda-tx", "gpu_8x_h100_sxm5", 2)
                .withName("Lambda H100"));
        c.add(TestDesigns.provider("onprem", "onprem"));
        c.add(new Component.Region("dc", "Basement", Optional.of("onprem"), "custom", Optional.of("DE"), Map.of()));
        c.add(TestDesigns.storage("tape", "dc", "Tape archive", "archive", "500", List.of()));
        c.add(new Component.Pipeline("etl", "Feature ETL", Optional.empty(), Survives.REGION, List.of(), Map.of()));
        List<Connection> k = List.of(
                TestDesigns.connection("r1", ConnectionType.REPLICATES_TO, "lake", "lake-dr", "2"),
                TestDesigns.connection("r2", ConnectionType.REPLICATES_TO, "eu-data", "eu-data-copy", "1"),
                TestDesigns.connection("r3", ConnectionType.REPLICATES_TO, "ckpt", "ckpt-dr", "1"),
                TestDesigns.connection("r4", ConnectionType.REPLICATES_TO, "lake", "features", "1"),
                TestDesigns.connection("c1", ConnectionType.READS, "etl", "lake", "5"),
                TestDesigns.connection("c2", ConnectionType.RUNS_ON, "etl", "train", "0"));
        return TestDesigns.design("Multi-cloud \"training\" estate", c, k);
    }
}
