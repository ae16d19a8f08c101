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
import dev.skyloom.model.TelemetryHosting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Azure: resource group per region, VNet + subnet for pools, Linux VM scale sets, storage accounts, object replication. */
final class AzureMapping extends CloudMapping {
    /**
     * Activity-log categories exported for audit: control-plane writes, security and policy events (the
     * azurerm acceptance test for a subscription diagnostic setting lists all eight valid categories).
     */
    static final List<String> AUDIT_CATEGORIES = List.of("Administrative", "Security", "Policy");

    private final Set<String> groups = new HashSet<>();
    /** Resource providers the generated resources need, registered by the provider (azurerm 5 registers none). */
    private final Set<String> resourceProviders =
            new TreeSet<>(List.of("Microsoft.Compute", "Microsoft.Network", "Microsoft.Storage"));

    private final Set<String> federated = new HashSet<>();
    private final Set<String> diagnostics = new HashSet<>();
    private String firstGroup;
    private boolean subscription;

    AzureMapping(TerraformContext ctx, String local) {
        super(ctx, "azure", local);
    }

    @Override
    boolean aliasPerRegion() {
        return false;
    }

    @Override
    List<HclBody> providerBlocks() {
        List<HclExpression> registered = new ArrayList<>();
        resourceProviders.forEach(p -> registered.add(str(p)));
        return List.of(Block.builder("provider", local)
                .comment("Register only what this configuration needs (azurerm 5 registers nothing by default).")
                .attr("resource_provider_registrations", "none")
                .attr("resource_providers_to_register", new HclExpression.ListExpr(registered))
                .block(Block.builder("features").build())
                .build());
    }

    private void resourceGroup(Component.Region region) {
        String r = ctx.label(region.id());
        if (groups.add(r)) {
            if (firstGroup == null) {
                firstGroup = r;
            }
            add(Block.builder("resource", "azurerm_resource_group", r)
                    .attr("name", "rg-" + TerraformNames.resourceName(ctx.designName, region.id(), 60))
                    .attr("location", region.region())
                    .ref("tags", "local.common_tags")
                    .build());
        }
    }

    private Block.Builder located(String type, String label, Component.Region region) {
        String r = ctx.label(region.id());
        return Block.builder("resource", type, label)
                .ref("resource_group_name", "azurerm_resource_group." + r + ".name")
                .ref("location", "azurerm_resource_group." + r + ".location");
    }

    @Override
    void network(Component.Region region, String r, int index) {
        resourceGroup(region);
        add(located("azurerm_virtual_network", r, region)
                .attr("name", "vnet-" + TerraformNames.resourceName(ctx.designName, region.id(), 56))
                .attr("address_space", list(str(cidr16(index))))
                .ref("tags", "local.common_tags")
                .build());
        add(Block.builder("resource", "azurerm_subnet", r)
                .attr("name", "snet-gpu")
                .ref("resource_group_name", "azurerm_resource_group." + r + ".name")
                .ref("virtual_network_name", "azurerm_virtual_network." + r + ".name")
                .attr("address_prefixes", list(str(cidr24(index))))
                .build());
    }

