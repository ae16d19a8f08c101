package dev.skyloom.export.diagram;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a design's legend explains: only the providers, kinds and connection types it uses, in a fixed order. */
public final class DiagramLegend {
    private DiagramLegend() {}

    /** One legend row; exactly one of provider, component type or connection type applies per kind. */
    public record Entry(
            Kind kind,
            String label,
            Optional<String> provider,
            Optional<ComponentType> componentType,
            Optional<ConnectionType> connectionType) {}

    /** The symbol family of a row. */
    public enum Kind {
        /** A provider's chip. */
        PROVIDER,
        /** The dashed region area. */
        REGION,
        /** The own-site icon. */
        CUSTOM_SITE,
        /** A card kind's icon. */
        COMPONENT,
        /** A connection type's line. */
        CONNECTION
    }

    public static List<Entry> of(Design design, Optional<Catalog> catalog) {
        List<Entry> entries = new ArrayList<>();
        Set<String> providers = new LinkedHashSet<>();
        boolean regions = false;
        boolean custom = false;
        Set<ComponentType> kinds = EnumSet.noneOf(ComponentType.class);
        for (Component c : design.components()) {
            if (c instanceof Component.Provider p) {
                providers.add(p.provider());
            } else if (c instanceof Component.Region r) {
                regions = true;
                custom |= r.isCustom();
            } else {
                kinds.add(c.type());
            }
        }
        for (String p : providers) {
            entries.add(new Entry(
                    Kind.PROVIDER, providerName(catalog, p), Optional.of(p), Optional.empty(), Optional.empty()));
        }
        if (regions) {
            entries.add(new Entry(Kind.REGION, "Region", Optional.empty(), Optional.empty(), Optional.empty()));
        }
        if (custom) {
            entries.add(new Entry(
                    Kind.CUSTOM_SITE,
                    "On-premises / colocation site",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
        }
        for (ComponentType t : kinds) {
            entries.add(new Entry(Kind.COMPONENT, kindName(t), Optional.empty(), Optional.of(t), Optional.empty()));
        }
        Set<ConnectionType> types = EnumSet.noneOf(ConnectionType.class);
        for (Connection k : design.connections()) {
            types.add(k.type());
        }
        for (ConnectionType t : types) {
            entries.add(
                    new Entry(Kind.CONNECTION, connectionName(t), Optional.empty(), Optional.empty(), Optional.of(t)));
        }
        return entries;
    }

    public static String kindName(ComponentType t) {
        return switch (t) {
            case PROVIDER -> "Provider";
            case REGION -> "Region";
            case GPU_POOL -> "GPU pool";
            case STORAGE -> "Storage";
            case PIPELINE -> "Pipeline";
            case USERS -> "Users";
            case IDENTITY -> "Identity provider";
            case TELEMETRY -> "Telemetry sink";
        };
    }

    public static String connectionName(ConnectionType t) {
        return switch (t) {
            case READS -> "reads (pipeline → storage)";
            case WRITES -> "writes (pipeline → storage)";
            case RUNS_ON -> "runs on (pipeline → GPU pool)";
            case REPLICATES_TO -> "replicates to (storage → storage)";
            case SERVES -> "serves (pipeline → users)";
            case FEDERATES -> "federates (identity → provider)";
            case SHIPS_TELEMETRY -> "ships telemetry (→ telemetry sink)";
        };
    }

    /** The catalog's name of a provider id; "On-premises" for own sites. */
    public static String providerName(Optional<Catalog> catalog, String provider) {
        if (provider.equals("custom")) {
            return "On-premises";
        }
        return catalog.flatMap(c -> c.provider(provider))
                .map(dev.skyloom.catalog.Provider::name)
                .orElse(provider);
    }
}
