package dev.skyloom.model.cost;

/**
 * How firm a cost line's price is, so every view can say it: a firm price, a spot capture, a dynamic
 * floor, an offering sold without a list price, or no price at all.
 */
public enum PriceState {
    /** A list price from the catalog or the design's own unit price. */
    PRICED("priced"),
    /** A spot/preemptible value as captured on its source's date. */
    INDICATIVE("indicative"),
    /** A dynamic market's published "from" price. */
    DYNAMIC("dynamic"),
    /** Sold through capacity blocks, reservations or sales: no list price. */
    PRICE_ON_REQUEST("price-on-request"),
    /** Not priced for another reason (the note says which). */
    UNPRICED("unpriced");

    private final String json;

    PriceState(String json) {
        this.json = json;
    }

    /** The spelling in JSON output. */
    public String json() {
        return json;
    }
}
