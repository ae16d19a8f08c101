package dev.skyloom.export;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-code designs and a tiny catalog for exporter tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Catalog smallCatalog() {
        List<StorageClass> storage = List.of(
                storage("aws", "S3 Standard", StorageFamily.OBJECT, "us-east-1", "0.023"),
                storage("aws", "EBS gp3", StorageFamily.BLOCK, "us-east-1", "0.08"),
                storage("azure", "Blob Hot", StorageFamily.OBJECT, "westeurope", "0.0196"),
                storage("gcp", "Standard", StorageFamily.OBJECT, "europe-west4", "0.02"),
                storage(
                        "oci",
                        "Object Storage - Standard tier for frequent access",
                        StorageFamily.OBJECT,
                        "eu-frankfurt-1",
                        "0.0255"));
        return new Catalog(
                LocalDate.of(2026, 8, 1),
                List.of(new CatalogSource("TEST", "test fixture", "2026-08-01", "")),
                List.of(),
                List.of(),
                List.of(),
                storage,
                List.of());
    }

    private static StorageClass storage(
            String provider, String name, StorageFamily family, String region, String price) {
        Price p = new Price(new BigDecimal(price), "USD", "GB-month", "TEST", "2026-08-01", false);
        return new StorageClass(
                provider, name, family, "", true, Map.of(region, p), Optional.of(p), Optional.of(region));
    }

    public static Component.Provider provider(String id, String provider) {
        return new Component.Provider(id, "", provider, Map.of());
    }

    public static Component.Region region(String id, String parent, String code) {
        return new Component.Region(id, "", Optional.of(parent), code, Optional.empty(), Map.of());
    }

    public static Component.GpuPool pool(String id, String name, String parent, String type, int count) {
        return new Component.GpuPool(
                id,
                name,
                Optional.of(parent),
                type,
                count,
                Pricing.ON_DEMAND,
                BigDecimal.valueOf(730),
                Optional.empty(),
                Map.of());
    }

    public static Component.Storage storage(String id, String name, String parent, String cls, String tb) {
        return new Component.Storage(
                id, name, Optional.of(parent), cls, new BigDecimal(tb), List.of(), Optional.empty(), Map.of());
    }

    public static Connection connection(String id, ConnectionType type, String from, String to, String tb) {
        return new Connection(id, type, from, to, new BigDecimal(tb), Map.of());
    }

    public static Design design(String name, List<Component> components, List<Connection> connections) {
        return new Design(name, "USD", Assumptions.DEFAULT, List.of(), components, connections, Map.of(), Map.of());
    }

    /** Every provider the exporter maps, a GPU cloud without a provider, a custom site, replication of each kind. */
    public static Design multiCloud() {
        List<Component> c = new ArrayList<>();
        c.add(provider("aws", "aws"));
        c.add(region("aws-use1", "aws", "us-east-1"));
        c.add(region("aws-usw2", "aws", "us-west-2"));
        c.add(pool("train", "Training pool", "aws-use1", "p5.48xlarge", 16));
        c.add(storage("lake", "Data lake", "aws-use1", "object", "200"));
        c.add(storage("lake-dr", "Data lake DR", "aws-usw2", "S3 Standard", "200"));
        c.add(storage("scratch", "Scratch", "aws-use1", "EBS gp3", "2"));
        c.add(provider("azure", "azure"));
        c.add(region("az-weu", "azure", "westeurope"));
        c.add(region("az-neu", "azure", "northeurope"));
        c.add(pool("nd-pool", "ND H100", "az-weu", "Standard_ND96isr_H100_v5", 8));
        c.add(storage("eu-data", "EU datasets", "az-weu", "Blob Hot", "50"));
        c.add(storage("eu-data-copy", "EU datasets copy", "az-neu", "object", "50"));
        c.add(provider("gcp", "gcp"));
        c.add(region("gcp-euw4", "gcp", "europe-west4"));
        c.add(pool("a3", "A3 pool", "gcp-euw4", "a3-highgpu-8g", 4));
        c.add(pool("t4", "T4 pool", "gcp-euw4", "T4 x2", 3));
        c.add(storage("features", "Feature store", "gcp-euw4", "Standard", "10"));
        c.add(storage("shared-fs", "Shared FS", "gcp-euw4", "file", "3"));
        c.add(provider("oci", "oci"));
        c.add(region("oci-fra", "oci", "eu-frankfurt-1"));
        c.add(region("oci-ams", "oci", "eu-amsterdam-1"));
        c.add(pool("bm", "BM pool", "oci-fra", "BM.GPU.H100.8", 2));
        c.add(storage("ckpt", "Checkpoints", "oci-fra", "object", "20"));
        c.add(storage("ckpt-dr", "Checkpoints DR", "oci-ams", "object", "20"));
        c.add(provider("lambda", "lambda"));
        c.add(region("lambda-tx", "lambda", "us-south-1"));
        c.add(pool("lambda-pool", "Lambda H100", "lambda-tx", "gpu_8x_h100_sxm5", 2));
        c.add(provider("onprem", "onprem"));
        c.add(new Component.Region("dc", "Basement", Optional.of("onprem"), "custom", Optional.of("DE"), Map.of()));
        c.add(storage("tape", "Tape archive", "dc", "archive", "500"));
        c.add(new Component.Pipeline("etl", "Feature ETL", Optional.empty(), Survives.REGION, List.of(), Map.of()));
        List<Connection> k = List.of(
                connection("r1", ConnectionType.REPLICATES_TO, "lake", "lake-dr", "2"),
                connection("r2", ConnectionType.REPLICATES_TO, "eu-data", "eu-data-copy", "1"),
                connection("r3", ConnectionType.REPLICATES_TO, "ckpt", "ckpt-dr", "1"),
                connection("r4", ConnectionType.REPLICATES_TO, "lake", "features", "1"),
                connection("c1", ConnectionType.READS, "etl", "lake", "5"),
                connection("c2", ConnectionType.RUNS_ON, "etl", "train", "0"));
        return design("Multi-cloud \"training\" estate", c, k);
    }
}
