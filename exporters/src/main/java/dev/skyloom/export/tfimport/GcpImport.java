package dev.skyloom.export.tfimport;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Google Cloud: GPU capacity from {@code google_compute_instance}, instance templates with regional or zonal
 * instance group managers, and GKE node pools (a GPU attached to an N1 VM is the catalog's {@code T4 x2}
 * form); storage from buckets (class from {@code storage_class}), persistent disks and Filestore; replication
 * from {@code google_storage_transfer_job} between two buckets (replication or transfer spec). The region is the resource's {@code region},
 * the region of its zone or location, or its provider configuration's.
 */
final class GcpImport implements CloudImport {
    /** Accelerator-optimised machine families (A2, A3, A4, G2, G4, TPU hosts). */
    private static final Pattern ACCELERATED = Pattern.compile("^(a\\d|g\\d|ct\\d|tpu).*");

    private static final Pattern ZONE = Pattern.compile("^([a-z]+-[a-z]+\\d+)-[a-z]$");

    @Override
    public String terraformProvider() {
        return "google";
    }

    @Override
    public String provider() {
        return "gcp";
    }

    @Override
    public boolean map(TfResource r, ImportContext ctx) {
        if (!ctx.isFirstInstance(r)) {
            return true;
        }
        switch (r.type()) {
            case "google_compute_instance" -> {
                return machine(r, r, ctx, ctx.instances(r), "instances");
            }
            case "google_compute_region_instance_group_manager", "google_compute_instance_group_manager" -> {
                return groupManager(r, ctx);
            }
            case "google_container_node_pool" -> {
                return nodePool(r, ctx);
            }
            case "google_storage_bucket" -> bucket(r, ctx);
            case "google_compute_disk" -> disk(r, ctx);
            case "google_filestore_instance" ->
                ctx.add(new Imported.Storage(
                        r.baseAddress(),
                        provider(),
                        region(r, ctx),
                        "file",
                        filestoreTb(r),
                        ImportContext.displayName(r),
                        "Filestore",
                        ImportContext.preferredId(r)));
            case "google_storage_transfer_job" -> {
                return transfer(r, ctx);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean groupManager(TfResource r, ImportContext ctx) {
        Optional<TfResource> template = ctx.follow(r, "version.instance_template", "google_compute_instance_template")
                .or(() -> ctx.follow(r, "instance_template", "google_compute_instance_template"));
        if (template.isEmpty()) {
            ctx.unresolved(r, "version.instance_template", "does not lead to an instance template here; not imported");
            return false;
        }
        ctx.partOf(template.get(), r);
        OptionalDouble size = TfValues.number(r.values(), "target_size");
        int count = 1;
        if (size.isPresent()) {
            count = Math.max(1, (int) size.getAsDouble());
        } else {
            ctx.unresolved(r, "target_size", "is not a literal (autoscaled?); count taken as 1");
        }
        return machine(template.get(), r, ctx, count, "instance group " + ImportContext.displayName(r));
    }

    private boolean nodePool(TfResource r, ImportContext ctx) {
        int count;
        OptionalDouble n = TfValues.number(r.values(), "node_count");
        if (n.isPresent()) {
            count = (int) n.getAsDouble();
        } else {
            count = AwsImport.count(r, ctx, "initial_node_count", "autoscaling.min_node_count");
        }
        String cluster = TfValues.text(r.values(), "cluster")
                .or(() -> TfValues.expression(r.values(), "cluster").flatMap(TfValues::referencedAddress))
                .orElse("?");
        return machine(r, r, ctx, Math.max(1, count), "GKE cluster " + cluster, "node_config.");
    }

    private boolean machine(TfResource spec, TfResource placed, ImportContext ctx, int count, String group) {
        return machine(spec, placed, ctx, count, group, "");
    }

    /** {@code spec} holds the machine type and accelerators, {@code placed} the region and name. */
    private boolean machine(TfResource spec, TfResource placed, ImportContext ctx, int count, String group, String at) {
        Optional<String> machineType = TfValues.text(spec.values(), at + "machine_type");
        if (machineType.isEmpty()) {
            ctx.unresolved(spec, at + "machine_type", "is not a literal; not imported");
            return false;
        }
        String type = machineType.get().substring(machineType.get().lastIndexOf('/') + 1);
        Optional<String> accelerator = TfValues.text(spec.values(), at + "guest_accelerator.type");
        if (accelerator.isPresent() && !ACCELERATED.matcher(type).matches()) {
            String model = accelerator
                    .get()
                    .substring(accelerator.get().lastIndexOf('/') + 1)
                    .replaceFirst("^nvidia-tesla-", "")
                    .replaceFirst("^nvidia-", "")
                    .toUpperCase(Locale.ROOT);
            int per = (int) TfValues.number(spec.values(), at + "guest_accelerator.count")
                    .orElse(1);
            ctx.assume("GPU attached to " + type + " read as the catalog's \"" + model + " x" + per + "\" ("
                    + placed.address() + ")");
            type = model + " x" + per;
        }
        Optional<String> region = region(placed, ctx);
        if (accelerator.isPresent() || ctx.isAccelerated(provider(), type, ACCELERATED)) {
            ctx.add(new Imported.Pool(
                    placed.baseAddress(),
                    provider(),
                    region,
                    type,
                    count,
                    ImportContext.displayName(placed),
                    group,
                    ImportContext.preferredId(placed)));
        } else {
            ctx.add(new Imported.Compute(
                    placed.baseAddress(), provider(), region, type, count, ImportContext.displayName(placed)));
        }
        return true;
    }

    private void bucket(TfResource r, ImportContext ctx) {
        String declared =
                TfValues.text(r.values(), "storage_class").orElse("STANDARD").toUpperCase(Locale.ROOT);
        String storageClass =
                switch (declared) {
                    case "ARCHIVE" -> "archive";
                    case "NEARLINE" -> "Nearline";
                    case "COLDLINE" -> "Coldline";
                    default -> "object";
                };
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                region(r, ctx),
                storageClass,
                Optional.empty(),
                ImportContext.displayName(r),
                "buckets of " + TfValues.text(r.values(), "project").orElse("the project"),
                ImportContext.preferredId(r)));
    }

    private void disk(TfResource r, ImportContext ctx) {
        String type = TfValues.text(r.values(), "type").orElse("pd-standard");
        type = type.substring(type.lastIndexOf('/') + 1);
        String storageClass =
                switch (type) {
                    case "pd-ssd", "pd-balanced" -> type;
                    case "pd-standard" -> "pd-standard (HDD)";
                    default -> "block";
                };
        OptionalDouble gb = TfValues.number(r.values(), "size");
        Optional<BigDecimal> tb = TfValues.terabytes(gb);
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                region(r, ctx),
                storageClass,
                tb,
                ImportContext.displayName(r),
                "persistent disks",
                ImportContext.preferredId(r)));
    }

    private static Optional<BigDecimal> filestoreTb(TfResource r) {
        OptionalDouble gb = TfValues.number(r.values(), "file_shares.capacity_gb");
        return TfValues.terabytes(gb);
    }

    private boolean transfer(TfResource r, ImportContext ctx) {
        // Event-driven replication_spec or scheduled transfer_spec: both copy one bucket into another.
        String spec = TfValues.at(r.values(), "replication_spec").isPresent() ? "replication_spec" : "transfer_spec";
        Optional<TfResource> from = ctx.follow(r, spec + ".gcs_data_source.bucket_name", "google_storage_bucket");
        Optional<TfResource> to = ctx.follow(r, spec + ".gcs_data_sink.bucket_name", "google_storage_bucket");
        if (from.isEmpty() || to.isEmpty()) {
            ctx.unresolved(r, spec, "does not lead to two buckets in this source");
            return false;
        }
        ctx.add(new Imported.Replication(
                r.baseAddress(), from.get().baseAddress(), to.get().baseAddress()));
        return true;
    }

    Optional<String> region(TfResource r, ImportContext ctx) {
        Optional<String> own = TfValues.text(r.values(), "region").map(GcpImport::lastSegment);
        if (own.isPresent()) {
            return own;
        }
        for (String key : new String[] {"zone", "location"}) {
            Optional<String> v =
                    TfValues.text(r.values(), key).map(GcpImport::lastSegment).map(s -> s.toLowerCase(Locale.ROOT));
            if (v.isPresent()) {
                var m = ZONE.matcher(v.get());
                return Optional.of(m.matches() ? m.group(1) : v.get());
            }
        }
        Optional<String> configured = ctx.providerConfig(r).flatMap(c -> TfValues.text(c, "region"));
        if (configured.isEmpty()) {
            ctx.unresolved(r, "region", "not found (no region, zone, location or provider region)");
        }
        return configured;
    }

    private static String lastSegment(String s) {
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
