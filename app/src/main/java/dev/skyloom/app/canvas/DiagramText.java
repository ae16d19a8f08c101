package dev.skyloom.app.canvas;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.icons.IconKey;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the canvas writes on cards, headers and edges, and how edge kinds are dashed. Picture exports
 * use the same text so slides read like the canvas.
 */
public final class DiagramText {
    private DiagramText() {}

    /** The one-line fact under a card's name. */
    public static String fact(Component c) {
        if (c instanceof Component.GpuPool p) {
            return p.instanceType() + " × " + p.count();
        }
        if (c instanceof Component.Storage st) {
            return st.storageClass() + " · " + plain(st.capacityTb()) + " TB";
        }
        if (c instanceof Component.Pipeline p) {
            return "survives " + p.survives().json();
        }
        if (c instanceof Component.Users u) {
            return "≤ " + plain(u.latencyBudgetMs()) + " ms"
                    + u.share().map(s -> " · share " + plain(s)).orElse("")
                    + u.userCount().map(n -> " · " + n + " users").orElse("");
        }
        return "";
    }

    public static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    public static IconKey iconKey(Component c) {
        if (c instanceof Component.Region r && r.isCustom()) {
            return IconKey.CUSTOM_SITE;
        }
        return IconKey.forComponentType(c.type().json());
    }

    /** The country code on a region's badge: its own, the catalog's, "ON" for a custom site, else "··". */
    public static String countryCode(Design design, Optional<Catalog> catalog, Component.Region r) {
        if (r.country().isPresent()) {
            return r.country().get();
        }
        return catalog.flatMap(c -> c.region(providerId(design, r), r.region()))
                .flatMap(dev.skyloom.catalog.Region::country)
                .orElse(r.isCustom() ? "ON" : "··");
    }

    /** "Frankfurt · eu-central-1", or the name the user gave, with the code. */
    public static String regionTitle(Design design, Optional<Catalog> catalog, Component.Region r) {
        String city = r.isCustom()
                ? ""
                : catalog.flatMap(c -> c.region(providerId(design, r), r.region()))
                        .map(dev.skyloom.catalog.Region::city)
                        .orElse("");
        String head = !r.name().isEmpty() ? r.name() : city;
        String code = r.isCustom() ? "on-premises" : r.region();
        return head.isEmpty() ? code : head + " · " + code;
    }

    /** The catalog's name for a provider container's cloud, else its id. */
    public static String providerName(Optional<Catalog> catalog, Component.Provider p) {
        return catalog.flatMap(c -> c.provider(p.provider()))
                .map(dev.skyloom.catalog.Provider::name)
                .orElse(p.provider());
    }

    private static String providerId(Design design, Component c) {
        return design.providerOf(c.id()).map(Component.Provider::provider).orElse("");
    }

    /** Cuts text to the width available, estimated from the font size (measuring every string is too slow). */
    static String fit(String s, double room, double size) {
        int max = (int) (room / (size * 0.58));
        if (s.length() <= max) {
            return s;
        }
        return max <= 1 ? "" : s.substring(0, max - 1) + "…";
    }

    static double[] dashes(ConnectionType t, double z) {
        switch (t) {
            case RUNS_ON:
                return new double[] {7 * z, 5 * z};
            case REPLICATES_TO:
                return new double[] {2 * z, 4 * z};
            default:
                return null;
        }
    }
}
