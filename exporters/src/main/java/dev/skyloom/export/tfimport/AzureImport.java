package dev.skyloom.export.tfimport;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Azure: GPU capacity from virtual machine scale sets, virtual machines, AKS clusters' default pools and node
 * pools; storage from storage accounts (file for {@code FileStorage}, else object; containers and shares are
 * part of their account) and managed disks; replication from {@code azurerm_storage_object_replication}. The
 * region is the resource's {@code location}, or its resource group's.
 */
final class AzureImport implements CloudImport {
    /** N-series sizes carry GPUs (NC, ND, NV, NG, NCC). */
    private static final Pattern ACCELERATED = Pattern.compile("^Standard_N[A-Z]+.*");

    @Override
    public String terraformProvider() {
        return "azurerm";
    }

    @Override
    public String provider() {
        return "azure";
    }

    @Override
    public boolean map(TfResource r, ImportContext ctx) {
        if (!ctx.isFirstInstance(r)) {
            return true;
        }
        switch (r.type()) {
            case "azurerm_linux_virtual_machine_scale_set",
                    "azurerm_windows_virtual_machine_scale_set",
                    "azurerm_orchestrated_virtual_machine_scale_set" -> {
                return sized(r, ctx, "sku", "instances", "scale set " + ImportContext.displayName(r));
            }
            case "azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine" -> {
                return sized(r, ctx, "size", null, "virtual machines");
            }
            case "azurerm_kubernetes_cluster" -> {
                return sized(
                        r,
                        ctx,
                        "default_node_pool.vm_size",
                        "default_node_pool.node_count",
                        "AKS cluster " + ImportContext.displayName(r));
            }
            case "azurerm_kubernetes_cluster_node_pool" -> {
                return nodePool(r, ctx);
            }
            case "azurerm_storage_account" -> account(r, ctx);
            case "azurerm_storage_container", "azurerm_storage_share" -> {
                Optional<TfResource> account = ctx.follow(r, "storage_account_id", "azurerm_storage_account")
                        .or(() -> ctx.follow(r, "storage_account_name", "azurerm_storage_account"));
                account.ifPresent(a -> ctx.partOf(r, a));
                return account.isPresent();
            }
            case "azurerm_managed_disk" -> disk(r, ctx);
            case "azurerm_storage_object_replication" -> {
                Optional<TfResource> from = ctx.follow(r, "source_storage_account_id", "azurerm_storage_account");
                Optional<TfResource> to = ctx.follow(r, "destination_storage_account_id", "azurerm_storage_account");
                if (from.isEmpty() || to.isEmpty()) {
                    ctx.unresolved(r, "source/destination_storage_account_id", "do not both lead to accounts here");
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

    private boolean sized(TfResource r, ImportContext ctx, String sizePath, String countPath, String group) {
        Optional<String> size = TfValues.text(r.values(), sizePath);
        if (size.isEmpty()) {
            ctx.unresolved(r, sizePath, "is not a literal; not imported");
            return false;
        }
        int count = ctx.instances(r);
        if (countPath != null) {
            OptionalDouble n = TfValues.number(r.values(), countPath);
            if (n.isPresent()) {
                count = Math.max(1, (int) n.getAsDouble());
            } else {
                ctx.unresolved(r, countPath, "is not a literal; count taken as 1");
                count = 1;
            }
        }
        add(r, ctx, size.get(), count, location(r, ctx), group);
        return true;
    }

    private boolean nodePool(TfResource r, ImportContext ctx) {
        Optional<String> size = TfValues.text(r.values(), "vm_size");
        if (size.isEmpty()) {
            ctx.unresolved(r, "vm_size", "is not a literal; not imported");
            return false;
        }
        Optional<TfResource> cluster = ctx.follow(r, "kubernetes_cluster_id", "azurerm_kubernetes_cluster");
        int count = AwsImport.count(r, ctx, "node_count", "min_count");
        Optional<String> region = cluster.flatMap(c -> location(c, ctx));
        if (region.isEmpty()) {
            ctx.unresolved(r, "kubernetes_cluster_id", "does not lead to a cluster with a location here");
        }
        add(
                r,
                ctx,
                size.get(),
                count,
                region,
                "AKS cluster " + cluster.map(ImportContext::displayName).orElse("?"));
        return true;
    }

    private void add(TfResource r, ImportContext ctx, String size, int count, Optional<String> region, String group) {
        if (ctx.isAccelerated(provider(), size, ACCELERATED)) {
            ctx.add(new Imported.Pool(
                    r.baseAddress(),
                    provider(),
                    region,
                    size,
                    count,
                    ImportContext.displayName(r),
                    group,
                    ImportContext.preferredId(r)));
        } else {
            ctx.add(new Imported.Compute(
                    r.baseAddress(), provider(), region, size, count, ImportContext.displayName(r)));
        }
    }

    private void account(TfResource r, ImportContext ctx) {
        String kind = TfValues.text(r.values(), "account_kind").orElse("StorageV2");
        String tier = TfValues.text(r.values(), "access_tier").orElse("Hot");
        String storageClass = kind.equals("FileStorage")
                ? "file"
                : tier.equalsIgnoreCase("Cool") ? "Blob Cool" : tier.equalsIgnoreCase("Cold") ? "Blob Cold" : "object";
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                location(r, ctx),
                storageClass,
                Optional.empty(),
                ImportContext.displayName(r),
                "storage accounts",
                ImportContext.preferredId(r)));
    }

    private void disk(TfResource r, ImportContext ctx) {
        OptionalDouble gb = TfValues.number(r.values(), "disk_size_gb");
        String type = TfValues.text(r.values(), "storage_account_type").orElse("");
        String storageClass = type.startsWith("Premium")
                ? "Managed Disk Premium SSD"
                : type.startsWith("StandardSSD") ? "Managed Disk Standard SSD" : "block";
        Optional<BigDecimal> tb = TfValues.terabytes(gb);
        ctx.add(new Imported.Storage(
                r.baseAddress(),
                provider(),
                location(r, ctx),
                storageClass,
                tb,
                ImportContext.displayName(r),
                "managed disks",
                ImportContext.preferredId(r)));
    }

    /** {@code West Europe} and {@code westeurope} are one region; a location may come from the resource group. */
    Optional<String> location(TfResource r, ImportContext ctx) {
        Optional<String> own = TfValues.text(r.values(), "location");
        if (own.isEmpty()) {
            own = ctx.follow(r, "location", "azurerm_resource_group")
                    .or(() -> ctx.follow(r, "resource_group_name", "azurerm_resource_group"))
                    .flatMap(g -> TfValues.text(g.values(), "location"));
        }
        if (own.isEmpty()) {
            ctx.unresolved(r, "location", "not found (neither on the resource nor on its resource group)");
        }
        return own.map(l -> l.replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
