package dev.skyloom.export.terraform;

import static dev.skyloom.export.terraform.hcl.HclExpression.ref;
import static dev.skyloom.export.terraform.hcl.HclExpression.str;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.catalog.StorageFamily;
import dev.skyloom.export.ExportResult;
import dev.skyloom.export.terraform.hcl.Attribute;
import dev.skyloom.export.terraform.hcl.Block;
import dev.skyloom.export.terraform.hcl.Comment;
import dev.skyloom.export.terraform.hcl.HclBody;
import dev.skyloom.export.terraform.hcl.HclExpression;
import dev.skyloom.export.terraform.hcl.HclSyntax;
import dev.skyloom.export.terraform.hcl.HclWriter;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.AtomicOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a Terraform skeleton for a design: {@code terraform.tf}, {@code providers.tf}, {@code
 * variables.tf}, {@code outputs.tf}, {@code locals.tf}, one file per mapped cloud, {@code
 * placeholders.tf} for what cannot be mapped (each also a warning), {@code README.md}, {@code
 * terraform.tfvars.example} and {@code .gitignore}. Output is deterministic and in {@code terraform
 * fmt} form; all HCL goes through the typed IR and {@link HclWriter}.
 */
public final class TerraformExporter {
    private static final List<String> MAPPED_ORDER = List.of("aws", "azure", "gcp", "oci");

    private final Catalog catalog;
    private final ProviderPins pins;

    public TerraformExporter(Catalog catalog) {
        this(catalog, ProviderPins.bundled());
    }

    public TerraformExporter(Catalog catalog, ProviderPins pins) {
        this.catalog = catalog;
        this.pins = pins;
    }

    /** Renders the folder in memory. */
    public TerraformProject render(Design design) {
        TerraformContext ctx = new TerraformContext(design, catalog);
        Map<String, CloudMapping> clouds = new LinkedHashMap<>();
        List<HclBody> placeholders = new ArrayList<>();
        Map<String, StorageFamily> families = new LinkedHashMap<>();
        Set<String> replicationSources = new HashSet<>();
        for (Connection c : design.connections()) {
            if (c.type() == ConnectionType.REPLICATES_TO) {
                replicationSources.add(c.from());
            }
        }
        // pass 1: which clouds and regions are used, so provider aliases exist before resources refer to them
        for (Component c : design.components()) {
            if (c instanceof Component.GpuPool || c instanceof Component.Storage) {
                Optional<CloudMapping> cloud = cloudFor(ctx, clouds, design, c);
                Optional<Component.Region> region = design.regionOf(c.id());
                if (cloud.isPresent() && region.isPresent() && !region.get().isCustom()) {
                    cloud.get().useRegion(region.get().region());
                }
            }
        }
        for (Component c : design.components()) {
            if (!(c instanceof Component.GpuPool) && !(c instanceof Component.Storage)) {
                continue;
            }
            Optional<Component.Region> region = design.regionOf(c.id());
            Optional<CloudMapping> cloud = cloudFor(ctx, clouds, design, c);
            String reason = unmappableReason(design, c, region, cloud);
            if (reason != null) {
                placeholder(ctx, placeholders, c, reason);
                continue;
            }
            if (c instanceof Component.GpuPool pool) {
                cloud.get().pool(pool, region.get());
            } else if (c instanceof Component.Storage s) {
                StorageFamily family = family(ctx, cloud.get().catalogProvider, s);
                families.put(s.id(), family);
                cloud.get().storage(s, region.get(), family, replicationSources.contains(s.id()));
            }
        }
        for (Connection k : design.connections()) {
            switch (k.type()) {
                case REPLICATES_TO -> replication(ctx, clouds, families, placeholders, k);
                // data paths of the workload: nothing to provision beyond the pools and storage they join
                case READS, WRITES, RUNS_ON, SERVES -> {}
                case FEDERATES, SHIPS_TELEMETRY -> governance(ctx, clouds, placeholders, k);
            }
        }
        return assemble(ctx, clouds, placeholders);
    }

    private Optional<CloudMapping> cloudFor(
            TerraformContext ctx, Map<String, CloudMapping> clouds, Design design, Component c) {
        Optional<Component.Provider> provider = design.providerOf(c.id());
        if (provider.isEmpty() || !pins.supports(provider.get().provider())) {
            return Optional.empty();
        }
        String id = provider.get().provider();
        return Optional.of(clouds.computeIfAbsent(id, p -> newMapping(ctx, p)));
    }

    private CloudMapping newMapping(TerraformContext ctx, String provider) {
        String local = pins.localName(provider).orElse(provider);
        switch (provider) {
            case "aws":
                return new AwsMapping(ctx, local);
            case "azure":
                return new AzureMapping(ctx, local);
            case "gcp":
                return new GcpMapping(ctx, local);
            case "oci":
                return new OciMapping(ctx, local);
            default:
                throw new IllegalStateException("providers.properties names " + provider + " but no mapping exists");
        }
    }

