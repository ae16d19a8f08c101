package dev.skyloom.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.PriceOnRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The script-readable form of {@code skyloom catalog --json}; a stable contract. One object:
 *
 * <pre>
 * {"snapshotDate": "2026-11-21",
 *  "filters": {"provider": s|null, "region": s|null, "gpu": s|null},
 *  "offerings": [ sorted by provider, then instanceType
 *    {"provider", "instanceType",
 *     "accelerator": {"model", "family", "vendor", "kind": "gpu"|"proprietary", "count"},
 *     "memoryGibPerAccelerator": n|null, "vcpus": n|null, "ramGib": n|null,
 *     "priceBasis": "instance"|"instance_computed"|"accelerator_only",
 *     "prices": [ sorted by region; region "*" = one global list price; "not stated" = sold without a
 *       list price where no named source says (listed in no region)
 *       {"region", "onDemand": price|null, "spot": price|null, "zones": [s]}],
 *     "priceOnRequest": null | {"purchaseModel": "capacity-block"|"reservation"|"contact-sales"|"price-withheld",
 *       "reason", "source", "asOf", "regions": [s] | "not stated"},
 *     "note"}]}
 * price = {"amount": n, "currency", "unit": "hour", "source", "asOf", "asOfPublished": bool, "estimate": bool,
 *          "kind": "list"|"indicative"|"dynamic"}
 * </pre>
 *
 * An offering with {@code priceOnRequest} is sold without a list price: its {@code onDemand} is null in
 * the regions the sources name and its cost is "price on request". "price-withheld" = sold as usual, but the
 * source's amount is a placeholder: the withheld on-demand and/or spot price is null in the named regions. {@code kind} "indicative" = a spot
 * value as captured on {@code asOf}; "dynamic" = a published "from" floor of a dynamic market.
 *
 * A null price is unknown, never zero. {@code asOfPublished} is false when the source has no date of
 * its own and {@code asOf} is the date the snapshot read it. {@code estimate} is true where a global list price stands in
 * for a region.
 */
final class CatalogJson {
    private CatalogJson() {}

    static String render(
            Catalog catalog, String provider, String region, String gpu, List<CatalogCommand.Listing> listings) {
        // Keyed by identity: an offering's own hashCode would hash all of its prices.
        Map<GpuOffering, List<CatalogCommand.Listing>> byOffering = new java.util.IdentityHashMap<>();
        List<GpuOffering> order = new ArrayList<>();
        for (CatalogCommand.Listing l : listings) {
            byOffering
                    .computeIfAbsent(l.offering(), k -> {
                        order.add(k);
                        return new ArrayList<>();
                    })
                    .add(l);
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("snapshotDate", catalog.snapshotDate().toString());
            g.writeObjectFieldStart("filters");
            nullable(g, "provider", provider);
            nullable(g, "region", region);
            nullable(g, "gpu", gpu);
            g.writeEndObject();
            g.writeArrayFieldStart("offerings");
            for (GpuOffering o : order) {
                writeOffering(g, catalog, o, byOffering.get(o));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void writeOffering(
            JsonGenerator g, Catalog catalog, GpuOffering o, List<CatalogCommand.Listing> listings) throws IOException {
        g.writeStartObject();
        g.writeStringField("provider", o.provider());
        g.writeStringField("instanceType", o.instanceType());
        g.writeObjectFieldStart("accelerator");
        g.writeStringField("model", o.accelerator().model());
        g.writeStringField("family", o.accelerator().family());
        g.writeStringField("vendor", o.accelerator().vendor());
        g.writeStringField("kind", o.accelerator().isProprietary() ? "proprietary" : "gpu");
        g.writeNumberField("count", o.acceleratorCount());
        g.writeEndObject();
        number(g, "memoryGibPerAccelerator", o.memoryGibPerAccelerator());
        number(g, "vcpus", o.vcpus());
        number(g, "ramGib", o.ramGib());
        g.writeStringField("priceBasis", o.priceBasis().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("prices");
        for (CatalogCommand.Listing l : listings) {
            g.writeStartObject();
            g.writeStringField("region", l.prices().region());
            price(g, catalog, "onDemand", l.prices().onDemand());
            price(g, catalog, "spot", l.prices().spot());
            g.writeArrayFieldStart("zones");
            for (String zone : l.prices().zones()) {
                g.writeString(zone);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (o.priceOnRequest().isEmpty()) {
            g.writeNullField("priceOnRequest");
        } else {
            PriceOnRequest r = o.priceOnRequest().get();
            g.writeObjectFieldStart("priceOnRequest");
            g.writeStringField("purchaseModel", r.purchaseModel().id());
            g.writeStringField("reason", r.reason());
            g.writeStringField("source", r.source());
            g.writeStringField("asOf", r.asOf());
            if (r.regionsNotStated()) {
                g.writeStringField("regions", CatalogCommand.NOT_STATED);
            } else {
                g.writeArrayFieldStart("regions");
                for (String code : new java.util.TreeSet<>(r.regions())) {
                    g.writeString(code);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeStringField("note", o.note());
        g.writeEndObject();
    }

    private static void price(JsonGenerator g, Catalog catalog, String name, Optional<Price> price) throws IOException {
        if (price.isEmpty()) {
            g.writeNullField(name);
            return;
        }
        Price p = price.get();
        g.writeObjectFieldStart(name);
        g.writeNumberField("amount", p.amount());
        g.writeStringField("currency", p.currency());
        g.writeStringField("unit", p.unit());
        g.writeStringField("source", p.source());
        g.writeStringField("asOf", p.asOf());
        g.writeBooleanField(
                "asOfPublished",
                catalog.source(p.source()).map(CatalogSource::asOfPublished).orElse(true));
        g.writeBooleanField("estimate", p.estimate());
        g.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
