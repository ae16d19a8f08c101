package dev.skyloom.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A provider's tiered transfer price for one kind of transfer from one scope (e.g. "us-east-1
 * (reference)", "all regions", or a GCP source region). {@code regions} lists the region codes the
 * scope covers when the source names them; empty means "every region of the provider" (and an
 * estimate for any but the reference region when {@code reference} is true).
 */
public record TransferRate(
        String provider,
        TransferType type,
        String fromScope,
        String toScope,
        List<String> regions,
        boolean reference,
        List<EgressTier> tiers,
        String source,
        String asOf,
        String note) {
    public TransferRate {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        fromScope = fromScope == null ? "" : fromScope;
        toScope = toScope == null ? "" : toScope;
        regions = List.copyOf(regions);
        tiers = List.copyOf(tiers);
        source = source == null ? "" : source;
        asOf = asOf == null ? "" : asOf;
        note = note == null ? "" : note;
    }

    /**
     * The cost in USD of moving {@code gb} gigabytes in one month, applying the volume tiers in order,
     * not rounded.
     */
    public BigDecimal costOf(BigDecimal gb) {
        BigDecimal total = BigDecimal.ZERO;
        for (EgressTier tier : tiers) {
            if (gb.compareTo(tier.startGb()) <= 0) {
                break;
            }
            BigDecimal upper = tier.endGb().map(e -> e.min(gb)).orElse(gb);
            BigDecimal inTier = upper.subtract(tier.startGb());
            if (inTier.signum() > 0) {
                total = total.add(inTier.multiply(tier.usdPerGb()));
            }
        }
        return total.setScale(Math.max(total.scale(), 6), RoundingMode.HALF_UP);
    }
}
