package dev.skyloom.catalog;

/**
 * How firm a price is. Spot and preemptible prices move with demand: the catalog keeps the value its
 * source captured and shows it as indicative with that date; a dynamic price is a floor the provider
 * publishes ("from $0.79"), shown as "from $X".
 */
public enum PriceKind {
    /** A published list price. */
    LIST,
    /** A spot/preemptible value as captured on the source's date; it will have moved. */
    INDICATIVE,
    /** A "from" price of a dynamically priced market (Nebius preemptible). */
    DYNAMIC
}
