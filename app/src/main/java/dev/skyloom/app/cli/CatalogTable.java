package dev.skyloom.app.cli;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.PriceKind;
import dev.skyloom.catalog.PriceOnRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The people-readable form of {@code skyloom catalog}: an aligned table with a short legend. */
final class CatalogTable {
    private static final String NONE = "—";
    private static final String[] HEADER = {
        "PROVIDER",
        "REGION",
        "INSTANCE TYPE",
        "ACCELERATOR",
        "GPU MEMORY",
        "ON-DEMAND/H",
        "SPOT/H (INDICATIVE)",
        "CURRENCY",
        "SOURCE, DATE"
    };
    private static final boolean[] RIGHT = {false, false, false, false, true, true, true, false, false};

    private CatalogTable() {}

    static String render(Catalog catalog, List<CatalogCommand.Listing> listings) {
        StringBuilder sb = new StringBuilder();
        if (listings.isEmpty()) {
            sb.append("No offerings match.\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(HEADER);
            boolean estimates = false;
            boolean global = false;
            boolean notStated = false;
            boolean dynamic = false;
            java.util.Map<GpuOffering, PriceOnRequest> onRequest = new java.util.LinkedHashMap<>();
            for (CatalogCommand.Listing l : listings) {
                GpuOffering o = l.offering();
                Optional<Price> onDemand = l.prices().onDemand();
                Optional<Price> spot = l.prices().spot();
                Price any = onDemand.orElse(spot.orElse(null));
                Optional<PriceOnRequest> request = onDemand.isPresent()
                        ? Optional.empty()
                        : l.prices().region().equals("*") || l.prices().region().equals(CatalogCommand.NOT_STATED)
                                ? o.priceOnRequest()
                                : o.priceOnRequestIn(l.prices().region());
                request.ifPresent(r -> onRequest.put(o, r));
                dynamic |= spot.map(p -> p.kind() == PriceKind.DYNAMIC).orElse(false);
                estimates |= onDemand.map(Price::estimate).orElse(false)
                        || spot.map(Price::estimate).orElse(false);
                global |= l.prices().region().equals("*");
                notStated |= l.prices().region().equals(CatalogCommand.NOT_STATED);
                rows.add(new String[] {
                    o.provider(),
                    l.prices().region(),
                    o.instanceType(),
                    o.accelerator().family() + " ×" + count(o.acceleratorCount())
                            + (o.accelerator().isProprietary() ? " (proprietary)" : ""),
                    memory(o.totalAcceleratorMemoryGib()),
                    onDemand.map(CatalogTable::money)
                            .orElse(request.map(r ->
                                            "on request (" + r.purchaseModel().label() + ")")
                                    .orElse("unpriced")),
                    spot.map(CatalogTable::spotMoney).orElse(NONE),
                    any == null ? NONE : any.currency(),
                    any != null
                            ? sourceCell(catalog, onDemand, spot)
                            : request.map(r -> r.source() + ", " + dateOf(catalog, r.source(), r.asOf()))
                                    .orElse(NONE)
                });
            }
            alignDecimals(rows, 5);
            alignDecimals(rows, 6);
            int[] widths = new int[HEADER.length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    String pad = " ".repeat(widths[i] - row[i].length());
                    line.append(RIGHT[i] ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
                    if (i < row.length - 1) {
                        line.append("  ");
                    }
                }
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            sb.append('\n').append(listings.size()).append(listings.size() == 1 ? " offering" : " offerings");
            sb.append(". Prices per instance-hour; \"unpriced\"/\"—\" = not in the sources;");
            sb.append(" \"read DATE\" = undated source, read on DATE.\n");
            if (estimates) {
                sb.append("~ estimate: a global list price, not published for this region.\n");
            }
            if (global) {
                sb.append("Region * = one global list price for every region of the provider.\n");
            }
            if (notStated) {
                sb.append("Region \"not stated\" = sold, but no named source says where: listed in no region"
                        + " (ask the provider).\n");
            }
            sb.append("Spot prices are indicative: captured on the source's date, they move with demand.\n");
            if (dynamic) {
                sb.append("from X = dynamic preemptible price: the provider's published floor.\n");
            }
            for (java.util.Map.Entry<GpuOffering, PriceOnRequest> e : onRequest.entrySet()) {
                sb.append(e.getKey().provider())
                        .append(' ')
                        .append(e.getKey().instanceType())
                        .append(": ")
                        .append(e.getValue().describe())
                        .append('\n');
            }
        }
        sb.append("Catalog snapshot ").append(catalog.snapshotDate()).append(" (sources: see README, Catalog).\n");
        return sb.toString();
    }

    /**
     * Each shown price's own source: one "SOURCE, DATE" where on-demand and spot share it, else both,
     * labelled (a refreshed on-demand price beside a snapshot spot price must not look refreshed too).
     */
    static String sourceCell(Catalog catalog, Optional<Price> onDemand, Optional<Price> spot) {
        if (onDemand.isPresent() && spot.isPresent()) {
            Price od = onDemand.get();
            Price sp = spot.get();
            if (!od.source().equals(sp.source()) || !od.asOf().equals(sp.asOf())) {
                return od.source() + ", " + dateOf(catalog, od) + " (on-demand); " + sp.source() + ", "
                        + dateOf(catalog, sp) + " (spot)";
            }
        }
        Price p = onDemand.orElseGet(spot::orElseThrow);
        return p.source() + ", " + dateOf(catalog, p);
    }

    /** The price's date; "read DATE" when the source has no date of its own and DATE is when it was read. */
    static String dateOf(Catalog catalog, Price p) {
        return dateOf(catalog, p.source(), p.asOf());
    }

    /** As above for a source cell ("A; B": the first source's date is the row's date). */
    static String dateOf(Catalog catalog, String source, String asOf) {
        if (asOf.isEmpty()) {
            return "undated";
        }
        String first = source.split("; ")[0];
        boolean published =
                catalog.source(first).map(CatalogSource::asOfPublished).orElse(true);
        return published ? asOf : "read " + asOf;
    }

    /** Pads a money column on the right so that decimal points line up. */
    private static void alignDecimals(List<String[]> rows, int column) {
        int fraction = 0;
        for (int i = 1; i < rows.size(); i++) {
            fraction = Math.max(fraction, fractionLength(rows.get(i)[column]));
        }
        for (int i = 1; i < rows.size(); i++) {
            String v = rows.get(i)[column];
            int f = fractionLength(v);
            int pad = v.indexOf('.') < 0 ? fraction + 1 : fraction - f;
            if (v.matches("~?[0-9.]+")) {
                rows.get(i)[column] = v + " ".repeat(Math.max(0, pad));
            }
        }
    }

    private static int fractionLength(String v) {
        int dot = v.indexOf('.');
        return v.matches("~?[0-9.]+") && dot >= 0 ? v.length() - dot - 1 : 0;
    }

    private static String money(Price p) {
        BigDecimal a = p.amount().stripTrailingZeros();
        if (a.scale() < 2) {
            a = a.setScale(2);
        }
        return (p.estimate() ? "~" : "") + a.toPlainString();
    }

    private static String spotMoney(Price p) {
        return p.kind() == PriceKind.DYNAMIC ? "from " + money(p) : money(p);
    }

    private static String count(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }

    private static String memory(OptionalDouble gib) {
        if (gib.isEmpty()) {
            return NONE;
        }
        double v = gib.getAsDouble();
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v))
                + " GiB";
    }
}