    @Override
    void pool(Component.GpuPool pool, Component.Region region) {
        resourceGroup(region);
        ensureNetwork(region);
        String p = ctx.label(pool.id());
        String r = ctx.label(region.id());
        ctx.variable(
                "azure_admin_username", "string", "Admin user name on the Azure GPU nodes.", str("azureuser"), null);
        ctx.variable(
                "azure_admin_ssh_public_key",
                "string",
                "SSH public key (ssh-ed25519 or ssh-rsa >= 2048 bit) of the admin user on the Azure GPU nodes.",
                null,
                str("ssh-ed25519 AAAA... platform@example.com"));
        comment("Design component: " + TerraformContext.describe(pool) + ": " + pool.count() + " x "
                + dev.skyloom.export.terraform.hcl.HclSyntax.commentText(pool.instanceType(), 60));
        Block.Builder vmss = located("azurerm_linux_virtual_machine_scale_set", p, region)
                .attr("name", TerraformNames.resourceName(ctx.designName, pool.id(), 40))
                .attr("sku", pool.instanceType())
                .attr("instances", pool.count())
                .ref("admin_username", "var.azure_admin_username")
                .attr("overprovision", false);
        if (pool.count() <= 100) {
            vmss.comment("One placement group keeps the VMs on one InfiniBand fabric (at most 100 VMs).");
            vmss.attr("single_placement_group", true);
        } else {
            vmss.attr("single_placement_group", false);
        }
        Map<String, HclExpression> tags = new LinkedHashMap<>();
        tags.put("skyloom_component", str(TerraformNames.tagValue(pool.id())));
        add(vmss.attr(
                        "tags",
                        dev.skyloom.export.terraform.hcl.HclExpression.call(
                                "merge", ref("local.common_tags"), new HclExpression.ObjectExpr(tags)))
                .block(Block.builder("admin_ssh_key")
                        .ref("username", "var.azure_admin_username")
                        .ref("public_key", "var.azure_admin_ssh_public_key")
                        .build())
                .comment("Azure HPC image (GPU and InfiniBand drivers); check with az vm image list.")
                .block(Block.builder("source_image_reference")
                        .attr("publisher", "microsoft-dsvm")
                        .attr("offer", "ubuntu-hpc")
                        .attr("sku", "2204")
                        .attr("version", "latest")
                        .build())
                .block(Block.builder("os_disk")
                        .attr("caching", "ReadWrite")
                        .attr("storage_account_type", "Premium_LRS")
                        .build())
                .block(Block.builder("network_interface")
                        .attr("name", "nic-gpu")
                        .attr("primary", true)
                        .block(Block.builder("ip_configuration")
                                .attr("name", "internal")
                                .attr("primary", true)
                                .ref("subnet_id", "azurerm_subnet." + r + ".id")
                                .build())
                        .build())
                .build());
        ctx.output(
                p + "_scale_set_id",
                "VM scale set of GPU pool " + pool.id() + ".",
                ref("azurerm_linux_virtual_machine_scale_set." + p + ".id"));
        ctx.mapped(pool, "azurerm_linux_virtual_machine_scale_set." + p);
    }

