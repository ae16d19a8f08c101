package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.PriceListException;
import dev.skyloom.catalog.PriceListImport;
import dev.skyloom.catalog.RegionalPrices;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom catalog}: GPU offerings with their prices from the bundled catalog, filtered by
 * provider, region and accelerator model, as an aligned table or as JSON (see {@link CatalogJson} for
 * the fields). {@code --prices FILE} applies the user's own price list first.
 */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        subcommands = {CatalogRefreshCommand.class},
        description = {
            "List GPU offerings and prices from the bundled catalog.",
            "Prices are per instance-hour with their source and date; '~' marks an estimate",
            "(a global list price not published for that region); unknown prices are shown as such, never 0.",
            "Offerings sold without a list price show 'on request' with their purchase model and reason;",
            "spot prices are indicative (captured on the date shown); 'from' marks a dynamic price.",
            "Prices refreshed with 'catalog refresh FILE...' are laid over the snapshot (see --overlay)."
        })
public final class CatalogCommand implements Callable<Integer> {
    @Option(names = "--provider", paramLabel = "P", description = "Only this provider (e.g. aws, lambda).")
    String provider;

    @Option(names = "--region", paramLabel = "R", description = "Only offerings listed in this region code.")
    String region;

    @Option(
            names = "--gpu",
            paramLabel = "MODEL",
            description = "Only this accelerator (H100, A100, MI300X, TPU, ...).")
    String gpu;

    @Option(names = "--json", description = "Print JSON for scripts instead of a table.")
    boolean json;

    @Option(names = "--prices", paramLabel = "FILE", description = "Apply your own price list (CSV or JSON) first.")
    Path prices;

    @Option(
            names = "--sources",
            description = "List the catalog's sources with their dates instead of offerings (with --json, --prices).")
    boolean sources;

    @Option(
            names = "--overlay",
            description =
                    "Show the prices refreshed by 'catalog refresh': files, dates, what they changed (with --json).")
    boolean overlay;

    @picocli.CommandLine.Mixin
    CatalogChoice catalogChoice = new CatalogChoice();

    @Spec
    CommandSpec spec;

    /** The region cell of an offering sold where no named source says: listed once, in no region. */
    static final String NOT_STATED = "not stated";

    /**
     * One line of output: an offering in a region ("*" for a global list price, {@value #NOT_STATED} for
     * one sold where no named source says).
     */
    record Listing(GpuOffering offering, RegionalPrices prices) {}

