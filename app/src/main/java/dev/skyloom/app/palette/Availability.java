package dev.skyloom.app.palette;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Region;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where GPU offerings are sold, from the catalog: what a region sells, and the nearest region that sells an
 * offering. The palette shows this before a drop, so that "not offered in eu-central-1" is no surprise.
 */
public final class Availability {
    private final Catalog catalog;

    public Availability(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A region that sells an offering, and how far it is (unknown when a region has no coordinates). */
    public record Nearest(Region region, OptionalDouble km) {}

    /** The catalog region a design component sits in (itself when it is a region); empty for custom sites. */
    public Optional<Region> regionOf(Design design, String componentId) {
        return design.regionOf(componentId).flatMap(r -> design.providerOf(r.id())
                .map(Component.Provider::provider)
                .flatMap(cloud -> catalog.region(cloud, r.region())));
    }

    /**
     * The offerings a pool may be placed with in a region: those the catalog lists there, and those its
     * provider sells where no source says (their labels say "regions not stated").
     */
    public List<GpuOffering> soldIn(Region region) {
        return catalog.offeringsPlaceableIn(region.provider(), region.code());
    }

    /**
     * The region of the offering's provider that sells it and is nearest to {@code from} ({@code from}
     * itself when it sells it); regions without coordinates come last, by code.
     */
    public Optional<Nearest> nearestSelling(GpuOffering offering, Region from) {
        return catalog.regionsOf(offering.provider()).stream()
                .filter(r -> offering.isAvailableIn(r.code()))
                .map(r -> new Nearest(
                        r, r.key().equals(from.key()) ? OptionalDouble.of(0) : catalog.distanceKm(from.key(), r.key())))
                .min(Comparator.comparingDouble((Nearest n) -> n.km().orElse(Double.MAX_VALUE))
                        .thenComparing(n -> n.region().code()));
    }

    /** One sentence for the palette: sold here, or not and where the nearest region that sells it is. */
    public String hint(GpuOffering offering, Region here) {
        String what = offering.instanceType() + " (" + offering.accelerator().model() + ")";
        String cloud = catalog.provider(offering.provider()).map(p -> p.name()).orElse(offering.provider());
        boolean ownCloud = offering.provider().equals(here.provider());
        if (ownCloud && offering.isAvailableIn(here.code())) {
            return what + " is sold in " + label(here) + ".";
        }
        if (offering.regionsNotStated()) {
            return ownCloud
                    ? what + " is sold by " + cloud + " but no source names its regions; confirm " + label(here)
                            + " with the provider."
                    : what + " is sold by " + cloud + " (regions not stated by the sources), not in " + label(here)
                            + ".";
        }
        String notHere = what + " is not sold in " + label(here) + " in the catalog";
        return nearestSelling(offering, here)
                .map(n -> notHere + "; the nearest " + cloud + " region that sells it is " + label(n.region())
                        + n.km().stream()
                                .mapToObj(
                                        km -> String.format(Locale.ROOT, " (about %,d km)", Math.round(km / 10.0) * 10))
                                .findFirst()
                                .orElse("")
                        + ".")
                .orElse(notHere + "; no region of the catalog sells it.");
    }

    /** A region as the palette names it: code and city. */
    public static String label(Region r) {
        return r.code() + " · " + (r.city().isBlank() ? r.name() : r.city());
    }
}