    private static String unmappableReason(
            Design design, Component c, Optional<Component.Region> region, Optional<CloudMapping> cloud) {
        Optional<Component.Provider> provider = design.providerOf(c.id());
        if (provider.isEmpty() || region.isEmpty()) {
            return "it is not inside a provider region";
        }
        if (region.get().isCustom()) {
            return "it sits in a custom site (" + region.get().country().orElse("no country")
                    + "), which has no cloud provider to target";
        }
        if (cloud.isEmpty()) {
            return "provider \"" + provider.get().provider() + "\" has no Terraform mapping in Skyloom";
        }
        return null;
    }

    private static void placeholder(TerraformContext ctx, List<HclBody> placeholders, Component c, String reason) {
        placeholders.add(new Comment("PLACEHOLDER " + TerraformContext.describe(c) + describeDetail(c)));
        placeholders.add(new Comment("  not generated because " + HclSyntax.commentText(reason, 200)
                + "; provision it by hand or with the provider's own tooling."));
        ctx.warn("Terraform: " + c.type().json() + " " + c.id() + " not generated: " + reason);
        ctx.unmapped(c, reason);
    }

    /**
     * Federation and audit-log export go to the cloud's file when that cloud is mapped (its pools or
     * storage are generated); otherwise a placeholder.
     */
    private static void governance(
            TerraformContext ctx, Map<String, CloudMapping> clouds, List<HclBody> placeholders, Connection k) {
        Design design = ctx.design;
        Component from = design.component(k.from()).orElseThrow();
        Component to = design.component(k.to()).orElseThrow();
        boolean federation = k.type() == ConnectionType.FEDERATES;
        String provider = design.providerOf((federation ? to : from).id())
                .map(Component.Provider::provider)
                .orElse("");
        CloudMapping cloud = clouds.get(provider);
        if (cloud != null && (federation ? cloud.federation(k, from) : cloud.auditExport(k, to))) {
            return;
        }
        String reason;
        if (provider.isEmpty()) {
            reason = "its source is not inside a provider";
        } else if (!MAPPED_ORDER.contains(provider)) {
            reason = "provider \"" + provider + "\" has no Terraform mapping in Skyloom";
        } else if (cloud == null) {
            reason = "the design maps no pool or storage to " + provider + ", so there is no provider configuration";
        } else {
            // the cloud is configured but holds nothing this resource can live in (Azure: no resource group)
            reason = "no " + provider + " pool or storage is mapped into a region to hold it";
        }
        governancePlaceholder(ctx, placeholders, k, reason);
    }

    /**
     * A federation or audit-log export Skyloom cannot generate becomes a commented stub naming the
     * resources to write for its provider, and a warning, so none is dropped silently.
     */
    private static void governancePlaceholder(
            TerraformContext ctx, List<HclBody> placeholders, Connection k, String reason) {
        Design design = ctx.design;
        Component from = design.component(k.from()).orElseThrow();
        Component to = design.component(k.to()).orElseThrow();
        boolean federation = k.type() == ConnectionType.FEDERATES;
        Component cloudSide = federation ? to : from;
        String provider = design.providerOf(cloudSide.id())
                .map(Component.Provider::provider)
                .orElse("");
        String resources = federation ? federationResources(provider) : auditExportResources(provider);
        placeholders.add(new Comment("PLACEHOLDER " + k.type().json() + " "
                + HclSyntax.commentText(k.from(), 60) + " -> " + HclSyntax.commentText(k.to(), 60)
                + (provider.isEmpty()
                        ? ": outside any provider, the workload ships its own telemetry"
                        : (federation ? ": federate " : ": export audit logs of ")
                                + HclSyntax.commentText(provider, 40))));
        placeholders.add(new Comment("  not generated because " + HclSyntax.commentText(reason, 120) + "; write "
                + resources
                + (federation
                        ? " with the identity provider's issuer URL as a variable"
                        : " and forward it to the sink's endpoint (a variable)")
                + ", no secrets in code."));
        ctx.warn("Terraform: " + k.type().json() + " " + k.id() + " not generated: " + resources
                + " must be written by hand");
    }

    private static String federationResources(String provider) {
        return switch (provider) {
            case "aws" -> "aws_iam_openid_connect_provider (or IAM Identity Center)";
            case "azure" -> "azurerm_user_assigned_identity and azurerm_federated_identity_credential";
            case "gcp" -> "google_iam_workload_identity_pool and google_iam_workload_identity_pool_provider";
            case "oci" -> "oci_identity_domains_identity_propagation_trust in an identity domain";
            default -> "the provider's own federation settings";
        };
    }