    @Override
    public Integer call() {
        refuseFlagsThatWouldBeIgnored();
        Catalog catalog = catalogChoice.catalog();
        if (prices != null) {
            if (!Files.exists(prices)) {
                throw new UserInputException(prices + ": price list not found");
            }
            try {
                catalog = PriceListImport.apply(catalog, prices);
            } catch (PriceListException e) {
                throw new UserInputException(e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (overlay) {
            out.print(json ? overlayJson() : overlayText());
            out.flush();
            return SkyloomCli.OK;
        }
        if (sources) {
            out.print(json ? CatalogSourcesText.json(catalog) : CatalogSourcesText.table(catalog));
            out.flush();
            return SkyloomCli.OK;
        }
        List<Listing> listings = select(catalog);
        if (json) {
            out.print(CatalogJson.render(catalog, provider, region, gpu, listings));
        } else {
            out.print(CatalogTable.render(catalog, listings));
        }
        out.flush();
        return SkyloomCli.OK;
    }

    /**
     * --overlay and --sources list something other than offerings: the filters would be silently ignored,
     * so the combination is refused (exit 2).
     */
    private void refuseFlagsThatWouldBeIgnored() {
        if (overlay && sources) {
            throw new UserInputException("--overlay and --sources list different things: use one of them");
        }
        String view = overlay ? "--overlay" : sources ? "--sources" : null;
        if (view == null) {
            return;
        }
        List<String> ignored = new ArrayList<>();
        if (provider != null) {
            ignored.add("--provider");
        }
        if (region != null) {
            ignored.add("--region");
        }
        if (gpu != null) {
            ignored.add("--gpu");
        }
        if (overlay && prices != null) {
            ignored.add("--prices");
        }
        if (!ignored.isEmpty()) {
            throw new UserInputException(view + " lists " + (overlay ? "the refreshed files" : "every source")
                    + " and takes no " + String.join(", ", ignored) + " (list offerings without " + view + ")");
        }
    }

    private dev.skyloom.catalog.CatalogOverlay activeOverlay() {
        dev.skyloom.app.service.CatalogOverlayStore store = dev.skyloom.app.service.CatalogOverlayStore.standard();
        try {
            return catalogChoice.noOverlay ? dev.skyloom.catalog.CatalogOverlay.empty() : store.read();
        } catch (java.io.IOException | PriceListException e) {
            throw new UserInputException("refreshed prices unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * {@code --overlay --json}: {"file": path|null, "snapshotDate", "noOverlay": bool, "sources": [{"file",
     * "published": s|null, "effectiveFrom", "effectiveTo", "refreshedOn", "prices", "applied",
     * "notAppliedOlderThanSnapshot", "appliedOlderThanSnapshot", "snapshotDatesOfOlder": s|null,
     * "snapshotPricesChanged", "snapshotPricesUnchanged", "up", "down", "minChangePercent": n|null,
     * "maxChangePercent": n|null, "withoutSnapshotPrice"}]}.
     */
    private String overlayJson() {
        dev.skyloom.app.service.CatalogOverlayStore store = dev.skyloom.app.service.CatalogOverlayStore.standard();
        dev.skyloom.catalog.CatalogOverlay active = activeOverlay();
        List<dev.skyloom.catalog.CatalogOverlay.FileReport> reports = active.report(CatalogLoader.bundled());
        List<dev.skyloom.catalog.CatalogOverlay.Source> files = active.sources();
        return JsonOutput.render(g -> {
            g.writeStartObject();
            if (catalogChoice.noOverlay) {
                g.writeNullField("file");
            } else {
                g.writeStringField("file", store.file().toString());
            }
            g.writeStringField(
                    "snapshotDate", CatalogLoader.bundled().snapshotDate().toString());
            g.writeBooleanField("noOverlay", catalogChoice.noOverlay);
            g.writeArrayFieldStart("sources");
            for (int i = 0; i < files.size(); i++) {
                dev.skyloom.catalog.CatalogOverlay.Source s = files.get(i);
                dev.skyloom.catalog.CatalogOverlay.FileReport r = reports.get(i);
                g.writeStartObject();
                g.writeStringField("file", s.file());
                if (r.published().isEmpty()) {
                    g.writeNullField("published");
                } else {
                    g.writeStringField("published", r.published());
                }
                g.writeStringField("effectiveFrom", s.effectiveFrom());
                g.writeStringField("effectiveTo", s.effectiveTo());
                g.writeStringField("refreshedOn", s.refreshedOn());
                g.writeNumberField("prices", r.prices());
                g.writeNumberField("applied", r.applied());
                g.writeNumberField("notAppliedOlderThanSnapshot", r.withheld());
                g.writeNumberField("appliedOlderThanSnapshot", r.acceptedOlder());
                if (r.snapshotDates().isEmpty()) {
                    g.writeNullField("snapshotDatesOfOlder");
                } else {
                    g.writeStringField("snapshotDatesOfOlder", r.snapshotDates());
                }
                g.writeNumberField("snapshotPricesChanged", r.changed());
                g.writeNumberField("snapshotPricesUnchanged", r.unchanged());
                g.writeNumberField("up", r.up());
                g.writeNumberField("down", r.down());
                JsonOutput.money(g, "minChangePercent", r.minChangePercent());
                JsonOutput.money(g, "maxChangePercent", r.maxChangePercent());
                g.writeNumberField("withoutSnapshotPrice", r.added());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The refreshed files in use: file, dates, when refreshed, how many prices and what they changed. */
    private String overlayText() {
        dev.skyloom.app.service.CatalogOverlayStore store = dev.skyloom.app.service.CatalogOverlayStore.standard();
        dev.skyloom.catalog.CatalogOverlay active = activeOverlay();
        StringBuilder b = new StringBuilder();
        if (active.isEmpty()) {
            b.append(catalogChoice.noOverlay ? "--no-overlay: " : "")
                    .append("no refreshed prices in use; the bundled snapshot of ")
                    .append(CatalogLoader.bundled().snapshotDate())
                    .append(" applies (skyloom catalog refresh FILE... to add some)\n");
            return b.toString();
        }
        b.append("Refreshed prices in use (").append(store.file()).append("):\n");
        List<dev.skyloom.catalog.CatalogOverlay.FileReport> reports = active.report(CatalogLoader.bundled());
        List<dev.skyloom.catalog.CatalogOverlay.Source> files = active.sources();
        for (int i = 0; i < files.size(); i++) {
            dev.skyloom.catalog.CatalogOverlay.Source s = files.get(i);
            dev.skyloom.catalog.CatalogOverlay.FileReport r = reports.get(i);
            b.append("  ")
                    .append(TerminalWriter.inline(s.file()))
                    .append(r.published().isEmpty() ? "" : "  published " + r.published())
                    .append("  effective ")
                    .append(s.effectiveFrom())
                    .append(s.effectiveFrom().equals(s.effectiveTo()) ? "" : " to " + s.effectiveTo())
                    .append("  refreshed ")
                    .append(s.refreshedOn())
                    .append("  ")
                    .append(dev.skyloom.model.text.Counted.of(s.prices(), "price"))
                    .append('\n');
            OverlayReportText.lines(r).forEach(l -> b.append("    ").append(l).append('\n'));
        }
        b.append("Run with --no-overlay to use the bundled snapshot of ")
                .append(CatalogLoader.bundled().snapshotDate())
                .append(" alone; 'skyloom catalog refresh --clear' removes the refreshed prices.\n");
        return b.toString();
    }

    private List<Listing> select(Catalog catalog) {
        if (provider != null && catalog.provider(provider).isEmpty()) {
            throw new UserInputException("unknown provider '" + provider + "' (known: "
                    + String.join(
                            ", ", catalog.providers().stream().map(p -> p.id()).toList()) + ")");
        }
        List<String> providers = new ArrayList<>();
        if (provider != null) {
            providers.add(provider);
        } else {
            catalog.providers().forEach(p -> providers.add(p.id()));
        }
        if (region != null) {
            providers.removeIf(p -> catalog.region(p, region).isEmpty());
            if (providers.isEmpty()) {
                throw new UserInputException("unknown region '" + region + "'"
                        + (provider == null ? "" : " for provider " + provider) + " (not in the catalog)");
            }
        }
        List<GpuOffering> candidates = new ArrayList<>();
        if (gpu != null) {
            List<GpuOffering> ofModel = catalog.offeringsOfModel(gpu);
            if (ofModel.isEmpty()) {
                throw new UserInputException("unknown GPU model '" + gpu + "' (no offering in the catalog has it)");
            }
            for (GpuOffering o : ofModel) {
                if (providers.contains(o.provider())) {
                    candidates.add(o);
                }
            }
        } else {
            providers.forEach(p -> candidates.addAll(catalog.offeringsOf(p)));
        }
        List<Listing> listings = new ArrayList<>();
        for (GpuOffering o : candidates) {
            if (region != null) {
                Optional<RegionalPrices> p = o.pricesIn(region);
                p.ifPresent(rp -> listings.add(new Listing(o, rp)));
                continue;
            }
            o.prices().values().forEach(rp -> listings.add(new Listing(o, rp)));
            o.globalPrice().ifPresent(rp -> listings.add(new Listing(o, rp)));
            o.priceOnRequest().ifPresent(r -> {
                // sold without a list price: one line per region the sources name, or one "not stated"
                // line when they name none (never "*": that would list it in every region)
                if (r.regionsNotStated() && o.globalPrice().isEmpty()) {
                    listings.add(new Listing(o, new RegionalPrices(NOT_STATED, Optional.empty(), Optional.empty())));
                }
                for (String code : r.regions()) {
                    if (!o.prices().containsKey(code)) {
                        listings.add(new Listing(o, o.pricesIn(code).orElseThrow()));
                    }
                }
            });
        }
        listings.sort(Comparator.comparing((Listing l) -> l.offering().provider())
                .thenComparing(l -> l.offering().instanceType())
                .thenComparing(l -> l.prices().region()));
        return listings;
    }
}
