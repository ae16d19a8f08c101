package dev.skyloom.model.latency;

import dev.skyloom.catalog.GeoPoint;
import java.util.Objects;

/** A city of the bundled list: a stable key ({@code frankfurt-am-main-de}), its name, country and population. */
public record Place(String key, String name, String country, GeoPoint location, long population) {
    public Place {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(location, "location");
    }

    /** {@code Frankfurt am Main (DE)}. */
    public String label() {
        return name + " (" + country + ")";
    }
}
