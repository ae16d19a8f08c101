package dev.skyloom.model.check;

import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything of a design a check can read, one constant per field of each component type, of connections
 * and of the design itself. A check declares the fields it reads ({@link DesignCheck#reads()});
 * {@link CheckSession} compares two designs field by field ({@link #changed}) and runs again only the
 * checks that read a changed field. A few constants are shape keys rather than fields: {@link
 * #POOL_HAS_UNIT_PRICE} changes only when a unit price is set or cleared, not when its value changes.
 *
 * <p>Which components there are (ids, kinds, order) and which connections (ids, order) is not a field:
 * when that changes, every check runs again. A new field of a component record needs a constant here
 * ({@code IncrementalCheckTest} fails otherwise).
 */
public enum DesignField {
    PROVIDER_NAME(ComponentType.PROVIDER, "name", Component.Provider.class, Component::name),
    PROVIDER_CODE(ComponentType.PROVIDER, "provider", Component.Provider.class, Component.Provider::provider),
    PROVIDER_EXTRAS(ComponentType.PROVIDER, "extras", Component.Provider.class, Component::extras),

    REGION_NAME(ComponentType.REGION, "name", Component.Region.class, Component::name),
    REGION_PARENT(ComponentType.REGION, "parent", Component.Region.class, Component::parent),
    REGION_CODE(ComponentType.REGION, "region", Component.Region.class, Component.Region::region),
    REGION_COUNTRY(ComponentType.REGION, "country", Component.Region.class, Component.Region::country),
    REGION_EXTRAS(ComponentType.REGION, "extras", Component.Region.class, Component::extras),

    POOL_NAME(ComponentType.GPU_POOL, "name", Component.GpuPool.class, Component::name),
    POOL_PARENT(ComponentType.GPU_POOL, "parent", Component.GpuPool.class, Component::parent),
    POOL_INSTANCE_TYPE(
            ComponentType.GPU_POOL, "instanceType", Component.GpuPool.class, Component.GpuPool::instanceType),
    POOL_COUNT(ComponentType.GPU_POOL, "count", Component.GpuPool.class, Component.GpuPool::count),
    POOL_PRICING(ComponentType.GPU_POOL, "pricing", Component.GpuPool.class, Component.GpuPool::pricing),
    POOL_HOURS(ComponentType.GPU_POOL, "hoursPerMonth", Component.GpuPool.class, Component.GpuPool::hoursPerMonth),
    POOL_UNIT_PRICE(ComponentType.GPU_POOL, "unitPrice", Component.GpuPool.class, Component.GpuPool::unitPrice),
    /** Shape key: whether the pool has a unit price, not its value. */
    POOL_HAS_UNIT_PRICE(ComponentType.GPU_POOL, "unitPrice", Component.GpuPool.class, p -> p.unitPrice()
            .isPresent()),
    POOL_EXTRAS(ComponentType.GPU_POOL, "extras", Component.GpuPool.class, Component::extras),

    STORAGE_NAME(ComponentType.STORAGE, "name", Component.Storage.class, Component::name),
    STORAGE_PARENT(ComponentType.STORAGE, "parent", Component.Storage.class, Component::parent),
    STORAGE_CLASS(ComponentType.STORAGE, "storageClass", Component.Storage.class, Component.Storage::storageClass),
    STORAGE_CAPACITY(ComponentType.STORAGE, "capacityTb", Component.Storage.class, Component.Storage::capacityTb),
    STORAGE_HOLDS(ComponentType.STORAGE, "holds", Component.Storage.class, Component.Storage::holds),
    STORAGE_UNIT_PRICE(ComponentType.STORAGE, "unitPrice", Component.Storage.class, Component.Storage::unitPrice),
    /** Shape key: whether the storage has a unit price, not its value. */
    STORAGE_HAS_UNIT_PRICE(ComponentType.STORAGE, "unitPrice", Component.Storage.class, s -> s.unitPrice()
            .isPresent()),
    STORAGE_EXTRAS(ComponentType.STORAGE, "extras", Component.Storage.class, Component::extras),

    PIPELINE_NAME(ComponentType.PIPELINE, "name", Component.Pipeline.class, Component::name),
    PIPELINE_PARENT(ComponentType.PIPELINE, "parent", Component.Pipeline.class, Component::parent),
    PIPELINE_SURVIVES(ComponentType.PIPELINE, "survives", Component.Pipeline.class, Component.Pipeline::survives),
    PIPELINE_DECLASSIFIES(
            ComponentType.PIPELINE, "declassifies", Component.Pipeline.class, Component.Pipeline::declassifies),
    PIPELINE_EXTRAS(ComponentType.PIPELINE, "extras", Component.Pipeline.class, Component::extras),

    USERS_NAME(ComponentType.USERS, "name", Component.Users.class, Component::name),
    USERS_CITY(ComponentType.USERS, "city", Component.Users.class, Component.Users::city),
    USERS_LATITUDE(ComponentType.USERS, "latitude", Component.Users.class, Component.Users::latitude),
    USERS_LONGITUDE(ComponentType.USERS, "longitude", Component.Users.class, Component.Users::longitude),
    USERS_COUNTRY(ComponentType.USERS, "country", Component.Users.class, Component.Users::country),
    USERS_SHARE(ComponentType.USERS, "share", Component.Users.class, Component.Users::share),
    USERS_USER_COUNT(ComponentType.USERS, "userCount", Component.Users.class, Component.Users::userCount),
    USERS_LATENCY_BUDGET(
            ComponentType.USERS, "latencyBudgetMs", Component.Users.class, Component.Users::latencyBudgetMs),
    USERS_EXTRAS(ComponentType.USERS, "extras", Component.Users.class, Component::extras),

    IDENTITY_NAME(ComponentType.IDENTITY, "name", Component.Identity.class, Component::name),
    IDENTITY_PARENT(ComponentType.IDENTITY, "parent", Component.Identity.class, Component::parent),
    IDENTITY_KIND(ComponentType.IDENTITY, "kind", Component.Identity.class, Component.Identity::kind),
    IDENTITY_EXTRAS(ComponentType.IDENTITY, "extras", Component.Identity.class, Component::extras),

    TELEMETRY_NAME(ComponentType.TELEMETRY, "name", Component.Telemetry.class, Component::name),
    TELEMETRY_PARENT(ComponentType.TELEMETRY, "parent", Component.Telemetry.class, Component::parent),
    TELEMETRY_HOSTING(ComponentType.TELEMETRY, "hosting", Component.Telemetry.class, Component.Telemetry::hosting),
    TELEMETRY_SERVICE(ComponentType.TELEMETRY, "service", Component.Telemetry.class, Component.Telemetry::service),
    TELEMETRY_RECEIVES(ComponentType.TELEMETRY, "receives", Component.Telemetry.class, Component.Telemetry::receives),
    TELEMETRY_OPERATOR_COUNTRY(
            ComponentType.TELEMETRY,
            "operatorCountry",
            Component.Telemetry.class,
            Component.Telemetry::operatorCountry),
    TELEMETRY_UNIT_PRICE(
            ComponentType.TELEMETRY, "unitPrice", Component.Telemetry.class, Component.Telemetry::unitPrice),
    TELEMETRY_EXTRAS(ComponentType.TELEMETRY, "extras", Component.Telemetry.class, Component::extras),

    /** A connection's type and ends. */
    CONNECTION_ENDS(null, "type, from, to", null, null),
    CONNECTION_MONTHLY_TB(null, "monthlyTb", null, null),
    /** The data classes a {@code ships-telemetry} connection carries. */
    CONNECTION_DATA_CLASSES(null, "dataClasses", null, null),
    CONNECTION_EXTRAS(null, "extras", null, null),

    DESIGN_NAME(null, "name", null, null),
    DESIGN_CURRENCY(null, "currency", null, null),
    DESIGN_ASSUMPTIONS(null, "assumptions", null, null),
    /** The data classes: ids, names, allowed jurisdictions, extras. */
    DESIGN_DATA_CLASSES(null, "dataClasses", null, null),
    DESIGN_LAYOUT(null, "layout", null, null),
    DESIGN_EXTRAS(null, "extras", null, null);

    /** What the compact graph ({@code DesignGraph}) is built from: every check that uses the graph reads these. */
    public static final Set<DesignField> GRAPH = Collections.unmodifiableSet(EnumSet.of(
            REGION_PARENT,
            POOL_PARENT,
            STORAGE_PARENT,
            PIPELINE_PARENT,
            IDENTITY_PARENT,
            TELEMETRY_PARENT,
            PROVIDER_CODE,
            REGION_CODE,
            CONNECTION_ENDS));

    private final ComponentType type;
    private final String recordComponent;
    private final Function<Component, Object> key;

    <C extends Component> DesignField(
            ComponentType type, String recordComponent, Class<C> kind, Function<? super C, ?> key) {
        this.type = type;
        this.recordComponent = recordComponent;
        this.key = kind == null ? null : c -> key.apply(kind.cast(c));
    }

    /** The component type whose field this is; empty for connection and design fields. */
    public java.util.Optional<ComponentType> componentType() {
        return java.util.Optional.ofNullable(type);
    }

    /** The name of the record component (or design/connection property) this field reads. */
    public String recordComponent() {
        return recordComponent;
    }

    /** {@link #GRAPH} and {@code more}. */
    public static Set<DesignField> graphAnd(DesignField... more) {
        EnumSet<DesignField> set = EnumSet.copyOf(GRAPH);
        set.addAll(List.of(more));
        return Collections.unmodifiableSet(set);
    }

    /** Every field: a check that declares this runs again after any change. */
    public static Set<DesignField> all() {
        return Collections.unmodifiableSet(EnumSet.allOf(DesignField.class));
    }

    /**
     * The fields that differ between two designs with the same structure (component ids and kinds, and
     * connection ids, in the same order); empty when {@code a} and {@code b} are not of the same structure
     * (see {@link #sameStructure}). O(V + E), skipping components that are the same object.
     */
    public static Set<DesignField> changed(Design a, Design b) {
        EnumSet<DesignField> changed = EnumSet.noneOf(DesignField.class);
        List<Component> ca = a.components();
        List<Component> cb = b.components();
        for (int i = 0; i < ca.size(); i++) {
            Component x = ca.get(i);
            Component y = cb.get(i);
            if (x != y) {
                for (DesignField f : FOR_TYPE.get(x.type())) {
                    if (!changed.contains(f) && !Objects.equals(f.key.apply(x), f.key.apply(y))) {
                        changed.add(f);
                    }
                }
            }
        }
        List<Connection> ka = a.connections();
        List<Connection> kb = b.connections();
        for (int i = 0; i < ka.size(); i++) {
            Connection x = ka.get(i);
            Connection y = kb.get(i);
            if (x != y) {
                if (x.type() != y.type() || !x.from().equals(y.from()) || !x.to().equals(y.to())) {
                    changed.add(CONNECTION_ENDS);
                }
                if (!x.monthlyTb().equals(y.monthlyTb())) {
                    changed.add(CONNECTION_MONTHLY_TB);
                }
                if (!x.dataClasses().equals(y.dataClasses())) {
                    changed.add(CONNECTION_DATA_CLASSES);
                }
                if (!x.extras().equals(y.extras())) {
                    changed.add(CONNECTION_EXTRAS);
                }
            }
        }
        design(changed, DESIGN_NAME, a.name(), b.name());
        design(changed, DESIGN_CURRENCY, a.currency(), b.currency());
        design(changed, DESIGN_ASSUMPTIONS, a.assumptions(), b.assumptions());
        design(changed, DESIGN_DATA_CLASSES, a.dataClasses(), b.dataClasses());
        design(changed, DESIGN_LAYOUT, a.layout(), b.layout());
        design(changed, DESIGN_EXTRAS, a.extras(), b.extras());
        return changed;
    }

    /** Whether two designs have the same components (ids, kinds) and connections (ids), in the same order. */
    public static boolean sameStructure(Design a, Design b) {
        List<Component> ca = a.components();
        List<Component> cb = b.components();
        if (ca.size() != cb.size() || a.connections().size() != b.connections().size()) {
            return false;
        }
        for (int i = 0; i < ca.size(); i++) {
            Component x = ca.get(i);
            Component y = cb.get(i);
            if (x != y && (x.type() != y.type() || !x.id().equals(y.id()))) {
                return false;
            }
        }
        for (int i = 0; i < a.connections().size(); i++) {
            if (!a.connections().get(i).id().equals(b.connections().get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private static void design(Set<DesignField> changed, DesignField f, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(f);
        }
    }

    private static final java.util.Map<ComponentType, List<DesignField>> FOR_TYPE = forType();

    private static java.util.Map<ComponentType, List<DesignField>> forType() {
        java.util.Map<ComponentType, List<DesignField>> map = new java.util.EnumMap<>(ComponentType.class);
        for (ComponentType t : ComponentType.values()) {
            map.put(
                    t,
                    java.util.Arrays.stream(values()).filter(f -> f.type == t).toList());
        }
        return map;
    }
}
