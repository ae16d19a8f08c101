package dev.skyloom.app.palette;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Provider;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.catalog.StorageClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the palette tree: Pipeline, Custom site, Users, Identity providers, Telemetry sinks, then
 * providers → regions → GPU offerings and storage.
 */
public final class PaletteTrees {
    private PaletteTrees() {}

    public static PaletteNode of(Catalog catalog) {
        List<PaletteNode> top = new ArrayList<>();
        top.add(new PaletteNode(new PaletteItem.PipelineEntry(), List.of()));
        top.add(new PaletteNode(new PaletteItem.CustomSiteEntry(), List.of()));
        List<PaletteNode> cities = new ArrayList<>();
        for (dev.skyloom.model.latency.Place place :
                dev.skyloom.model.latency.Places.bundled().all()) {
            cities.add(new PaletteNode(new PaletteItem.UsersEntry(place), List.of()));
        }
        top.add(new PaletteNode(new PaletteItem.Heading("Users"), cities));
        List<PaletteNode> identities = new ArrayList<>();
        for (dev.skyloom.model.IdentityKind kind : dev.skyloom.model.IdentityKind.values()) {
            identities.add(new PaletteNode(new PaletteItem.IdentityEntry(kind), List.of()));
        }
        top.add(new PaletteNode(new PaletteItem.Heading("Identity providers"), identities));
        List<PaletteNode> sinks = new ArrayList<>();
        for (dev.skyloom.model.TelemetryHosting hosting : dev.skyloom.model.TelemetryHosting.values()) {
            sinks.add(new PaletteNode(new PaletteItem.TelemetryEntry(hosting), List.of()));
        }
        top.add(new PaletteNode(new PaletteItem.Heading("Telemetry sinks"), sinks));
        for (Provider p : catalog.providers()) {
            List<PaletteNode> regions = new ArrayList<>();
            for (dev.skyloom.catalog.Region r : catalog.regionsOf(p.id())) {
                List<PaletteNode> gpus = new ArrayList<>();
                for (GpuOffering o : catalog.offeringsPlaceableIn(p.id(), r.code())) {
                    gpus.add(new PaletteNode(
                            new PaletteItem.OfferingEntry(
                                    o, r, o.pricesIn(r.code()).flatMap(RegionalPrices::onDemand)),
                            List.of()));
                }
                List<PaletteNode> storage = new ArrayList<>();
                for (StorageClass sc : catalog.storageClassesOf(p.id())) {
                    storage.add(new PaletteNode(new PaletteItem.StorageEntry(sc, r), List.of()));
                }
                List<PaletteNode> kids = new ArrayList<>();
                if (!gpus.isEmpty()) {
                    kids.add(new PaletteNode(new PaletteItem.Heading("GPU offerings"), gpus));
                }
                if (!storage.isEmpty()) {
                    kids.add(new PaletteNode(new PaletteItem.Heading("Storage"), storage));
                }
                regions.add(new PaletteNode(new PaletteItem.RegionEntry(r), kids));
            }
            top.add(new PaletteNode(new PaletteItem.ProviderEntry(p), regions));
        }
        return new PaletteNode(new PaletteItem.Heading("Catalog " + catalog.snapshotDate()), top);
    }

    /** Finds the first node whose item satisfies {@code test}, depth first. */
    public static Optional<PaletteNode> find(PaletteNode root, java.util.function.Predicate<PaletteItem> test) {
        if (test.test(root.item())) {
            return Optional.of(root);
        }
        for (PaletteNode c : root.children()) {
            Optional<PaletteNode> f = find(c, test);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }
}
