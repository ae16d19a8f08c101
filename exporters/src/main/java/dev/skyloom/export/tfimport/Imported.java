package dev.skyloom.export.tfimport;

import java.math.BigDecimal;
import java.util.Optional;

/** What the cloud mappings found in an estate, before it becomes components; each record names its resource. */
final class Imported {
    private Imported() {}

    /**
     * GPU capacity: {@code count} instances of {@code instanceType} in a region of a provider. {@code preferredId}
     * is the id a Skyloom export tagged it with ({@code skyloom_component}), if any.
     */
    record Pool(
            String address,
            String provider,
            Optional<String> region,
            String instanceType,
            int count,
            String name,
            String group,
            Optional<String> preferredId) {}

    /** Storage of a class or family; {@code capacityTb} empty where Terraform does not say (buckets). */
    record Storage(
            String address,
            String provider,
            Optional<String> region,
            String storageClass,
            Optional<BigDecimal> capacityTb,
            String name,
            String group,
            Optional<String> preferredId) {}

    /** Same-cloud replication between two storages, by their addresses. */
    record Replication(String address, String from, String to) {}

    /** Compute without an accelerator: listed in the report, drawn only with {@code --all-compute}. */
    record Compute(
            String address, String provider, Optional<String> region, String instanceType, int count, String name) {}
}