    private static String auditExportResources(String provider) {
        return switch (provider) {
            case "aws" -> "aws_cloudtrail to a bucket";
            case "azure" -> "azurerm_monitor_diagnostic_setting on the subscription";
            case "gcp" -> "google_logging_project_sink";
            case "oci" -> "oci_sch_service_connector from the _Audit log group";
            default -> "the provider's or the workload's own log export";
        };
    }

    private static String describeDetail(Component c) {
        if (c instanceof Component.GpuPool p) {
            return ": " + p.count() + " x " + HclSyntax.commentText(p.instanceType(), 60);
        }
        if (c instanceof Component.Storage s) {
            return ": " + HclSyntax.commentText(s.storageClass(), 60) + ", "
                    + s.capacityTb().toPlainString() + " TB";
        }
        return "";
    }

    private StorageFamily family(TerraformContext ctx, String provider, Component.Storage s) {
        Optional<StorageClass> sc = catalog.storageClass(provider, s.storageClass());
        if (sc.isPresent()) {
            return sc.get().family();
        }
        Optional<StorageFamily> f = StorageFamily.fromId(s.storageClass());
        if (f.isPresent()) {
            return f.get();
        }
        ctx.warn("Terraform: storage " + s.id() + " has storage class \"" + TerraformNames.tagValue(s.storageClass())
                + "\" unknown to the catalog; generated as object storage");
        return StorageFamily.OBJECT;
    }

    private static void replication(
            TerraformContext ctx,
            Map<String, CloudMapping> clouds,
            Map<String, StorageFamily> families,
            List<HclBody> placeholders,
            Connection k) {
        Design design = ctx.design;
        Component from = design.component(k.from()).orElseThrow();
        Component to = design.component(k.to()).orElseThrow();
        String fromProvider =
                design.providerOf(from.id()).map(Component.Provider::provider).orElse("");
        String toProvider =
                design.providerOf(to.id()).map(Component.Provider::provider).orElse("");
        String reason;
        // families holds storage only, so the type tests add no case; they bind both ends for replication()
        if (!(from instanceof Component.Storage fromStorage)
                || !(to instanceof Component.Storage toStorage)
                || !families.containsKey(from.id())
                || !families.containsKey(to.id())) {
            reason = "one end is itself a placeholder";
        } else if (!fromProvider.equals(toProvider)) {
            reason = "it crosses providers (" + fromProvider + " to " + toProvider
                    + "); use a transfer service such as Storage Transfer Service or DataSync";
        } else if (clouds.get(fromProvider)
                .replication(k, fromStorage, families.get(from.id()), toStorage, families.get(to.id()))) {
            return;
        } else {
            reason = "the provider has no native replication between these storage kinds";
        }
        placeholders.add(new Comment("PLACEHOLDER connection replicates-to \"" + HclSyntax.commentText(k.id(), 120)
                + "\" from \"" + HclSyntax.commentText(k.from(), 120) + "\" to \"" + HclSyntax.commentText(k.to(), 120)
                + "\""));
        placeholders.add(new Comment("  not generated because " + HclSyntax.commentText(reason, 200) + "."));
        ctx.warn("Terraform: replication " + k.id() + " not generated: " + reason);
    }