    @Override
    void storage(Component.Storage storage, Component.Region region, StorageFamily family, boolean source) {
        resourceGroup(region);
        String s = ctx.label(storage.id());
        comment("Design component: " + TerraformContext.describe(storage));
        Map<String, HclExpression> tags = new LinkedHashMap<>();
        tags.put("skyloom_component", str(TerraformNames.tagValue(storage.id())));
        HclExpression tagExpr = dev.skyloom.export.terraform.hcl.HclExpression.call(
                "merge", ref("local.common_tags"), new HclExpression.ObjectExpr(tags));
        if (family == StorageFamily.BLOCK) {
            add(located("azurerm_managed_disk", s, region)
                    .attr("name", TerraformNames.resourceName(ctx.designName, storage.id(), 60))
                    .attr("storage_account_type", "Premium_LRS")
                    .attr("create_option", "Empty")
                    .attr("disk_size_gb", gigabytes(storage.capacityTb(), 4))
                    .attr("tags", tagExpr)
                    .build());
            ctx.mapped(storage, "azurerm_managed_disk." + s);
            return;
        }
        Block.Builder account = located("azurerm_storage_account", s, region)
                .attr("name", TerraformNames.azureStorageAccount(ctx.designName, storage.id()));
        if (family == StorageFamily.FILE) {
            account.attr("account_kind", "FileStorage").attr("account_tier", "Premium");
        } else {
            account.attr("account_tier", "Standard");
        }
        account.attr("account_replication_type", "LRS")
                .attr("min_tls_version", "TLS1_2")
                .attr("allow_nested_items_to_be_public", false)
                .attr("tags", tagExpr);
        if (family != StorageFamily.FILE) {
            Block.Builder blob = Block.builder("blob_properties").attr("versioning_enabled", true);
            if (source) {
                blob.attr("change_feed_enabled", true);
            }
            account.block(blob.build());
        }
        add(account.build());
        if (family == StorageFamily.FILE) {
            add(Block.builder("resource", "azurerm_storage_share", s)
                    .attr("name", "data")
                    .ref("storage_account_id", "azurerm_storage_account." + s + ".id")
                    .attr("quota", Math.min(102_400, Math.max(100, gigabytes(storage.capacityTb(), 100))))
                    .build());
            ctx.mapped(storage, "azurerm_storage_account." + s + ", azurerm_storage_share." + s);
        } else {
            add(Block.builder("resource", "azurerm_storage_container", s)
                    .attr("name", "data")
                    .ref("storage_account_id", "azurerm_storage_account." + s + ".id")
                    .attr("container_access_type", "private")
                    .build());
            ctx.mapped(
                    storage,
                    "azurerm_storage_account." + s + ", azurerm_storage_container." + s
                            + (family == StorageFamily.ARCHIVE ? " (set blobs to the Archive tier)" : ""));
        }
        ctx.output(
                s + "_storage_account",
                "Storage account of storage " + storage.id() + ".",
                ref("azurerm_storage_account." + s + ".name"));
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
        String src = ctx.label(from.id());
        String dst = ctx.label(to.id());
        comment("Design connection: replicates-to \""
                + dev.skyloom.export.terraform.hcl.HclSyntax.commentText(c.id(), 120)
                + "\" (object replication needs versioning and the change feed on the source).");
        add(Block.builder("resource", "azurerm_storage_object_replication", k)
                .ref("source_storage_account_id", "azurerm_storage_account." + src + ".id")
                .ref("destination_storage_account_id", "azurerm_storage_account." + dst + ".id")
                .block(Block.builder("rules")
                        .ref("source_container_name", "azurerm_storage_container." + src + ".name")
                        .ref("destination_container_name", "azurerm_storage_container." + dst + ".name")
                        .attr("copy_blobs_created_after", "Everything")
                        .build())
                .build());
        return true;
    }

