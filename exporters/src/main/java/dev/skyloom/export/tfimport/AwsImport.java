package dev.skyloom.export.tfimport;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * AWS: GPU capacity from {@code aws_instance}, {@code aws_autoscaling_group} with its launch template and
 * {@code aws_eks_node_group}; storage from {@code aws_s3_bucket} (archive when a lifecycle rule moves objects
 * to Glacier Deep Archive at once), {@code aws_ebs_volume}, {@code aws_efs_file_system}; replication from
 * {@code aws_s3_bucket_replication_configuration}. The region is the resource's {@code region} (provider 6),
 * its provider configuration's, or the one in its ARN or availability zone.
 */
final class AwsImport implements CloudImport {
    /** Accelerated EC2 families: P, G, Trainium, Inferentia, DL (Gaudi, Qualcomm). */
    private static final Pattern ACCELERATED = Pattern.compile("^(p\\d|g\\d|trn\\d|inf\\d|dl\\d).*");

    @Override
    public String terraformProvider() {
        return "aws";
    }

    @Override
    public String provider() {
        return "aws";
    }

    @Override
    public boolean map(TfResource r, ImportContext ctx) {
        if (!ctx.isFirstInstance(r)) {
            return true;
        }
        switch (r.type()) {
            case "aws_instance" -> instance(r, ctx);
            case "aws_autoscaling_group" -> {
                return group(r, ctx);
            }
            case "aws_eks_node_group" -> {
                return nodeGroup(r, ctx);
            }
            case "aws_s3_bucket" -> bucket(r, ctx);
            case "aws_s3_bucket_versioning",
                    "aws_s3_bucket_public_access_block",
                    "aws_s3_bucket_server_side_encryption_configuration",
                    "aws_s3_bucket_lifecycle_configuration" -> {
                return partOfBucket(r, ctx);
            }
            case "aws_ebs_volume" -> volume(r, ctx);
            case "aws_efs_file_system" ->
                ctx.add(new Imported.Storage(
                        r.baseAddress(),
                        provider(),
                        region(r, ctx),
                        "file",
                        Optional.empty(),
                        ImportContext.displayName(r),
                        "file systems",
                        ImportContext.preferredId(r)));
            case "aws_s3_bucket_replication_configuration" -> {
                return replication(r, ctx);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void instance(TfResource r, ImportContext ctx) {
        Optional<String> type = TfValues.text(r.values(), "instance_type");
        if (type.isEmpty()) {
            ctx.unresolved(
                    r,
                    "instance_type",
                    TfValues.expression(r.values(), "instance_type")
                            .map(e -> "is " + e + " (not resolved); not imported")
                            .orElse("is missing; not imported"));
            return;
        }
        pool(r, ctx, type.get(), ctx.instances(r), "instance " + ImportContext.displayName(r));
    }

    private boolean group(TfResource r, ImportContext ctx) {
        Optional<TfResource> template = ctx.follow(r, "launch_template.id", "aws_launch_template")
                .or(() -> ctx.follow(r, "launch_template.name", "aws_launch_template"))
                .or(() -> ctx.follow(
                        r,
                        "mixed_instances_policy.launch_template.launch_template_specification.launch_template_id",
                        "aws_launch_template"));
        if (template.isEmpty()) {
            ctx.unresolved(
                    r, "launch_template", "does not lead to a launch template in this source; group not imported");
            return false;
        }
        ctx.partOf(template.get(), r);
        Optional<String> type = TfValues.text(template.get().values(), "instance_type");
        if (type.isEmpty()) {
            ctx.unresolved(template.get(), "instance_type", "is not a literal; group " + r.address() + " not imported");
            return true;
        }
        int count = count(r, ctx, "desired_capacity", "min_size");
        pool(r, ctx, type.get(), count, "autoscaling group " + ImportContext.displayName(r));
        return true;
    }

    private boolean nodeGroup(TfResource r, ImportContext ctx) {
        Optional<String> type = TfValues.text(r.values(), "instance_types");
        if (type.isEmpty()) {
            ctx.unresolved(
                    r, "instance_types", "is not given (EKS then picks t3.medium); not imported as GPU capacity");
            return false;
        }
        int count = count(r, ctx, "scaling_config.desired_size", "scaling_config.min_size");
        String cluster = TfValues.text(r.values(), "cluster_name")
                .or(() -> TfValues.expression(r.values(), "cluster_name").flatMap(TfValues::referencedAddress))
                .orElse("?");
        pool(r, ctx, type.get(), count, "EKS cluster " + cluster);
        return true;
    }

    /** The count a group runs: the desired size, else the minimum; says which when it had to choose. */
    static int count(TfResource r, ImportContext ctx, String desired, String minimum) {
        OptionalDouble d = TfValues.number(r.values(), desired);
        if (d.isPresent()) {
            ctx.assume("autoscaling desired capacity taken as the pool count (" + r.address() + ")");
            return Math.max(1, (int) d.getAsDouble());
        }
        OptionalDouble m = TfValues.number(r.values(), minimum);
        if (m.isPresent()) {
            ctx.assume("no desired capacity: the minimum size taken as the pool count (" + r.address() + ")");
            return Math.max(1, (int) m.getAsDouble());
        }
        ctx.unresolved(r, desired, "is not a literal; count taken as 1");
        return 1;
    }

    private void pool(TfResource r, ImportContext ctx, String type, int count, String group) {
        Optional<String> region = region(r, ctx);
        if (ctx.isAccelerated(provider(), type, ACCELERATED)) {
            ctx.add(new Imported.Pool(
                    r.baseAddress(),
                    provider(),
                    region,
                    type,
                    count,
                    ImportContext.displayName(r),
                    group,
                    ImportContext.preferredId(r)));
        } else {
            ctx.add(new Imported.Compute(
                    r.baseAddress(), provider(), region, type, count, ImportContext.displayName(r)));
        }
    }

    private void bucket(TfResource r, ImportContext ctx) {
        boolean archive = ctx.ofType("aws_s3_bucket_lifecycle_configuration").stream()
                .filter(l -> ctx.follow(l, "bucket", "aws_s3_bucket")
                        .map(b -> b.baseAddress().equals(r.baseAddress()))
                        .orElse(false))
                .anyMatch(AwsImport::movesToDeepArchiveAtOnce);
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                region(r, ctx),
                archive ? "archive" : "object",
                Optional.empty(),
                ImportContext.displayName(r),
                "S3 buckets",
                ImportContext.preferredId(r)));
    }

    private static boolean movesToDeepArchiveAtOnce(TfResource lifecycle) {
        return TfValues.text(lifecycle.values(), "rule.transition.storage_class")
                        .orElse("")
                        .equals("DEEP_ARCHIVE")
                && TfValues.number(lifecycle.values(), "rule.transition.days").orElse(-1) == 0;
    }

    private boolean partOfBucket(TfResource r, ImportContext ctx) {
        Optional<TfResource> bucket = ctx.follow(r, "bucket", "aws_s3_bucket");
        bucket.ifPresent(b -> ctx.partOf(r, b));
        return bucket.isPresent();
    }

    private void volume(TfResource r, ImportContext ctx) {
        OptionalDouble gib = TfValues.number(r.values(), "size");
        Optional<BigDecimal> tb = TfValues.terabytes(gib);
        if (gib.isPresent()) {
            ctx.assume("volume sizes in GiB read as GB (" + r.address() + ")");
        }
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                region(r, ctx),
                "block",
                tb,
                ImportContext.displayName(r),
                "EBS volumes",
                ImportContext.preferredId(r)));
    }

    private boolean replication(TfResource r, ImportContext ctx) {
        Optional<TfResource> from = ctx.follow(r, "bucket", "aws_s3_bucket");
        Optional<TfResource> to = ctx.follow(r, "rule.destination.bucket", "aws_s3_bucket");
        if (from.isEmpty() || to.isEmpty()) {
            ctx.unresolved(r, "bucket / rule.destination.bucket", "do not both lead to buckets in this source");
            return false;
        }
        ctx.add(new Imported.Replication(
                r.baseAddress(), from.get().baseAddress(), to.get().baseAddress()));
        return true;
    }

    /** The resource's own region (provider 6), its provider configuration's, or the one its ARN or zone names. */
    Optional<String> region(TfResource r, ImportContext ctx) {
        Optional<String> own = TfValues.text(r.values(), "region");
        if (own.isPresent()) {
            return own;
        }
        Optional<String> configured = ctx.providerConfig(r).flatMap(c -> TfValues.text(c, "region"));
        if (configured.isPresent()) {
            return configured;
        }
        Optional<String> arn = TfValues.text(r.values(), "arn");
        if (arn.isPresent()) {
            String[] parts = arn.get().split(":");
            if (parts.length > 3 && !parts[3].isEmpty()) {
                return Optional.of(parts[3]);
            }
        }
        Optional<String> zone = TfValues.text(r.values(), "availability_zone");
        if (zone.isPresent() && zone.get().matches("[a-z]{2}(-[a-z]+)+-\\d[a-z]")) {
            return Optional.of(zone.get().substring(0, zone.get().length() - 1));
        }
        ctx.unresolved(r, "region", "not found (no region, provider region, ARN or zone)");
        return Optional.empty();
    }
}
