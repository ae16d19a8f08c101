package dev.skyloom.export.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Provider schema facts the exporter relies on, checked by hand against the provider documentation
 * for the pinned majors (providers.properties: aws ~> 6.0, azurerm ~> 5.0, google ~> 8.0, oci ~> 8.0).
 * No provider can be downloaded here, so {@code terraform validate} cannot check arguments; this
 * table does. Each rule lists the arguments the docs mark Required, the optional arguments and
 * nested blocks the exporter uses (each one checked to exist), and the exported attributes other
 * blocks or outputs reference. A type, argument, block or referenced attribute missing from this
 * table fails {@link ProviderSchemaTest}: verify it in the docs first, then add it here.
 *
 * <p>Sources (provider repository docs, read through the stored copies): AWS =
 * hashicorp/terraform-provider-aws website/docs/{r,d}/TYPE.html.markdown plus
 * guides/version-6-upgrade.html.markdown; AZ = hashicorp/terraform-provider-azurerm
 * website/docs/r/TYPE.html.markdown plus guides/5.0-upgrade-guide.html.markdown; GCP =
 * hashicorp/terraform-provider-google website/docs/r/TYPE.html.markdown, resource schemas in
 * google/services/*, guides/version_7_upgrade and version_8_upgrade; OCI = oracle/terraform-provider-oci
 * website/docs/{r,d}/TYPE.html.markdown.
 */
final class ProviderSchema {
    /** Arguments and blocks every resource and data source accepts. */
    static final Set<String> META = Set.of("provider", "depends_on", "count", "for_each", "lifecycle");

    /** Required and allowed arguments and blocks of one resource, data source, provider or nested block. */
    static final class Rule {
        final String kind;
        final String type;
        final String source;
        final Set<String> required = new LinkedHashSet<>();
        final Set<String> optional = new LinkedHashSet<>();
        final Map<String, Rule> blocks = new TreeMap<>();
        final Set<String> exports = new LinkedHashSet<>();

        Rule(String kind, String type, String source) {
            this.kind = kind;
            this.type = type;
            this.source = source;
        }

        Rule required(String... names) {
            required.addAll(Arrays.asList(names));
            return this;
        }

        Rule optional(String... names) {
            optional.addAll(Arrays.asList(names));
            return this;
        }

        /** Exported attributes that references may read (id is always exported). */
        Rule exports(String... names) {
            exports.addAll(Arrays.asList(names));
            return this;
        }

        Rule block(String name, Consumer<Rule> body) {
            return nested(name, false, body);
        }

        Rule requiredBlock(String name, Consumer<Rule> body) {
            return nested(name, true, body);
        }

        private Rule nested(String name, boolean req, Consumer<Rule> body) {
            Rule r = new Rule("block", type + "." + name, source);
            body.accept(r);
            blocks.put(name, r);
            (req ? required : optional).add(name);
            return this;
        }

        boolean allows(String name) {
            return required.contains(name) || optional.contains(name);
        }
    }

    private static final Map<String, Rule> RULES = new TreeMap<>();

    private ProviderSchema() {}

    /** The rule for {@code resource "type"}, {@code data "type"} or {@code provider "name"}, or null. */
    static Rule rule(String kind, String type) {
        return RULES.get(kind + " " + type);
    }

    static List<Rule> all() {
        return new ArrayList<>(RULES.values());
    }

    private static Rule resource(String type, String source) {
        return add("resource", type, source);
    }

    private static Rule data(String type, String source) {
        return add("data", type, source);
    }

    private static Rule add(String kind, String type, String source) {
        Rule r = new Rule(kind, type, source).exports("id");
        RULES.put(kind + " " + type, r);
        return r;
    }

    private static final String AWS = "AWS provider 6.x docs r/";
    private static final String AZ = "azurerm 4.x docs r/ + 5.0 upgrade guide, ";
    private static final String AZ5 = "azurerm 5.2.0 docs (CHANGELOG 2026-08-20) + 5.0 upgrade guide, ";
    private static final String GCP = "google provider docs/schema, 7.0/8.0 upgrade guides, ";
    private static final String OCI = "OCI provider docs r/";
    private static final String OCI8 = "OCI provider 8.28.0 docs (2026-08-19) + resource schema, ";

