package dev.skyloom.export.terraform;

import static dev.skyloom.export.terraform.hcl.HclExpression.list;
import static dev.skyloom.export.terraform.hcl.HclExpression.ref;
import static dev.skyloom.export.terraform.hcl.HclExpression.str;

import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.export.terraform.hcl.Block;
import dev.skyloom.export.terraform.hcl.HclBody;
import dev.skyloom.export.terraform.hcl.HclExpression;
import dev.skyloom.export.terraform.hcl.HclSyntax;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GCP: VPC + subnetwork + internal firewall for pools; instance template (on_host_maintenance =
 * TERMINATE, as GPU VMs cannot live-migrate) + regional managed instance group per pool; buckets,
 * disks, Filestore; bucket replication through Storage Transfer Service.
 */
final class GcpMapping extends CloudMapping {
    /** Catalog types like "T4 x2": a GPU attached to an N1 VM. */
    private static final Pattern ATTACHED = Pattern.compile("([A-Za-z0-9]+) x([0-9]+)");

    /** Longest {@code name_prefix} that still gets the provider's full-length unique suffix. */
    static final int MAX_TEMPLATE_PREFIX = 37;

    private final Set<String> zoneData = new HashSet<>();
    private final Set<String> federated = new HashSet<>();
    private final Set<String> sinks = new HashSet<>();

    GcpMapping(TerraformContext ctx, String local) {
        super(ctx, "gcp", local);
    }

    @Override
    boolean aliasPerRegion() {
        return false;
    }

    @Override
    List<HclBody> providerBlocks() {
        ctx.variable(
                "gcp_project_id", "string", "GCP project that hosts the GCP resources.", null, str("my-gcp-project"));
        return List.of(Block.builder("provider", local)
                .ref("project", "var.gcp_project_id")
                .attr("region", firstRegion())
                .blank()
                .ref("default_labels", "local.common_labels")
                .build());
    }

    @Override
    void network(Component.Region region, String r, int index) {
        String cidr = "10." + (index % 250) + ".0.0/20";
        add(Block.builder("resource", "google_compute_network", r)
                .attr("name", TerraformNames.resourceName(ctx.designName, region.id(), 60))
                .attr("auto_create_subnetworks", false)
                .build());
        add(Block.builder("resource", "google_compute_subnetwork", r)
                .attr("name", TerraformNames.resourceName(ctx.designName, region.id() + "/gpu", 60))
                .attr("region", region.region())
                .ref("network", "google_compute_network." + r + ".id")
                .attr("ip_cidr_range", cidr)
                .build());
        add(Block.builder("resource", "google_compute_firewall", r + "_internal")
                .attr("name", TerraformNames.resourceName(ctx.designName, region.id() + "/internal", 60))
                .ref("network", "google_compute_network." + r + ".name")
                .attr("source_ranges", list(str(cidr)))
                .block(Block.builder("allow").attr("protocol", "all").build())
                .build());
    }

