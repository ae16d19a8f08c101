package dev.skyloom.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A provider region. {@code country} is an ISO 3166-1 alpha-2 code, or empty when the sources do not
 * say; {@code jurisdictions} holds the country code plus the blocs it belongs to ({@code EU}, {@code
 * EEA}), see {@link Jurisdictions}.
 */
public record Region(
        String provider,
        String code,
        String name,
        String city,
        Optional<String> country,
        Optional<GeoPoint> location,
        Set<String> jurisdictions,
        String regionType,
        String source,
        String note) {
    public Region {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        city = city == null ? "" : city;
        country = Objects.requireNonNull(country, "country");
        location = Objects.requireNonNull(location, "location");
        jurisdictions = Set.copyOf(jurisdictions);
        regionType = regionType == null ? "" : regionType;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    public RegionKey key() {
        return new RegionKey(provider, code);
    }

    public boolean isIn(String jurisdiction) {
        return jurisdictions.contains(jurisdiction);
    }
}
