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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OCI: one provider configuration per region (OCI has no per-resource region); VCN + subnet for
 * pools; instance configuration + instance pool per pool; buckets, block volumes, file systems;
 * bucket replication policies.
 */
final class OciMapping extends CloudMapping {
    /** The SCIM schema URI every identity propagation trust declares (provider docs example). */
    static final String PROPAGATION_TRUST_SCHEMA = "urn:ietf:params:scim:schemas:oracle:idcs:IdentityPropagationTrust";

    private final Set<String> adData = new HashSet<>();
    private final Set<String> federated = new HashSet<>();
    private final Set<String> sinks = new HashSet<>();
    private final Set<String> connectors = new HashSet<>();
    private boolean namespace;

    OciMapping(TerraformContext ctx, String local) {
        super(ctx, "oci", local);
    }

    @Override
    boolean aliasPerRegion() {
        return true;
    }

    @Override
    List<HclBody> providerBlocks() {
        ctx.variable(
                "oci_compartment_ocid",
                "string",
                "OCID of the compartment that holds the OCI resources.",
                null,
                str("ocid1.compartment.oc1..REPLACE_ME"));
        ctx.variable(
                "oci_tenancy_ocid",
                "string",
                "OCID of the tenancy (used to list availability domains).",
                null,
                str("ocid1.tenancy.oc1..REPLACE_ME"));
        List<HclBody> blocks = new ArrayList<>();
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            Block.Builder b = Block.builder("provider", local);
            if (e.getValue() != null) {
                b.attr("alias", e.getValue());
            }
            blocks.add(b.attr("region", e.getKey()).build());
        }
        return blocks;
    }

    private Block.Builder resource(String type, String label, String regionCode) {
        Block.Builder b = Block.builder("resource", type, label);
        providerMeta(b, regionCode);
        return b.ref("compartment_id", "var.oci_compartment_ocid");
    }

    private String availabilityDomain(Component.Region region) {
        String r = ctx.label(region.id());
        if (adData.add(r)) {
            Block.Builder d = Block.builder("data", "oci_identity_availability_domains", r);
            providerMeta(d, region.region());
            add(d.ref("compartment_id", "var.oci_tenancy_ocid").build());
        }
        return "data.oci_identity_availability_domains." + r + ".availability_domains[0].name";
    }

    @Override
    void network(Component.Region region, String r, int index) {
        String code = region.region();
        add(resource("oci_core_vcn", r, code)
                .attr("cidr_blocks", list(str(cidr16(index))))
                .attr("display_name", TerraformNames.resourceName(ctx.designName, region.id(), 60))
                .ref("freeform_tags", "local.common_tags")
                .build());
        add(resource("oci_core_subnet", r, code)
                .ref("vcn_id", "oci_core_vcn." + r + ".id")
                .attr("cidr_block", cidr24(index))
                .attr("display_name", "gpu")
                .attr("prohibit_public_ip_on_vnic", true)
                .ref("freeform_tags", "local.common_tags")
                .build());
    }

    @Override
    void pool(Component.GpuPool pool, Component.Region region) {
        ensureNetwork(region);
        String p = ctx.label(pool.id());
        String r = ctx.label(region.id());
        String code = region.region();
        String image = r + "_image_ocid";
        ctx.variable(
                image,
                "string",
                "OCID of the GPU node image in OCI " + code + ".",
                null,
                str("ocid1.image.oc1..REPLACE_ME"));
        String ad = availabilityDomain(region);
        String name = TerraformNames.resourceName(ctx.designName, pool.id(), 60);
        comment("Design component: " + TerraformContext.describe(pool) + ": " + pool.count() + " x "
                + HclSyntax.commentText(pool.instanceType(), 60));
        add(resource("oci_core_instance_configuration", p, code)
                .attr("display_name", name)
                .ref("freeform_tags", "local.common_tags")
                .block(Block.builder("instance_details")
                        .attr("instance_type", "compute")
                        .block(Block.builder("launch_details")
                                .ref("compartment_id", "var.oci_compartment_ocid")
                                .attr("shape", pool.instanceType())
                                .block(Block.builder("create_vnic_details")
                                        .ref("subnet_id", "oci_core_subnet." + r + ".id")
                                        .build())
                                .block(Block.builder("source_details")
                                        .attr("source_type", "image")
                                        .ref("image_id", "var." + image)
                                        .build())
                                .build())
                        .build())
                .build());
        add(resource("oci_core_instance_pool", p, code)
                .ref("instance_configuration_id", "oci_core_instance_configuration." + p + ".id")
                .attr("size", pool.count())
                .attr("display_name", name)
                .ref("freeform_tags", "local.common_tags")
                .block(Block.builder("placement_configurations")
                        .ref("availability_domain", ad)
                        .block(Block.builder("primary_vnic_subnets")
                                .ref("subnet_id", "oci_core_subnet." + r + ".id")
                                .build())
                        .build())
                .build());
        ctx.output(
                p + "_instance_pool_id",
                "Instance pool of GPU pool " + pool.id() + ".",
                ref("oci_core_instance_pool." + p + ".id"));
        ctx.mapped(pool, "oci_core_instance_configuration." + p + ", oci_core_instance_pool." + p);
    }

    private String namespace() {
        if (!namespace) {
            namespace = true;
            add(Block.builder("data", "oci_objectstorage_namespace", "this")
                    .ref("compartment_id", "var.oci_compartment_ocid")
                    .build());
        }
        return "data.oci_objectstorage_namespace.this.namespace";
    }

    @Override
    void storage(Component.Storage storage, Component.Region region, StorageFamily family, boolean source) {
        String s = ctx.label(storage.id());
        String code = region.region();
        String name = TerraformNames.resourceName(ctx.designName, storage.id(), 60);
        switch (family) {
            case BLOCK: {
                String ad = availabilityDomain(region);
                comment("Design component: " + TerraformContext.describe(storage));
                add(resource("oci_core_volume", s, code)
                        .ref("availability_domain", ad)
                        .attr("display_name", name)
                        .attr("size_in_gbs", gigabytes(storage.capacityTb(), 50))
                        .ref("freeform_tags", "local.common_tags")
                        .build());
                ctx.mapped(storage, "oci_core_volume." + s);
                return;
            }
            case FILE: {
                String ad = availabilityDomain(region);
                comment("Design component: " + TerraformContext.describe(storage));
                add(resource("oci_file_storage_file_system", s, code)
                        .ref("availability_domain", ad)
                        .attr("display_name", name)
                        .ref("freeform_tags", "local.common_tags")
                        .build());
                ctx.mapped(storage, "oci_file_storage_file_system." + s + " (add a mount target and export)");
                return;
            }
            default: {
                String ns = namespace();
                comment("Design component: " + TerraformContext.describe(storage));
                Block.Builder b = resource("oci_objectstorage_bucket", s, code)
                        .attr("name", name)
                        .ref("namespace", ns)
                        .attr("access_type", "NoPublicAccess")
                        .attr("versioning", "Enabled");
                if (family == StorageFamily.ARCHIVE) {
                    b.attr("storage_tier", "Archive");
                }
                add(b.ref("freeform_tags", "local.common_tags").build());
                ctx.output(
                        s + "_bucket",
                        "Object Storage bucket of storage " + storage.id() + ".",
                        ref("oci_objectstorage_bucket." + s + ".name"));
                ctx.mapped(storage, "oci_objectstorage_bucket." + s);
            }
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
        String fromRegion =
                ctx.design.regionOf(from.id()).map(Component.Region::region).orElse(firstRegion());
        String toRegion =
                ctx.design.regionOf(to.id()).map(Component.Region::region).orElse(firstRegion());
        comment("Design connection: replicates-to \"" + HclSyntax.commentText(c.id(), 120) + "\"");
        Block.Builder b = Block.builder("resource", "oci_objectstorage_replication_policy", k);
        providerMeta(b, fromRegion);
        add(b.ref("bucket", "oci_objectstorage_bucket." + ctx.label(from.id()) + ".name")
                .ref("destination_bucket_name", "oci_objectstorage_bucket." + ctx.label(to.id()) + ".name")
                .attr("destination_region_name", toRegion)
                .attr("name", TerraformNames.resourceName(ctx.designName, c.id(), 60))
                .ref("namespace", namespace())
                .build());
        return true;
    }

    /**
     * Workload identity federation: an identity propagation trust in the identity domain lets tokens of
     * the identity provider be exchanged for OCI session tokens. The domain URL, the JWKS endpoint and
     * the OAuth clients allowed to exchange are variables; no secret is involved.
     */
    @Override
    boolean federation(Connection c, Component identity) {
        String i = ctx.label(identity.id());
        if (!federated.add(i)) {
            comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" uses oci_identity_domains_identity_propagation_trust." + i + " above.");
            return true;
        }
        String label = TerraformNames.tagValue(identity.label());
        ctx.variable(
                "oci_identity_domain_url",
                "string",
                "URL of the OCI identity domain that trusts the external identity providers (Domain URL in the console).",
                null,
                str("https://idcs-REPLACE_ME.identity.oraclecloud.com"));
        String jwks = i + "_jwks_url";
        ctx.variable(
                jwks,
                "string",
                "JWKS URL (public signing keys) of identity provider \"" + label + "\".",
                null,
                str("https://idp.example.com/.well-known/jwks.json"));
        String clients = i + "_oci_oauth_clients";
        ctx.variable(
                Block.builder("variable", clients)
                        .attr("type", HclExpression.call("list", ref("string")))
                        .attr(
                                "description",
                                "Client IDs of the identity-domain OAuth applications allowed to exchange tokens of \""
                                        + label + "\" (IDs only; their secrets stay with the workloads).")
                        .build(),
                list(str("REPLACE_ME")));
        comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120) + "\": OCI trusts "
                + TerraformContext.describe(identity) + " (no secret: the issuer signs tokens with its own keys).");
        add(Block.builder("resource", "oci_identity_domains_identity_propagation_trust", i)
                .ref("idcs_endpoint", "var.oci_identity_domain_url")
                .attr("name", TerraformNames.resourceName(ctx.designName, identity.id(), 60))
                .attr("schemas", list(str(PROPAGATION_TRUST_SCHEMA)))
                .attr("type", "JWT")
                .ref("issuer", issuerVariable(identity))
                .ref("public_key_endpoint", "var." + jwks)
                .ref("oauth_clients", "var." + clients)
                .attr("active", true)
                .attr(
                        "description",
                        "Federation to identity provider \"" + label + "\" of design \""
                                + TerraformNames.tagValue(ctx.designName) + "\" (generated by Skyloom).")
                .comment("Token subjects are looked up as identity-domain users; for service users set")
                .comment("subject_claim_name, subject_mapping_attribute or impersonation_service_users.")
                .build());
        return true;
    }

    /**
     * The audit log ({@code _Audit} log group of the compartment) moved by a connector to an Object
     * Storage bucket the sink reads from; connectors are regional, so one per region configuration.
     */
    @Override
    boolean auditExport(Connection c, Component sink) {
        String t = ctx.label(sink.id());
        if (!sinks.add(t)) {
            comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" is covered by oci_sch_service_connector." + t + " above.");
            return true;
        }
        comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120) + "\": OCI audit logs for "
                + TerraformContext.describe(sink) + ".");
        String ns = namespace();
        for (Map.Entry<String, String> region : aliases.entrySet()) {
            String alias = region.getValue();
            String label = alias == null ? t : t + "_" + alias;
            while (!connectors.add(label)) {
                label = label + "_" + TerraformNames.shortHash(region.getKey(), 4);
            }
            String bucket = t + "_oci_audit_bucket" + (alias == null ? "" : "_" + alias);
            ctx.variable(
                    bucket,
                    "string",
                    "Existing Object Storage bucket in OCI " + region.getKey() + " (with a policy letting Connector Hub"
                            + " write to it) that telemetry sink \"" + TerraformNames.tagValue(sink.label())
                            + "\" reads audit logs from.",
                    null,
                    str("audit-logs-REPLACE_ME"));
            Block.Builder b = resource("oci_sch_service_connector", label, region.getKey())
                    .attr(
                            "display_name",
                            TerraformNames.resourceName(
                                    ctx.designName, sink.id() + (alias == null ? "" : "-" + alias), 60))
                    .ref("freeform_tags", "local.common_tags")
                    .block(Block.builder("source")
                            .attr("kind", "logging")
                            .block(Block.builder("log_sources")
                                    .ref("compartment_id", "var.oci_compartment_ocid")
                                    .attr("log_group_id", "_Audit")
                                    .build())
                            .build())
                    .block(Block.builder("target")
                            .attr("kind", "objectStorage")
                            .ref("bucket", "var." + bucket)
                            .ref("namespace", ns)
                            .build());
            add(b.build());
        }
        return true;
    }
}
