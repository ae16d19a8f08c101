package dev.skyloom.export.diagram;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.icons.IconKey;
import dev.skyloom.icons.ProviderColours;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
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
        return c.accept(new Component.Visitor<String>() {
            @Override
            public String provider(Component.Provider p) {
                return "";
            }

            @Override
            public String region(Component.Region r) {
                return "";
            }

            @Override
            public String gpuPool(Component.GpuPool p) {
                return p.instanceType() + " × " + p.count();
            }

            @Override
            public String storage(Component.Storage st) {
                return st.storageClass() + " · " + plain(st.capacityTb()) + " TB";
            }

            @Override
            public String pipeline(Component.Pipeline p) {
                return "survives " + p.survives().json();
            }

            @Override
            public String users(Component.Users u) {
                return "≤ " + plain(u.latencyBudgetMs()) + " ms"
                        + u.share().map(s -> " · share " + plain(s)).orElse("")
                        + u.userCount().map(n -> " · users: " + n).orElse("");
            }

            @Override
            public String identity(Component.Identity i) {
                return i.kind().label();
            }

            @Override
            public String telemetry(Component.Telemetry t) {
                return (t.service().isEmpty() ? t.hosting().json() : t.service())
                        + (t.receives().isEmpty() ? "" : " · " + String.join(", ", t.receives()));
            }
        });
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

    /** The label on a connection: its type and, when it moves data, the monthly volume. */
    public static String edgeLabel(Connection k) {
        return k.type().json() + (k.monthlyTb().signum() > 0 ? " · " + plain(k.monthlyTb()) + " TB/mo" : "");
    }

    /** A provider container's title: the name the user gave, else the catalog's name of the cloud. */
    public static String providerTitle(Optional<Catalog> catalog, Component.Provider p) {
        return p.name().isEmpty() ? providerName(catalog, p) : p.name();
    }

    /** The text of a container's chip: a provider's initials or a region's country code. */
    public static String chipText(Design design, Optional<Catalog> catalog, Component c) {
        if (c instanceof Component.Provider p) {
            return ProviderColours.badge(p.provider()).initials();
        }
        return c instanceof Component.Region r ? countryCode(design, catalog, r) : "";
    }

    /** A container's header title (provider or region); "" for other components. */
    public static String containerTitle(Design design, Optional<Catalog> catalog, Component c) {
        if (c instanceof Component.Provider p) {
            return providerTitle(catalog, p);
        }
        return c instanceof Component.Region r ? regionTitle(design, catalog, r) : "";
    }
}
