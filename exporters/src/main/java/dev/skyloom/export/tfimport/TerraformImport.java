package dev.skyloom.export.tfimport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code skyloom import}: reads each source (a folder of {@code .tf} files, or a plan/state JSON file), maps
 * its resources with the cloud mappings of {@link CloudImports}, and assembles a laid-out design and the
 * report of what was mapped, seen and not mapped, unresolved and assumed. Writes nothing.
 */
public final class TerraformImport {
    private TerraformImport() {}

    /** The imported design and its report; the report is also in the design as extra {@code importReport}. */
    public record Result(Design design, ImportReport report) {}

    public static Result run(List<Path> sources, Optional<String> name, boolean allCompute, Catalog catalog) {
        if (sources.isEmpty()) {
            throw new TerraformImportException("no source given (a plan/state JSON file or a folder of .tf files)");
        }
        List<TfResource> resources = new ArrayList<>();
        Map<String, JsonNode> providerConfigs = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Path source : sources) {
            TfEstate estate = read(source);
            resources.addAll(estate.resources());
            estate.providerConfigs().forEach(providerConfigs::putIfAbsent);
            unresolved.addAll(estate.unresolved());
            shown.add(
                    source.getFileName() == null
                            ? source.toString()
                            : source.getFileName().toString());
        }
        ImportContext ctx = new ImportContext(resources, providerConfigs, catalog);
        ctx.unresolved.addAll(unresolved);
        Map<String, String> notMappedByAddress = new LinkedHashMap<>();
        for (TfResource r : resources) {
            boolean mapped = CloudImports.forTerraformProvider(r.cloud())
                    .map(c -> c.map(r, ctx))
                    .orElse(false);
            if (!mapped) {
                notMappedByAddress.putIfAbsent(r.address(), r.type());
            }
        }
        TreeMap<String, Integer> notMapped = new TreeMap<>();
        TreeMap<String, Integer> partsOf = new TreeMap<>();
        for (TfResource r : resources) {
            String type = notMappedByAddress.get(r.address());
            if (type == null) {
                if (ctx.partOf.containsKey(r.baseAddress())) {
                    partsOf.merge(r.type(), 1, Integer::sum);
                }
                continue;
            }
            if (ctx.partOf.containsKey(r.baseAddress())) {
                partsOf.merge(type, 1, Integer::sum);
            } else {
                notMapped.merge(type, 1, Integer::sum);
            }
        }
        DesignAssembly assembly = new DesignAssembly(catalog);
        String designName = name.filter(n -> !n.isBlank()).orElse("Imported estate (" + String.join(", ", shown) + ")");
        Design design = assembly.assemble(designName, ctx, allCompute);
        startingPoints(ctx, assembly);
        List<String> assumptions = new ArrayList<>(ctx.assumptions);
        assumptions.addAll(assembly.assumptions);
        if (!ctx.pools.isEmpty()) {
            assumptions.add("pools priced on demand for 730 hours a month; set pricing and hours to match the estate");
        }
        ImportReport report = new ImportReport(
                shown,
                assembly.mapped,
                partsOf,
                notMapped,
                assembly.listed,
                new ArrayList<>(ctx.unresolved),
                assumptions,
                new ArrayList<>(ctx.startingPoints));
        Map<String, String> extras = new LinkedHashMap<>(design.extras());
        extras.put("importReport", report.toJson().toString());
        Design withReport = new Design(
                design.name(),
                design.currency(),
                design.assumptions(),
                design.dataClasses(),
                design.components(),
                design.connections(),
                design.layout(),
                extras);
        return new Result(canonical(withReport), report);
    }

    /** The design as the file reader gives it back, so the report extra has the text a save writes. */
    private static Design canonical(Design design) {
        try {
            return DesignFile.parse(DesignFile.toJson(design), "import");
        } catch (DesignFormatException e) {
            throw new IllegalStateException("an imported design does not read back: " + e.getMessage(), e);
        }
    }

    private static TfEstate read(Path source) {
        if (Files.isDirectory(source)) {
            return HclFolderReader.read(source);
        }
        if (Files.isRegularFile(source)) {
            return PlanJsonReader.read(source);
        }
        if (Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new TerraformImportException(source + ": not a regular file or a folder");
        }
        throw new TerraformImportException(source + ": no such file or folder");
    }

    /** Pools grouped per cluster or autoscaling group, storage per account or project, as the report's suggestions. */
    private static void startingPoints(ImportContext ctx, DesignAssembly assembly) {
        Map<String, List<String>> groups = new TreeMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        assembly.mapped.forEach(m -> ids.put(m.address(), m.id()));
        ctx.pools.forEach(
                p -> groups.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(ids.get(p.address())));
        ctx.storages.forEach(
                s -> groups.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(ids.get(s.address())));
        groups.forEach((group, members) -> ctx.startingPoint(group + ": " + String.join(", ", members)));
    }
}