    /**
     * A user-assigned identity per identity provider, trusting its tokens through a federated identity
     * credential (azurerm 5.0: {@code user_assigned_identity_id}, {@code parent_id} removed); issuer,
     * subject and audience are variables, no secret is involved.
     */
    @Override
    boolean federation(Connection c, Component identity) {
        if (firstGroup == null) {
            return false;
        }
        String i = ctx.label(identity.id());
        if (!federated.add(i)) {
            comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" uses azurerm_federated_identity_credential." + i + " above.");
            return true;
        }
        resourceProviders.add("Microsoft.ManagedIdentity");
        String subject = i + "_azure_subject";
        ctx.variable(
                subject,
                "string",
                "Subject (sub claim) of the tokens from identity provider \""
                        + TerraformNames.tagValue(identity.label())
                        + "\" that Azure accepts for the user-assigned identity (one subject per credential).",
                null,
                str("REPLACE_ME"));
        String audience = i + "_azure_audience";
        ctx.variable(
                audience,
                "string",
                "Audience (aud claim) Azure expects in those tokens; api://AzureADTokenExchange is Entra ID's recommended value.",
                str("api://AzureADTokenExchange"),
                null);
        comment("Design connection: federates \"" + HclSyntax.commentText(c.id(), 120) + "\": Azure trusts "
                + TerraformContext.describe(identity) + " (no secret: the issuer signs tokens with its own keys).");
        add(Block.builder("resource", "azurerm_user_assigned_identity", i)
                .attr("name", "id-" + TerraformNames.resourceName(ctx.designName, identity.id(), 60))
                .ref("resource_group_name", "azurerm_resource_group." + firstGroup + ".name")
                .ref("location", "azurerm_resource_group." + firstGroup + ".location")
                .ref("tags", "local.common_tags")
                .build());
        add(Block.builder("resource", "azurerm_federated_identity_credential", i)
                .attr("name", TerraformNames.resourceName(ctx.designName, c.id(), 60))
                .ref("user_assigned_identity_id", "azurerm_user_assigned_identity." + i + ".id")
                .ref("issuer", issuerVariable(identity))
                .ref("subject", "var." + subject)
                .attr("audience", list(ref("var." + audience)))
                .build());
        ctx.output(
                i + "_azure_client_id",
                "Client ID of the user-assigned identity that tokens of " + identity.id() + " are exchanged for.",
                ref("azurerm_user_assigned_identity." + i + ".client_id"));
        return true;
    }

    /**
     * The subscription's activity log (the Azure control-plane audit log) exported by one diagnostic
     * setting per telemetry sink: to a Log Analytics workspace when the sink is Azure's own service,
     * otherwise to an Event Hub, from which SaaS and self-hosted collectors read.
     */
    @Override
    boolean auditExport(Connection c, Component sink) {
        String t = ctx.label(sink.id());
        if (!diagnostics.add(t)) {
            comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120)
                    + "\" is covered by the subscription-wide azurerm_monitor_diagnostic_setting." + t + " above.");
            return true;
        }
        resourceProviders.add("Microsoft.Insights");
        if (!subscription) {
            subscription = true;
            add(Block.builder("data", "azurerm_subscription", "this").build());
        }
        comment("Design connection: ships-telemetry \"" + HclSyntax.commentText(c.id(), 120)
                + "\": Azure activity log (audit) for " + TerraformContext.describe(sink) + ".");
        Block.Builder setting = Block.builder("resource", "azurerm_monitor_diagnostic_setting", t)
                .attr("name", TerraformNames.resourceName(ctx.designName, sink.id(), 60))
                .ref("target_resource_id", "data.azurerm_subscription.this.id");
        String label = TerraformNames.tagValue(sink.label());
        if (azureNative(sink)) {
            String workspace = t + "_azure_log_analytics_workspace_id";
            ctx.variable(
                    workspace,
                    "string",
                    "Resource ID of the Log Analytics workspace of telemetry sink \"" + label + "\".",
                    null,
                    str("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitor"
                            + "/providers/Microsoft.OperationalInsights/workspaces/audit-logs"));
            setting.ref("log_analytics_workspace_id", "var." + workspace);
        } else {
            String rule = t + "_azure_eventhub_authorization_rule_id";
            String hub = t + "_azure_eventhub_name";
            ctx.variable(
                    rule,
                    "string",
                    "Resource ID of the Event Hub namespace authorization rule Azure Monitor sends the activity log"
                            + " with, to the namespace telemetry sink \"" + label + "\" reads; an ID, not a key.",
                    null,
                    str("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-monitor"
                            + "/providers/Microsoft.EventHub/namespaces/audit-logs/authorizationRules/activity-log"));
            ctx.variable(
                    hub,
                    "string",
                    "Event Hub in that namespace for the activity log of telemetry sink \"" + label + "\".",
                    null,
                    str("activity-log"));
            setting.ref("eventhub_authorization_rule_id", "var." + rule).ref("eventhub_name", "var." + hub);
        }
        for (String category : AUDIT_CATEGORIES) {
            setting.block(
                    Block.builder("enabled_log").attr("category", category).build());
        }
        add(setting.build());
        return true;
    }

    /** A sink that is Azure's own monitoring service (hosted in an Azure region) receives in Log Analytics. */
    private boolean azureNative(Component sink) {
        return sink instanceof Component.Telemetry t
                && t.hosting() == TelemetryHosting.CLOUD
                && ctx.design
                        .providerOf(sink.id())
                        .map(p -> p.provider().equals(catalogProvider))
                        .orElse(false);
    }
}