    @Override
    void pool(Component.GpuPool pool, Component.Region region) {
        ensureNetwork(region);
        String p = ctx.label(pool.id());
        String r = ctx.label(region.id());
        ctx.variable(
                "gcp_gpu_image",
                "string",
                "Boot image for the GCP GPU nodes (e.g. a Deep Learning VM image family self link).",
                null,
                str("projects/deeplearning-platform-release/global/images/family/REPLACE_ME"));
        String name = TerraformNames.resourceName(ctx.designName, pool.id(), 50);
        comment("Design component: " + TerraformContext.describe(pool) + ": " + pool.count() + " x "
                + HclSyntax.commentText(pool.instanceType(), 60));
        // google provider docs: name_prefix is at most 54 characters, and prefixes longer than 37
        // get a shortened, collision-prone suffix; keep it at 37 with the trailing hyphen.
        String prefix = TerraformNames.resourceName(ctx.designName, pool.id(), MAX_TEMPLATE_PREFIX - 1) + "-";
        Block.Builder template =
                Block.builder("resource", "google_compute_instance_template", p).attr("name_prefix", prefix);
        Matcher attached = ATTACHED.matcher(pool.instanceType());
        boolean isAttached = attached.matches();
        if (isAttached) {
            template.comment("Choose the N1 machine type that hosts the attached GPUs.");
            template.attr("machine_type", "n1-standard-8");
        } else {
            template.attr("machine_type", pool.instanceType());
        }
        template.block(Block.builder("disk")
                        .ref("source_image", "var.gcp_gpu_image")
                        .attr("disk_size_gb", 200)
                        .attr("boot", true)
                        .attr("auto_delete", true)
                        .build())
                .block(Block.builder("network_interface")
                        .ref("subnetwork", "google_compute_subnetwork." + r + ".id")
                        .build());
        if (isAttached) {
            template.block(Block.builder("guest_accelerator")
                    .attr("type", "nvidia-tesla-" + attached.group(1).toLowerCase(Locale.ROOT))
                    .attr("count", Long.parseLong(attached.group(2)))
                    .build());
        }
        add(template.comment("GPU VMs cannot live-migrate.")
                .block(Block.builder("scheduling")
                        .attr("on_host_maintenance", "TERMINATE")
                        .attr("automatic_restart", true)
                        .build())
                .block(Block.builder("lifecycle")
                        .attr("create_before_destroy", true)
                        .build())
                .build());
        add(Block.builder("resource", "google_compute_region_instance_group_manager", p)
                .attr("name", name)
                .attr("region", region.region())
                .attr("base_instance_name", name)
                .attr("target_size", pool.count())
                .block(Block.builder("version")
                        .ref("instance_template", "google_compute_instance_template." + p + ".self_link_unique")
                        .build())
                .build());
        ctx.output(
                p + "_instance_group",
                "Managed instance group of GPU pool " + pool.id() + ".",
                ref("google_compute_region_instance_group_manager." + p + ".instance_group"));
        ctx.mapped(
                pool, "google_compute_instance_template." + p + ", google_compute_region_instance_group_manager." + p);
    }

    private String zones(Component.Region region) {
        String r = ctx.label(region.id());
        if (zoneData.add(r)) {
            add(Block.builder("data", "google_compute_zones", r)
                    .attr("region", region.region())
                    .build());
        }
        return "data.google_compute_zones." + r + ".names[0]";
    }

    @Override
    void storage(Component.Storage storage, Component.Region region, StorageFamily family, boolean source) {
        String s = ctx.label(storage.id());
        String zone = family == StorageFamily.OBJECT || family == StorageFamily.ARCHIVE ? null : zones(region);
        if (family == StorageFamily.FILE) {
            ensureNetwork(region);
        }
        comment("Design component: " + TerraformContext.describe(storage));
        switch (family) {
            case BLOCK:
                add(Block.builder("resource", "google_compute_disk", s)
                        .attr("name", TerraformNames.resourceName(ctx.designName, storage.id(), 60))
                        .ref("zone", zone)
                        .attr("type", "pd-balanced")
                        .attr("size", gigabytes(storage.capacityTb(), 10))
                        .build());
                ctx.mapped(storage, "google_compute_disk." + s);
                return;
            case FILE:
                add(Block.builder("resource", "google_filestore_instance", s)
                        .attr("name", TerraformNames.resourceName(ctx.designName, storage.id(), 60))
                        .ref("location", zone)
                        .attr("tier", "BASIC_SSD")
                        .block(Block.builder("file_shares")
                                .attr("name", "data")
                                .attr("capacity_gb", Math.max(2560, gigabytes(storage.capacityTb(), 1)))
                                .build())
                        .block(Block.builder("networks")
                                .ref("network", "google_compute_network." + ctx.label(region.id()) + ".name")
                                .attr("modes", list(str("MODE_IPV4")))
                                .build())
                        .build());
                ctx.mapped(storage, "google_filestore_instance." + s);
                return;
            default:
                Block.Builder b = Block.builder("resource", "google_storage_bucket", s)
                        .attr("name", TerraformNames.gcsBucket(ctx.designName, storage.id()))
                        .attr("location", region.region().toUpperCase(Locale.ROOT));
                if (family == StorageFamily.ARCHIVE) {
                    b.attr("storage_class", "ARCHIVE");
                }
                add(b.attr("uniform_bucket_level_access", true)
                        .attr("public_access_prevention", "enforced")
                        .block(Block.builder("versioning").attr("enabled", true).build())
                        .build());
                ctx.output(
                        s + "_bucket",
                        "Cloud Storage bucket of storage " + storage.id() + ".",
                        ref("google_storage_bucket." + s + ".name"));
                ctx.mapped(storage, "google_storage_bucket." + s);
        }
    }

