package dev.skyloom.export.terraform;

import static dev.skyloom.export.terraform.hcl.HclExpression.list;
import static dev.skyloom.export.terraform.hcl.HclExpression.ref;
import static dev.skyloom.export.terraform.hcl.HclExpression.str;

import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.export.terraform.hcl.Block;
import dev.skyloom.export.terraform.hcl.HclBody;
import dev.skyloom.export.terraform.hcl.HclExpression;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Azure: resource group per region, VNet + subnet for pools, Linux VM scale sets, storage accounts, object replication. */
final class AzureMapping extends CloudMapping {
    private final Set<String> groups = new HashSet<>();

    AzureMapping(TerraformContext ctx, String local) {
        super(ctx, "azure", local);
    }

    @Override
    boolean aliasPerRegion() {
        return false;
    }

    @Override
    List<HclBody> providerBlocks() {
        return List.of(Block.builder("provider", local)
                .comment("Register only what this configuration needs (azurerm 5 registers nothing by default).")
                .attr("resource_provider_registrations", "none")
                .attr(
                        "resource_providers_to_register",
                        list(str("Microsoft.Compute"), str("Microsoft.Network"), str("Microsoft.Storage")))
                .block(Block.builder("features").build())
                .build());
    }

    private void resourceGroup(Component.Region region) {
        String r = ctx.label(region.id());
        if (groups.add(r)) {
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
}
