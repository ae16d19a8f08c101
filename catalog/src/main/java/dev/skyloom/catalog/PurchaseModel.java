package dev.skyloom.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an offering that has no list price is bought, or why its source's amount is withheld: the reason
 * the catalog says "price on request" instead of showing an amount.
 */
public enum PurchaseModel {
    /** Sold in scheduled blocks (AWS EC2 Capacity Blocks); each offer carries its own price. */
    CAPACITY_BLOCK("capacity-block", "capacity block"),
    /** Sold only with a reservation or commitment (GCP A4X sub-blocks, A4 Flex-start/Calendar/CUD). */
    RESERVATION("reservation", "reservation"),
    /** The provider's page says "contact sales" / "contact us". */
    CONTACT_SALES("contact-sales", "contact sales"),
    /**
     * Sold as usual, but the source's amount is a placeholder, not a price (GCP TPU v6e: 700 per
     * slice-hour for every slice size in some regions): withheld rather than shown as a cost.
     */
    PRICE_WITHHELD("price-withheld", "price withheld");

    private final String id;
    private final String label;

    PurchaseModel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The spelling used in the data files and JSON ({@code capacity-block}, ...). */
    public String id() {
        return id;
    }

    /** Words for people ("capacity block"). */
    public String label() {
        return label;
    }

    /** Every id, for messages ("capacity-block, reservation, ..."). */
    public static String ids() {
        return Arrays.stream(values()).map(PurchaseModel::id).collect(Collectors.joining(", "));
    }

    public static Optional<PurchaseModel> fromId(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PurchaseModel m : values()) {
            if (m.id.equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
