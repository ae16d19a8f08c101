package dev.skyloom.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * On-demand and spot prices per instance-hour of an offering in one region; either may be unknown.
 * {@code zones} are the zones the source names for the offering in that region (empty when not given).
 * {@code reserved1y}/{@code reserved3y} are reservation prices per instance-hour read from a provider's
 * own price file (Azure reservation rows, AWS Reserved Instance terms); the bundled snapshot has none.
 */
public record RegionalPrices(
        String region,
        Optional<Price> onDemand,
        Optional<Price> spot,
        List<String> zones,
        Optional<Price> reserved1y,
        Optional<Price> reserved3y) {
    public RegionalPrices(String region, Optional<Price> onDemand, Optional<Price> spot) {
        this(region, onDemand, spot, List.of());
    }

    public RegionalPrices(String region, Optional<Price> onDemand, Optional<Price> spot, List<String> zones) {
        this(region, onDemand, spot, zones, Optional.empty(), Optional.empty());
    }

    public RegionalPrices {
        Objects.requireNonNull(region, "region");
        onDemand = Objects.requireNonNull(onDemand, "onDemand");
        spot = Objects.requireNonNull(spot, "spot");
        zones = List.copyOf(zones);
        reserved1y = Objects.requireNonNull(reserved1y, "reserved1y");
        reserved3y = Objects.requireNonNull(reserved3y, "reserved3y");
    }

    /** The same prices with one of them replaced. */
    public RegionalPrices with(PriceTerm term, Price price) {
        Optional<Price> p = Optional.of(price);
        return switch (term) {
            case ON_DEMAND -> new RegionalPrices(region, p, spot, zones, reserved1y, reserved3y);
            case SPOT -> new RegionalPrices(region, onDemand, p, zones, reserved1y, reserved3y);
            case RESERVED_1Y -> new RegionalPrices(region, onDemand, spot, zones, p, reserved3y);
            case RESERVED_3Y -> new RegionalPrices(region, onDemand, spot, zones, reserved1y, p);
        };
    }

    /** The price of one term, if known. */
    public Optional<Price> of(PriceTerm term) {
        return switch (term) {
            case ON_DEMAND -> onDemand;
            case SPOT -> spot;
            case RESERVED_1Y -> reserved1y;
            case RESERVED_3Y -> reserved3y;
        };
    }
}
