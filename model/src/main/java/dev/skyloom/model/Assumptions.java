package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Assumptions stored in the design: the discount applied to on-demand prices for reserved pricing when
 * the catalog has no reserved price (fractions, e.g. 0.30 = 30 % off), and the round-trip time above
 * which a pool counts as far from storage it reads ({@code remoteDataMs}, used by the latency check).
 */
public record Assumptions(BigDecimal reserved1yDiscount, BigDecimal reserved3yDiscount, BigDecimal remoteDataMs) {
    /** The default remote-data threshold: a judgement (about a cross-continent hop), not a measured figure. */
    public static final BigDecimal DEFAULT_REMOTE_DATA_MS = BigDecimal.valueOf(50);

    /** Defaults documented in the README: typical 1-year and 3-year commitment discounts. */
    public static final Assumptions DEFAULT =
            new Assumptions(new BigDecimal("0.30"), new BigDecimal("0.50"), DEFAULT_REMOTE_DATA_MS);

    public Assumptions {
        Objects.requireNonNull(reserved1yDiscount, "reserved1yDiscount");
        Objects.requireNonNull(reserved3yDiscount, "reserved3yDiscount");
        Objects.requireNonNull(remoteDataMs, "remoteDataMs");
        for (BigDecimal d : new BigDecimal[] {reserved1yDiscount, reserved3yDiscount}) {
            if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("discount must be in [0, 1): " + d);
            }
        }
        if (remoteDataMs.signum() <= 0) {
            throw new IllegalArgumentException("remoteDataMs must be positive: " + remoteDataMs);
        }
    }

    /** Pricing assumptions with the default latency assumption (the assumptions of format 1). */
    public Assumptions(BigDecimal reserved1yDiscount, BigDecimal reserved3yDiscount) {
        this(reserved1yDiscount, reserved3yDiscount, DEFAULT_REMOTE_DATA_MS);
    }

    public Assumptions withRemoteDataMs(BigDecimal remoteDataMs) {
        return new Assumptions(reserved1yDiscount, reserved3yDiscount, remoteDataMs);
    }

    /** Whether the latency assumptions (format 2) are the defaults, so a format 1 file can hold them. */
    public boolean latencyDefaults() {
        return remoteDataMs.compareTo(DEFAULT_REMOTE_DATA_MS) == 0;
    }
}
