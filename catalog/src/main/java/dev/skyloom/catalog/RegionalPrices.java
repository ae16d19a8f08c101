package dev.skyloom.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * On-demand and spot prices per instance-hour of an offering in one region; either may be unknown.
 * {@code zones} are the zones the source names for the offering in that region (empty when not given).
 */
public record RegionalPrices(String region, Optional<Price> onDemand, Optional<Price> spot, List<String> zones) {
    public RegionalPrices(String region, Optional<Price> onDemand, Optional<Price> spot) {
        this(region, onDemand, spot, List.of());
    }

    public RegionalPrices {
        Objects.requireNonNull(region, "region");
        onDemand = Objects.requireNonNull(onDemand, "onDemand");
        spot = Objects.requireNonNull(spot, "spot");
        zones = List.copyOf(zones);
    }
}