    @Override
    boolean replication(
            Connection c,
            Component.Storage from,
            StorageFamily fromFamily,
            Component.Storage to,
            StorageFamily toFamily) {
        if (!isBucket(fromFamily) || !isBucket(toFamily)) {
            return false;
        }
        String k = ctx.label(c.id());
        comment("Design connection: replicates-to \"" + HclSyntax.commentText(c.id(), 120)
                + "\" (event-driven bucket-to-bucket replication).");
        add(Block.builder("resource", "google_storage_transfer_job", k)
                .attr("description", "Skyloom replication " + TerraformNames.tagValue(c.id()))
                .block(Block.builder("replication_spec")
                        .block(Block.builder("gcs_data_source")
                                .ref("bucket_name", "google_storage_bucket." + ctx.label(from.id()) + ".name")
                                .build())
                        .block(Block.builder("gcs_data_sink")
                                .ref("bucket_name", "google_storage_bucket." + ctx.label(to.id()) + ".name")
                                .build())
                        .build())
                .build());
        return true;
    }

    /** One workload identity pool and OIDC provider per federated identity provider. */
    @Override
    boolean federation(Connection c, Component identity) {
        String i = ctx.label(identity.id());
        if (!federated.add(i)) {
            comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" uses google_iam_workload_identity_pool." + i + " above.");
            return true;
        }
        // pool and provider IDs: 4-32 characters, lower-case letters, digits and hyphens; "gcp-" is reserved
        String poolId = TerraformNames.resourceName(ctx.designName, "pool-" + identity.id(), 32);
        String providerId = TerraformNames.resourceName(ctx.designName, "oidc-" + identity.id(), 32);
        comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120) + "\": GCP trusts "
                + TerraformContext.describe(identity) + " (no secret: the issuer signs tokens with its own keys).");
        add(Block.builder("resource", "google_iam_workload_identity_pool", i)
                .attr("workload_identity_pool_id", poolId)
                .attr("display_name", displayName(identity.label()))
                .attr(
                        "description",
                        "Federation to an identity provider of design \"" + TerraformNames.tagValue(ctx.designName)
                                + "\" (generated by Skyloom).")
                .build());
        Map<String, HclExpression> mapping = new LinkedHashMap<>();
        mapping.put("google.subject", str("assertion.sub"));
        add(Block.builder("resource", "google_iam_workload_identity_pool_provider", i)
                .ref(
                        "workload_identity_pool_id",
                        "google_iam_workload_identity_pool." + i + ".workload_identity_pool_id")
                .attr("workload_identity_pool_provider_id", providerId)
                .attr("attribute_mapping", new HclExpression.ObjectExpr(mapping))
                .block(Block.builder("oidc")
                        .ref("issuer_uri", issuerVariable(identity))
                        .build())
                .build());
        return true;
    }

    /** One project sink of the Cloud Audit Logs per telemetry sink, to a destination the user names. */
    @Override
    boolean auditExport(Connection c, Component sink) {
        String t = ctx.label(sink.id());
        if (!sinks.add(t)) {
            comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" is covered by google_logging_project_sink." + t + " above.");
            return true;
        }
        String destination = t + "_gcp_log_destination";
        ctx.variable(
                destination,
                "string",
                "Log sink destination for telemetry sink \"" + TerraformNames.tagValue(sink.label())
                        + "\" (a Pub/Sub topic, bucket or BigQuery dataset URI).",
                null,
                str("pubsub.googleapis.com/projects/my-project/topics/audit-logs"));
        comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120) + "\": GCP audit logs for "
                + TerraformContext.describe(sink) + ".");
        add(Block.builder("resource", "google_logging_project_sink", t)
                .attr("name", TerraformNames.resourceName(ctx.designName, sink.id(), 60))
                .ref("destination", "var." + destination)
                .attr("filter", "logName:\"cloudaudit.googleapis.com\"")
                .attr("unique_writer_identity", true)
                .build());
        ctx.output(
                t + "_log_writer_identity",
                "Service account to grant write access on the destination of log sink " + sink.id() + ".",
                ref("google_logging_project_sink." + t + ".writer_identity"));
        return true;
    }

    /** A pool display name: at most 32 characters (code points), control characters removed. */
    private static String displayName(String label) {
        String v = TerraformNames.tagValue(label).strip();
        int end = v.codePointCount(0, v.length()) > 32 ? v.offsetByCodePoints(0, 32) : v.length();
        return v.isEmpty() ? "identity provider" : v.substring(0, end);
    }
}
