package dev.skyloom.export.terraform;

import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.export.terraform.hcl.Block;
import dev.skyloom.export.terraform.hcl.Comment;
import dev.skyloom.export.terraform.hcl.HclBody;
import dev.skyloom.export.terraform.hcl.HclWriter;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the components of one cloud to its Terraform resources, written to one file per provider.
 * Subclasses know the provider's resources; this class keeps the regions used, provider aliases and
 * the per-region networking emitted so far.
 */
abstract class CloudMapping {
    final TerraformContext ctx;
    final String catalogProvider;
    final String local;
    /** Region code to provider alias; the first region uses the default configuration (null alias). */
    final Map<String, String> aliases = new LinkedHashMap<>();

    /** The provider's file, rendered as resources are added. */
    final HclWriter.FileBuilder file = new HclWriter.FileBuilder();

    private final Set<String> networked = new HashSet<>();
    private final Set<String> aliasNames = new HashSet<>();
    private int networkIndex;

    CloudMapping(TerraformContext ctx, String catalogProvider, String local) {
        this.ctx = ctx;
        this.catalogProvider = catalogProvider;
        this.local = local;
        file.add(new Comment("Resources for " + catalogProvider + " generated from design \""
                + dev.skyloom.export.terraform.hcl.HclSyntax.commentText(ctx.designName, 120) + "\"."));
    }

    /** Whether this provider needs one configuration per region (OCI, AWS) or one overall (Azure, GCP). */
    /** Object and archive storage become buckets (blob containers), the only kind that replicates. */
    static boolean isBucket(StorageFamily f) {
        return f == StorageFamily.OBJECT || f == StorageFamily.ARCHIVE;
    }

    abstract boolean aliasPerRegion();

    abstract List<HclBody> providerBlocks();

    abstract void network(Component.Region region, String label, int index);

    abstract void pool(Component.GpuPool pool, Component.Region region);

    abstract void storage(Component.Storage storage, Component.Region region, StorageFamily family, boolean source);

    /** Emits replication between two mapped storages of this cloud; false if the kinds cannot replicate. */
    abstract boolean replication(
            Connection c,
            Component.Storage from,
            StorageFamily fromFamily,
            Component.Storage to,
            StorageFamily toFamily);

    /**
     * Federates this cloud to an OIDC identity provider (the {@code federates} connection {@code k});
     * false when nothing generated for this cloud can hold it, and the exporter writes a placeholder.
     */
    abstract boolean federation(Connection k, Component identity);

    /**
     * Exports this cloud's audit logs towards a telemetry sink (the {@code ships-telemetry} connection
     * {@code k}); false when nothing generated for this cloud can hold it, and the exporter writes a placeholder.
     */
    abstract boolean auditExport(Connection k, Component sink);

    /** The issuer URL variable of an identity provider, shared by every cloud federated to it. */
    String issuerVariable(Component identity) {
        String name = ctx.label(identity.id()) + "_issuer_url";
        ctx.variable(
                name,
                "string",
                "OIDC issuer URL (https://...) of identity provider \"" + TerraformNames.tagValue(identity.label())
                        + "\"; it must match the iss claim of its tokens.",
                null,
                dev.skyloom.export.terraform.hcl.HclExpression.str("https://idp.example.com"));
        return "var." + name;
    }

    String fileName() {
        return catalogProvider + ".tf";
    }

    void useRegion(String code) {
        if (aliases.containsKey(code)) {
            return;
        }
        if (aliases.isEmpty() || !aliasPerRegion()) {
            aliases.put(code, null);
            return;
        }
        String alias = TerraformNames.baseLabel(code);
        while (!aliasNames.add(alias)) {
            alias = alias + "_" + TerraformNames.shortHash(code, 4);
        }
        aliases.put(code, alias);
    }

    String firstRegion() {
        return aliases.keySet().iterator().next();
    }

    /** Adds {@code provider = local.alias} and a blank line when the region is not the default one. */
    void providerMeta(Block.Builder b, String regionCode) {
        String alias = aliasPerRegion() ? aliases.get(regionCode) : null;
        if (alias != null) {
            b.ref("provider", local + "." + alias);
            b.blank();
        }
    }

    /** Networking for a region, emitted once before its first resource that needs it. */
    void ensureNetwork(Component.Region region) {
        if (networked.add(region.id())) {
            file.add(new Comment("Network for the GPU resources in " + TerraformContext.describe(region)));
            network(region, ctx.label(region.id()), networkIndex++);
        }
    }

    void add(Block block) {
        file.add(block);
    }

    void comment(String text) {
        file.add(new Comment(text));
    }

    /** {@code 10.<index>.0.0/16}: distinct private ranges per region (wraps after 250 regions). */
    static String cidr16(int index) {
        return "10." + (index % 250) + ".0.0/16";
    }

    static String cidr24(int index) {
        return "10." + (index % 250) + ".0.0/24";
    }

    /** Capacity in whole GB (decimal), at least {@code min}. */
    static long gigabytes(BigDecimal tb, long min) {
        long gb = tb.multiply(BigDecimal.valueOf(1000))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Math.max(min, gb);
    }
}
