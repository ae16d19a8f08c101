package dev.skyloom.model.latency;

import dev.skyloom.catalog.GeoPoint;
import dev.skyloom.catalog.RegionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a round trip: a catalog region (which measured datasets can cover) and/or a place on the
 * map (which the estimator needs). A population is a place without a region.
 */
public record Endpoint(String label, Optional<RegionKey> region, Optional<GeoPoint> location) {
    public Endpoint {
        Objects.requireNonNull(label, "label");
        region = Objects.requireNonNull(region, "region");
        location = Objects.requireNonNull(location, "location");
    }

    public static Endpoint of(RegionKey region, Optional<GeoPoint> location) {
        return new Endpoint(region.toString(), Optional.of(region), location);
    }

    public static Endpoint at(String label, GeoPoint location) {
        return new Endpoint(label, Optional.empty(), Optional.of(location));
    }
}