    private TerraformProject assemble(
            TerraformContext ctx, Map<String, CloudMapping> clouds, List<HclBody> placeholders) {
        Map<String, String> files = new LinkedHashMap<>();
        List<CloudMapping> ordered = new ArrayList<>();
        for (String id : MAPPED_ORDER) {
            if (clouds.containsKey(id)) {
                ordered.add(clouds.get(id));
            }
        }
        List<HclBody> providerBlocks = new ArrayList<>();
        Map<String, HclExpression> required = new LinkedHashMap<>();
        for (CloudMapping m : ordered) {
            providerBlocks.addAll(m.providerBlocks());
            Map<String, HclExpression> pin = new LinkedHashMap<>();
            pin.put("source", str(pins.source(m.catalogProvider)));
            pin.put("version", str(pins.version(m.catalogProvider)));
            required.put(m.local, new HclExpression.ObjectExpr(pin));
        }
        Block.Builder terraform = Block.builder("terraform").attr("required_version", pins.requiredTerraformVersion());
        if (!required.isEmpty()) {
            List<HclBody> reqBody = new ArrayList<>();
            required.forEach((k, v) -> reqBody.add(new Attribute(k, v)));
            terraform.block(new Block("required_providers", List.of(), reqBody));
        }
        files.put("terraform.tf", freshness(ctx.design) + HclWriter.write(List.of(terraform.build())));
        List<HclBody> providersFile = new ArrayList<>();
        providersFile.add(new Comment("Credentials are never configured here: each provider reads them from its"));
        providersFile.add(new Comment("standard environment or CLI credential chain (see README.md)."));
        providersFile.addAll(providerBlocks);
        files.put(
                "providers.tf",
                providerBlocks.isEmpty()
                        ? "# No cloud provider is mapped for this design.\n"
                        : HclWriter.write(providersFile));
        ctx.variable(
                Block.builder("variable", "environment")
                        .ref("type", "string")
                        .attr("description", "Deployment environment, used in tags and labels.")
                        .attr("default", "dev")
                        .blank()
                        .block(Block.builder("validation")
                                .attr(
                                        "condition",
                                        HclExpression.call(
                                                "can",
                                                HclExpression.call(
                                                        "regex",
                                                        str("^[a-z][a-z0-9-]{0,30}$"),
                                                        ref("var.environment"))))
                                .attr(
                                        "error_message",
                                        "environment must be lower-case letters, digits and hyphens, starting with a letter.")
                                .build())
                        .build(),
                null);
        files.put("locals.tf", HclWriter.write(List.of(locals(ctx))));
        for (CloudMapping m : ordered) {
            files.put(m.fileName(), m.file.text());
        }
        files.put("variables.tf", HclWriter.write(new ArrayList<>(ctx.variables())));
        List<Block> outputs = ctx.outputs();
        files.put(
                "outputs.tf",
                outputs.isEmpty() ? "# This design has no outputs.\n" : HclWriter.write(new ArrayList<>(outputs)));
        if (!placeholders.isEmpty()) {
            List<HclBody> body = new ArrayList<>();
            body.add(new Comment("Parts of the design that could not be mapped to Terraform resources."));
            body.add(new Comment(""));
            body.addAll(placeholders);
            StringBuilder sb = new StringBuilder();
            for (HclBody b : body) {
                sb.append(((Comment) b).text().isEmpty() ? "#" : "# " + ((Comment) b).text())
                        .append('\n');
            }
            files.put("placeholders.tf", sb.toString());
        }
        files.put("terraform.tfvars.example", ProjectDocs.tfvarsExample(ctx));
        files.put(".gitignore", ProjectDocs.GITIGNORE);
        files.put("README.md", ProjectDocs.readme(ctx, catalog, ordered, files.keySet()));
        return new TerraformProject(files, ctx.warnings());
    }

    /**
     * The catalog's date and the date of the oldest catalog price the design uses, as a header comment (a
     * date, not an age in days, so the generated files do not change from one day to the next).
     */
    private String freshness(Design design) {
        java.util.Optional<java.time.LocalDate> oldest = dev.skyloom.model.cost.PriceAge.of(
                        catalog.snapshotDate(),
                        new dev.skyloom.model.cost.CostEngine(catalog).price(design),
                        catalog.snapshotDate())
                .oldestPrice();
        return "# Generated by Skyloom with the catalog snapshot of " + catalog.snapshotDate()
                + oldest.map(d -> "; oldest catalog price used " + d).orElse("; no catalog price used") + ".\n\n";
    }

    private static Block locals(TerraformContext ctx) {
        Map<String, HclExpression> tags = new LinkedHashMap<>();
        tags.put("environment", ref("var.environment"));
        tags.put("managed_by", str("terraform"));
        tags.put("generated_by", str("skyloom"));
        tags.put("skyloom_design", str(TerraformNames.tagValue(ctx.designName)));
        Map<String, HclExpression> labels = new LinkedHashMap<>();
        labels.put("environment", ref("var.environment"));
        labels.put("managed_by", str("terraform"));
        labels.put("generated_by", str("skyloom"));
        labels.put("skyloom_design", str(TerraformNames.gcpLabelValue(ctx.designName)));
        return Block.builder("locals")
                .comment("Tags for AWS, Azure and OCI resources (values at most 256 characters).")
                .attr("common_tags", new HclExpression.ObjectExpr(tags))
                .blank()
                .comment("GCP labels: lower-case letters, digits, _ and -, at most 63 characters.")
                .attr("common_labels", new HclExpression.ObjectExpr(labels))
                .build();
    }

    /** Renders and writes into {@code dir}; see {@link TerraformFolder} for the overwrite rules. */
    public ExportResult write(Design design, Path dir, boolean force) {
        TerraformProject project = render(design);
        List<Path> written = TerraformFolder.write(dir, project.files(), force);
        return new ExportResult(written, project.warnings());
    }

    /** Renders and adds the folder to {@code out}, written when it commits (with the other outputs of a run). */
    public ExportResult stage(Design design, Path dir, boolean force, AtomicOutput out) {
        TerraformProject project = render(design);
        List<Path> written = TerraformFolder.stage(dir, project.files(), force, out);
        return new ExportResult(written, project.warnings());
    }
}
