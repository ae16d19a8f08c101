package dev.skyloom.export.tfimport;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Oracle Cloud: GPU capacity from {@code oci_core_instance} and instance pools with their instance
 * configuration; storage from buckets ({@code storage_tier = "Archive"} is archive), block volumes and file
 * systems; replication from {@code oci_objectstorage_replication_policy}. OCI resources do not carry their
 * region: it is the provider configuration's.
 */
final class OciImport implements CloudImport {
    private static final Pattern ACCELERATED = Pattern.compile("^(BM|VM)\\.GPU.*");

    @Override
    public String terraformProvider() {
        return "oci";
    }

    @Override
    public String provider() {
        return "oci";
    }

    @Override
    public boolean map(TfResource r, ImportContext ctx) {
        if (!ctx.isFirstInstance(r)) {
            return true;
        }
        switch (r.type()) {
            case "oci_core_instance" -> {
                return shaped(r, r, "shape", ctx.instances(r), ctx, "instances");
            }
            case "oci_core_instance_pool" -> {
                Optional<TfResource> config =
                        ctx.follow(r, "instance_configuration_id", "oci_core_instance_configuration");
                if (config.isEmpty()) {
                    ctx.unresolved(
                            r, "instance_configuration_id", "does not lead to a configuration here; not imported");
                    return false;
                }
                ctx.partOf(config.get(), r);
                OptionalDouble size = TfValues.number(r.values(), "size");
                if (size.isEmpty()) {
                    ctx.unresolved(r, "size", "is not a literal; count taken as 1");
                }
                return shaped(
                        config.get(),
                        r,
                        "instance_details.launch_details.shape",
                        Math.max(1, (int) size.orElse(1)),
                        ctx,
                        "instance pool " + ImportContext.displayName(r));
            }
            case "oci_objectstorage_bucket" ->
                ctx.add(new Imported.Storage(
                        r.baseAddress(),
                        provider(),
                        region(r, ctx),
                        TfValues.text(r.values(), "storage_tier")
                                        .orElse("Standard")
                                        .equals("Archive")
                                ? "archive"
                                : "object",
                        Optional.empty(),
                        ImportContext.displayName(r),
                        "buckets",
                        ImportContext.preferredId(r)));
            case "oci_core_volume" -> {
                OptionalDouble gb = TfValues.number(r.values(), "size_in_gbs");
                Optional<BigDecimal> tb = TfValues.terabytes(gb);
                ctx.add(new Imported.Storage(
                        r.baseAddress(),
                        provider(),
                        region(r, ctx),
                        "block",
                        tb,
                        ImportContext.displayName(r),
                        "block volumes",
                        ImportContext.preferredId(r)));
            }
            case "oci_file_storage_file_system" ->
                ctx.add(new Imported.Storage(
                        r.baseAddress(),
                        provider(),
                        region(r, ctx),
                        "file",
                        Optional.empty(),
                        ImportContext.displayName(r),
                        "file systems",
                        ImportContext.preferredId(r)));
            case "oci_objectstorage_replication_policy" -> {
                Optional<TfResource> from = ctx.follow(r, "bucket", "oci_objectstorage_bucket");
                Optional<TfResource> to = ctx.follow(r, "destination_bucket_name", "oci_objectstorage_bucket");
                if (from.isEmpty() || to.isEmpty()) {
                    ctx.unresolved(r, "bucket / destination_bucket_name", "do not both lead to buckets here");
                    return false;
                }
                ctx.add(new Imported.Replication(
                        r.baseAddress(), from.get().baseAddress(), to.get().baseAddress()));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean shaped(
            TfResource spec, TfResource placed, String path, int count, ImportContext ctx, String group) {
        Optional<String> shape = TfValues.text(spec.values(), path);
        if (shape.isEmpty()) {
            ctx.unresolved(spec, path, "is not a literal; not imported");
            return false;
        }
        Optional<String> region = region(placed, ctx);
        if (ctx.isAccelerated(provider(), shape.get(), ACCELERATED)) {
            ctx.add(new Imported.Pool(
                    placed.baseAddress(),
                    provider(),
                    region,
                    shape.get(),
                    count,
                    ImportContext.displayName(placed),
                    group,
                    ImportContext.preferredId(placed)));
        } else {
            ctx.add(new Imported.Compute(
                    placed.baseAddress(), provider(), region, shape.get(), count, ImportContext.displayName(placed)));
        }
        return true;
    }

    Optional<String> region(TfResource r, ImportContext ctx) {
        Optional<String> configured = ctx.providerConfig(r).flatMap(c -> TfValues.text(c, "region"));
        if (configured.isEmpty()) {
            ctx.unresolved(r, "region", "not found (OCI resources take the provider configuration's region)");
        }
        return configured;
    }
}
