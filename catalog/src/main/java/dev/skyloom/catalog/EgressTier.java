package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One volume tier of a transfer rate: {@code usdPerGb} from {@code startGb} up to {@code endGb} (open if empty) per month. */
public record EgressTier(BigDecimal startGb, Optional<BigDecimal> endGb, BigDecimal usdPerGb) {
    public EgressTier {
        Objects.requireNonNull(startGb, "startGb");
        endGb = Objects.requireNonNull(endGb, "endGb");
        Objects.requireNonNull(usdPerGb, "usdPerGb");
        if (startGb.signum() < 0 || usdPerGb.signum() < 0) {
            throw new IllegalArgumentException("negative tier");
        }
    }
}