    static {
        add("provider", "aws", "AWS provider index: region, alias, default_tags")
                .optional("alias", "region")
                .block("default_tags", b -> b.optional("tags"));
        add("provider", "azurerm", "azurerm 5.0 upgrade guide: resource provider registration")
                .optional("resource_provider_registrations", "resource_providers_to_register")
                .requiredBlock("features", b -> {});
        add("provider", "google", "google provider_reference guide: project, region, default_labels")
                .optional("project", "region", "default_labels");
        add("provider", "oci", "OCI provider configuration: region, alias").optional("alias", "region");

        // ---- AWS (hashicorp/aws ~> 6.0) ----
        resource("aws_vpc", AWS + "vpc")
                .optional("cidr_block", "enable_dns_hostnames", "enable_dns_support", "tags")
                .exports("cidr_block", "arn");
        resource("aws_subnet", AWS + "subnet").required("vpc_id").optional("cidr_block", "tags");
        resource("aws_security_group", AWS + "security_group").optional("name", "description", "vpc_id");
        resource("aws_vpc_security_group_ingress_rule", AWS + "vpc_security_group_ingress_rule")
                .required("security_group_id", "ip_protocol")
                .optional("referenced_security_group_id", "cidr_ipv4");
        resource("aws_vpc_security_group_egress_rule", AWS + "vpc_security_group_egress_rule")
                .required("security_group_id", "ip_protocol")
                .optional("referenced_security_group_id", "cidr_ipv4");
        resource("aws_launch_template", AWS + "launch_template (6.0 removed only elastic_gpu/inference)")
                .optional("name_prefix", "image_id", "instance_type")
                .block(
                        "network_interfaces",
                        b -> b.optional("device_index", "security_groups", "delete_on_termination"))
                .block("metadata_options", b -> b.optional("http_tokens"))
                .block("tag_specifications", b -> b.optional("resource_type", "tags"))
                .exports("latest_version", "arn");
        resource("aws_autoscaling_group", AWS + "autoscaling_group: launch_template { id | name, version }")
                .required("max_size", "min_size")
                .optional("name", "desired_capacity", "vpc_zone_identifier", "wait_for_capacity_timeout")
                .block("launch_template", b -> b.required("id", "version"))
                .exports("name", "arn");
        resource("aws_s3_bucket", AWS + "s3_bucket").optional("bucket", "tags").exports("bucket", "arn");
        resource("aws_s3_bucket_versioning", AWS + "s3_bucket_versioning")
                .required("bucket")
                .requiredBlock("versioning_configuration", b -> b.required("status"));
        resource("aws_s3_bucket_public_access_block", AWS + "s3_bucket_public_access_block")
                .required("bucket")
                .optional("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets");
        resource("aws_s3_bucket_lifecycle_configuration", AWS + "s3_bucket_lifecycle_configuration")
                .required("bucket")
                .requiredBlock("rule", r -> r.required("id", "status")
                        .block("filter", f -> {})
                        .block("transition", t -> t.required("storage_class").optional("days")));
        resource(
                        "aws_s3_bucket_replication_configuration",
                        AWS + "s3_bucket_replication_configuration: filter {} needs delete_marker_replication")
                .required("role", "bucket")
                .requiredBlock("rule", r -> r.required("status")
                        .optional("id")
                        .block("filter", f -> {})
                        .block("delete_marker_replication", d -> d.required("status"))
                        .requiredBlock("destination", d -> d.required("bucket")));
        resource("aws_ebs_volume", AWS + "ebs_volume")
                .required("availability_zone")
                .optional("size", "type", "encrypted", "tags");
        resource("aws_efs_file_system", AWS + "efs_file_system").optional("encrypted", "tags");
        data("aws_availability_zones", "AWS provider 6.x docs d/availability_zones")
                .optional("state")
                .exports("names");

        // Governance (issue 19); arguments confirmed in the provider docs and the Pulumi bridges generated
        // from the same schemas (pulumi.com/registry aws iam/openidconnectprovider, cloudtrail/trail).
        resource(
                        "aws_iam_openid_connect_provider",
                        AWS + "iam_openid_connect_provider: url, client_id_list required; thumbprint_list optional")
                .required("url", "client_id_list")
                .optional("thumbprint_list", "tags")
                .exports("arn");
        resource("aws_cloudtrail", AWS + "cloudtrail: name, s3_bucket_name required")
                .required("name", "s3_bucket_name")
                .optional(
                        "is_multi_region_trail", "include_global_service_events", "enable_log_file_validation", "tags")
                .exports("arn");

        // ---- Azure (hashicorp/azurerm ~> 5.0) ----
        resource("azurerm_resource_group", AZ + "resource_group")
                .required("name", "location")
                .optional("tags")
                .exports("name", "location");
        resource("azurerm_virtual_network", AZ + "virtual_network")
                .required("name", "resource_group_name", "location")
                .optional("address_space", "tags")
                .exports("name");
        resource("azurerm_subnet", AZ + "subnet (5.0 removed service_endpoints only)")
                .required("name", "resource_group_name", "virtual_network_name")
                .optional("address_prefixes");
        resource("azurerm_linux_virtual_machine_scale_set", AZ + "linux_virtual_machine_scale_set")
                .required("name", "resource_group_name", "location", "sku", "admin_username")
                .optional("instances", "overprovision", "single_placement_group", "tags")
                .block("admin_ssh_key", b -> b.required("username", "public_key"))
                .block("source_image_reference", b -> b.required("publisher", "offer", "sku", "version"))
                .requiredBlock("os_disk", b -> b.required("caching", "storage_account_type"))
                .requiredBlock("network_interface", n -> n.required("name")
                        .optional("primary")
                        .requiredBlock(
                                "ip_configuration", ip -> ip.required("name").optional("primary", "subnet_id")));
        resource("azurerm_storage_account", AZ + "storage_account (5.0: queue_properties/static_website removed)")
                .required("name", "resource_group_name", "location", "account_tier", "account_replication_type")
                .optional("account_kind", "min_tls_version", "allow_nested_items_to_be_public", "tags")
                .block("blob_properties", b -> b.optional("versioning_enabled", "change_feed_enabled"))
                .exports("name");
        resource("azurerm_storage_container", AZ + "storage_container (5.0: storage_account_id only)")
                .required("name", "storage_account_id")
                .optional("container_access_type")
                .exports("name");
        resource("azurerm_storage_share", AZ + "storage_share (5.0: storage_account_id only)")
                .required("name", "storage_account_id", "quota");
        resource("azurerm_managed_disk", AZ + "managed_disk")
                .required("name", "resource_group_name", "location", "storage_account_type", "create_option")
                .optional("disk_size_gb", "tags");
        resource("azurerm_storage_object_replication", AZ + "storage_object_replication")
                .required("source_storage_account_id", "destination_storage_account_id")
                .requiredBlock("rules", r -> r.required("source_container_name", "destination_container_name")
                        .optional("copy_blobs_created_after"));

        // Governance (issue 19), read in azurerm 5.2.0 (website/docs and internal/services schemas). The
        // 5.0 guide removed parent_id of the credential (user_assigned_identity_id instead) and the metric
        // block and retention_policy of the diagnostic setting (enabled_log / enabled_metric remain).
        resource("azurerm_user_assigned_identity", AZ5 + "r/user_assigned_identity (API Microsoft.ManagedIdentity)")
                .required("name", "resource_group_name", "location")
                .optional("tags", "isolation_scope")
                .exports("client_id", "principal_id", "tenant_id");
        resource(
                        "azurerm_federated_identity_credential",
                        AZ5 + "r/federated_identity_credential: audience is a list of at most 1 (schema MaxItems)")
                .required("name", "user_assigned_identity_id", "audience", "issuer", "subject");
        resource(
                        "azurerm_monitor_diagnostic_setting",
                        AZ5 + "r/monitor_diagnostic_setting: one destination of eventhub_authorization_rule_id,"
                                + " log_analytics_workspace_id, partner_solution_id, storage_account_id; activity-log"
                                + " categories from the acceptance test activityLog (API Microsoft.Insights)")
                .required("name", "target_resource_id")
                .optional(
                        "eventhub_name",
                        "eventhub_authorization_rule_id",
                        "log_analytics_workspace_id",
                        "storage_account_id",
                        "log_analytics_destination_type",
                        "partner_solution_id")
                .block("enabled_log", b -> b.optional("category", "category_group"))
                .block("enabled_metric", b -> b.required("category"));
        data("azurerm_subscription", AZ5 + "d/subscription: id is /subscriptions/GUID")
                .optional("subscription_id")
                .exports("subscription_id", "tenant_id", "display_name");

        // ---- GCP (hashicorp/google ~> 8.0) ----
        resource("google_compute_network", GCP + "compute_network")
                .required("name")
                .optional("auto_create_subnetworks")
                .exports("name", "self_link");
        resource("google_compute_subnetwork", GCP + "compute_subnetwork (7.0 removed enable_flow_logs only)")
                .required("name", "network")
                .optional("region", "ip_cidr_range")
                .exports("self_link");
        resource("google_compute_firewall", GCP + "compute_firewall")
                .required("name", "network")
                .optional("source_ranges")
                .block("allow", b -> b.required("protocol"));
        resource("google_compute_instance_template", GCP + "compute_instance_template (name_prefix max 54, 37 safe)")
                .required("machine_type")
                .optional("name_prefix")
                .requiredBlock("disk", b -> b.optional("source_image", "disk_size_gb", "boot", "auto_delete"))
                .block("network_interface", b -> b.optional("subnetwork"))
                .block("guest_accelerator", b -> b.required("type", "count"))
                .block("scheduling", b -> b.optional("on_host_maintenance", "automatic_restart"))
                .exports("self_link", "self_link_unique");
        resource("google_compute_region_instance_group_manager", GCP + "compute_region_instance_group_manager")
                .required("name", "base_instance_name")
                .optional("region", "target_size")
                .requiredBlock("version", b -> b.required("instance_template"))
                .exports("instance_group", "self_link");
        resource("google_storage_bucket", GCP + "storage_bucket (7.0: retention_period became a string)")
                .required("name", "location")
                .optional("storage_class", "uniform_bucket_level_access", "public_access_prevention")
                .block("versioning", b -> b.required("enabled"))
                .exports("name", "url", "self_link");
        resource("google_compute_disk", GCP + "compute_disk").required("name").optional("zone", "type", "size");
        resource("google_filestore_instance", GCP + "filestore_instance (zone removed in 5.0: location)")
                .required("name", "tier")
                .optional("location")
                .requiredBlock("file_shares", b -> b.required("name", "capacity_gb"))
                .requiredBlock("networks", b -> b.required("network", "modes"));
        resource("google_storage_transfer_job", GCP + "storage_transfer_job: description + replication_spec")
                .required("description")
                .block("replication_spec", r -> r.block("gcs_data_source", s -> s.required("bucket_name"))
                        .block("gcs_data_sink", s -> s.required("bucket_name")));
        data("google_compute_zones", "google provider docs d/compute_zones")
                .optional("region")
                .exports("names");

        // Governance (issue 19): gcloud iam workload-identity-pools providers create-oidc requires an
        // attribute mapping with google.subject for OIDC; pulumi.com/registry gcp logging/projectsink.
        resource("google_iam_workload_identity_pool", GCP + "iam_workload_identity_pool")
                .required("workload_identity_pool_id")
                .optional("display_name", "description", "disabled", "project")
                .exports("workload_identity_pool_id", "name");
        resource(
                        "google_iam_workload_identity_pool_provider",
                        GCP + "iam_workload_identity_pool_provider: oidc { issuer_uri required }")
                .required("workload_identity_pool_id", "workload_identity_pool_provider_id")
                .optional("display_name", "description", "attribute_mapping", "attribute_condition", "project")
                .block("oidc", b -> b.required("issuer_uri").optional("allowed_audiences"))
                .exports("name");
        resource("google_logging_project_sink", GCP + "logging_project_sink: name, destination required")
                .required("name", "destination")
                .optional("filter", "unique_writer_identity", "description", "project")
                .exports("writer_identity");

        // ---- OCI (oracle/oci ~> 8.0) ----
        resource("oci_core_vcn", OCI + "core_vcn")
                .required("compartment_id")
                .optional("cidr_blocks", "display_name", "freeform_tags");
        resource("oci_core_subnet", OCI + "core_subnet")
                .required("compartment_id", "vcn_id")
                .optional("cidr_block", "display_name", "prohibit_public_ip_on_vnic", "freeform_tags");
        resource("oci_core_instance_configuration", OCI + "core_instance_configuration")
                .required("compartment_id")
                .optional("display_name", "freeform_tags")
                .requiredBlock("instance_details", d -> d.required("instance_type")
                        .block("launch_details", l -> l.optional("compartment_id", "shape")
                                .block("create_vnic_details", v -> v.optional("subnet_id"))
                                .block("source_details", s -> s.required("source_type")
                                        .optional("image_id"))));
        resource("oci_core_instance_pool", OCI + "core_instance_pool (primary_subnet_id deprecated)")
                .required("compartment_id", "instance_configuration_id", "size")
                .optional("display_name", "freeform_tags")
                .requiredBlock("placement_configurations", p -> p.required("availability_domain")
                        .block("primary_vnic_subnets", s -> s.required("subnet_id")));
        resource("oci_objectstorage_bucket", OCI + "objectstorage_bucket")
                .required("compartment_id", "name", "namespace")
                .optional("access_type", "versioning", "storage_tier", "freeform_tags")
                .exports("name");
        resource("oci_objectstorage_replication_policy", OCI + "objectstorage_replication_policy")
                .required("bucket", "destination_bucket_name", "destination_region_name", "name", "namespace");
        resource("oci_core_volume", OCI + "core_volume")
                .required("compartment_id")
                .optional("availability_domain", "display_name", "size_in_gbs", "freeform_tags");
        resource("oci_file_storage_file_system", OCI + "file_storage_file_system")
                .required("availability_domain", "compartment_id")
                .optional("display_name", "freeform_tags");
        data("oci_identity_availability_domains", "OCI provider docs d/identity_availability_domains")
                .required("compartment_id")
                .exports("availability_domains");
        data("oci_objectstorage_namespace", "OCI provider docs d/objectstorage_namespace")
                .optional("compartment_id")
                .exports("namespace");

        // Governance (issue 19): workload identity federation (JWT to UPST token exchange) is an identity
        // propagation trust; examples/identity_domains/identity_propagation_trust.tf says oauth_clients must
        // be set; type JWT from the SDK enum (JWT, SAML, SPNEGO, AWS, X509).
        resource(
                        "oci_identity_domains_identity_propagation_trust",
                        OCI8 + "r/identity_domains_identity_propagation_trust: active defaults to false")
                .required("idcs_endpoint", "issuer", "name", "schemas", "type")
                .optional(
                        "active",
                        "description",
                        "oauth_clients",
                        "public_key_endpoint",
                        "subject_claim_name",
                        "subject_mapping_attribute",
                        "subject_type",
                        "allow_impersonation");
        resource(
                        "oci_sch_service_connector",
                        OCI8 + "r/sch_service_connector: source kind logging (log_group_id _Audit or an OCID),"
                                + " target kind objectStorage (bucket required, namespace applicable)")
                .required("compartment_id", "display_name")
                .optional("description", "freeform_tags", "state")
                .requiredBlock("source", b -> b.required("kind")
                        .block("log_sources", l -> l.optional("compartment_id", "log_group_id", "log_id")))
                .requiredBlock("target", b -> b.required("kind").optional("bucket", "namespace", "object_name_prefix"));
    }
}
