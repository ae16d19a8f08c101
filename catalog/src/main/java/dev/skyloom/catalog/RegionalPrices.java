package dev.skyloom.catalog;

import java.util.Objects;
import java.util.Optional;

/** On-demand and spot prices per instance-hour of an offering in one region; either may be unknown. */
public record RegionalPrices(String region, Optional<Price> onDemand, Optional<Price> spot) {
    public RegionalPrices {
        Objects.requireNonNull(region, "region");
        onDemand = Objects.requireNonNull(onDemand, "onDemand");
        spot = Objects.requireNonNull(spot, "spot");
    }
}
