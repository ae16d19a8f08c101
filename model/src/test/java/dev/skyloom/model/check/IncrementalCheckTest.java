package dev.skyloom.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.ComponentType;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Changes every field of every component, connection and design, one at a time, and compares what {@link
 * CheckSession} gives after the change (reusing the findings of checks that do not read the field) with a
 * fresh full check. A check that reads a field it does not declare in {@link DesignCheck#reads()} gives
 * stale findings here.
 */
class IncrementalCheckTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    /** Other values for a component's field (the record component {@link DesignField#recordComponent()}). */
    private static final Map<DesignField, BiFunction<Design, Component, List<Object>>> COMPONENT_VALUES =
            new EnumMap<>(DesignField.class);

    /** Designs with one connection or design field changed. */
    private static final Map<DesignField, java.util.function.Function<Design, List<Design>>> DESIGN_CHANGES =
            new EnumMap<>(DesignField.class);

    static {
        for (DesignField f : List.of(
                DesignField.PROVIDER_NAME,
                DesignField.REGION_NAME,
                DesignField.POOL_NAME,
                DesignField.STORAGE_NAME,
                DesignField.PIPELINE_NAME,
                DesignField.USERS_NAME,
                DesignField.IDENTITY_NAME,
                DesignField.TELEMETRY_NAME)) {
            COMPONENT_VALUES.put(f, (d, c) -> List.of(c.name() + " renamed", ""));
        }
        for (DesignField f : List.of(
                DesignField.PROVIDER_EXTRAS,
                DesignField.REGION_EXTRAS,
                DesignField.POOL_EXTRAS,
                DesignField.STORAGE_EXTRAS,
                DesignField.PIPELINE_EXTRAS,
                DesignField.USERS_EXTRAS,
                DesignField.IDENTITY_EXTRAS,
                DesignField.TELEMETRY_EXTRAS)) {
            COMPONENT_VALUES.put(f, (d, c) -> List.of(Map.of("note", "\"changed\"")));
        }
        COMPONENT_VALUES.put(DesignField.PROVIDER_CODE, (d, c) -> List.of("aws", "gcp", "azure", "lambda", "own-dc"));
        COMPONENT_VALUES.put(DesignField.REGION_PARENT, (d, c) -> ids(d, ComponentType.PROVIDER));
        COMPONENT_VALUES.put(
                DesignField.REGION_CODE,
                (d, c) ->
                        List.of("eu-central-1", "us-east-1", "europe-west4", "eastus", Component.Region.CUSTOM, "x-1"));
        COMPONENT_VALUES.put(
                DesignField.REGION_COUNTRY,
                (d, c) -> List.of(Optional.of("US"), Optional.of("DE"), Optional.of("CN"), Optional.empty()));
        for (DesignField f : List.of(
                DesignField.POOL_PARENT,
                DesignField.STORAGE_PARENT,
                DesignField.PIPELINE_PARENT,
                DesignField.IDENTITY_PARENT,
                DesignField.TELEMETRY_PARENT)) {
            COMPONENT_VALUES.put(f, (d, c) -> {
                List<Object> values = new ArrayList<>(ids(d, ComponentType.REGION));
                values.add(Optional.empty());
                return values;
            });
        }
        COMPONENT_VALUES.put(
                DesignField.POOL_INSTANCE_TYPE,
                (d, c) -> List.of("p5.48xlarge", "a3-highgpu-8g", "trn1.32xlarge", "unknown.type"));
        COMPONENT_VALUES.put(DesignField.POOL_COUNT, (d, c) -> List.of(((Component.GpuPool) c).count() * 7 + 1));
        COMPONENT_VALUES.put(DesignField.POOL_PRICING, (d, c) -> List.copyOf(Arrays.asList(Pricing.values())));
        COMPONENT_VALUES.put(
                DesignField.POOL_HOURS, (d, c) -> List.of(BigDecimal.valueOf(100), BigDecimal.valueOf(744)));
        COMPONENT_VALUES.put(DesignField.POOL_UNIT_PRICE, (d, c) -> unitPrices(((Component.GpuPool) c).unitPrice()));
        COMPONENT_VALUES.put(DesignField.POOL_HAS_UNIT_PRICE, COMPONENT_VALUES.get(DesignField.POOL_UNIT_PRICE));
        COMPONENT_VALUES.put(
                DesignField.STORAGE_CLASS, (d, c) -> List.of("object", "archive", "s3-standard", "unknown-class"));
        COMPONENT_VALUES.put(
                DesignField.STORAGE_CAPACITY,
                (d, c) -> List.of(((Component.Storage) c)
                        .capacityTb()
                        .multiply(BigDecimal.TEN)
                        .add(BigDecimal.ONE)));
        COMPONENT_VALUES.put(DesignField.STORAGE_HOLDS, (d, c) -> List.of(List.of(), dataClassIds(d)));
        COMPONENT_VALUES.put(DesignField.STORAGE_UNIT_PRICE, (d, c) -> unitPrices(((Component.Storage) c).unitPrice()));
        COMPONENT_VALUES.put(DesignField.STORAGE_HAS_UNIT_PRICE, COMPONENT_VALUES.get(DesignField.STORAGE_UNIT_PRICE));
        COMPONENT_VALUES.put(DesignField.PIPELINE_SURVIVES, (d, c) -> List.copyOf(Arrays.asList(Survives.values())));
        COMPONENT_VALUES.put(DesignField.PIPELINE_DECLASSIFIES, (d, c) -> List.of(List.of(), dataClassIds(d)));
        COMPONENT_VALUES.put(
                DesignField.USERS_CITY, (d, c) -> List.of(Optional.of("tokyo-jp"), Optional.of("nowhere-xx")));
        COMPONENT_VALUES.put(
                DesignField.USERS_LATITUDE,
                (d, c) -> List.of(Optional.of(BigDecimal.valueOf(-33.9)), Optional.of(BigDecimal.valueOf(60))));
        COMPONENT_VALUES.put(
                DesignField.USERS_LONGITUDE,
                (d, c) -> List.of(Optional.of(BigDecimal.valueOf(151.2)), Optional.of(BigDecimal.valueOf(-120))));
        COMPONENT_VALUES.put(DesignField.USERS_COUNTRY, (d, c) -> List.of(Optional.of("AU"), Optional.empty()));
        COMPONENT_VALUES.put(
                DesignField.USERS_SHARE,
                (d, c) ->
                        List.of(Optional.of(BigDecimal.valueOf(1000)), Optional.of(BigDecimal.ZERO), Optional.empty()));
        COMPONENT_VALUES.put(
                DesignField.USERS_USER_COUNT,
                (d, c) -> List.of(Optional.of(50_000_000L), Optional.of(0L), Optional.empty()));
        COMPONENT_VALUES.put(
                DesignField.USERS_LATENCY_BUDGET, (d, c) -> List.of(BigDecimal.ONE, BigDecimal.valueOf(100_000)));
        COMPONENT_VALUES.put(
                DesignField.IDENTITY_KIND,
                (d, c) -> List.copyOf(Arrays.asList(dev.skyloom.model.IdentityKind.values())));
        COMPONENT_VALUES.put(
                DesignField.TELEMETRY_HOSTING,
                (d, c) -> List.copyOf(Arrays.asList(dev.skyloom.model.TelemetryHosting.values())));
        COMPONENT_VALUES.put(DesignField.TELEMETRY_SERVICE, (d, c) -> List.of("Datadog EU1", ""));
        COMPONENT_VALUES.put(DesignField.TELEMETRY_RECEIVES, (d, c) -> List.of(List.of(), dataClassIds(d)));
        COMPONENT_VALUES.put(
                DesignField.TELEMETRY_OPERATOR_COUNTRY,
                (d, c) -> List.of(Optional.of("US"), Optional.of("DE"), Optional.empty()));
        COMPONENT_VALUES.put(
                DesignField.TELEMETRY_UNIT_PRICE, (d, c) -> unitPrices(((Component.Telemetry) c).unitPrice()));

        DESIGN_CHANGES.put(DesignField.CONNECTION_ENDS, IncrementalCheckTest::otherEnds);
        DESIGN_CHANGES.put(
                DesignField.CONNECTION_DATA_CLASSES,
                d -> eachConnection(
                        d,
                        k -> k.type() != ConnectionType.SHIPS_TELEMETRY
                                ? k
                                : k.withDataClasses(k.dataClasses().isEmpty() ? dataClassIds(d) : List.of())));
        DESIGN_CHANGES.put(
                DesignField.CONNECTION_MONTHLY_TB,
                d -> eachConnection(
                        d,
                        k -> k.withMonthlyTb(
                                k.monthlyTb().multiply(BigDecimal.TEN).add(BigDecimal.TEN))));
        DESIGN_CHANGES.put(
                DesignField.CONNECTION_EXTRAS,
                d -> eachConnection(
                        d,
                        k -> new Connection(k.id(), k.type(), k.from(), k.to(), k.monthlyTb(), Map.of("note", "1"))));
        DESIGN_CHANGES.put(DesignField.DESIGN_NAME, d -> List.of(d.withName(d.name() + " renamed")));
        DESIGN_CHANGES.put(DesignField.DESIGN_CURRENCY, d -> List.of(d.withCurrency("EUR")));
        DESIGN_CHANGES.put(
                DesignField.DESIGN_ASSUMPTIONS,
                d -> List.of(
                        d.withAssumptions(d.assumptions().withRemoteDataMs(BigDecimal.ONE)),
                        d.withAssumptions(new Assumptions(new BigDecimal("0.5"), new BigDecimal("0.7")))));
        DESIGN_CHANGES.put(DesignField.DESIGN_DATA_CLASSES, IncrementalCheckTest::otherJurisdictions);
        DESIGN_CHANGES.put(DesignField.DESIGN_LAYOUT, d -> {
            Map<String, Bounds> layout = new LinkedHashMap<>(d.layout());
            layout.put(d.components().get(0).id(), new Bounds(5000, 5000, 300, 200));
            return List.of(d.withLayout(layout));
        });
        DESIGN_CHANGES.put(
                DesignField.DESIGN_EXTRAS,
                d -> List.of(new Design(
                        d.name(),
                        d.currency(),
                        d.assumptions(),
                        d.dataClasses(),
                        d.components(),
                        d.connections(),
                        d.layout(),
                        Map.of("note", "\"changed\""))));
    }

    private static List<Design> designs() throws Exception {
        List<Design> designs = new ArrayList<>();
        for (Path p : ExampleFiles.all()) {
            designs.add(DesignFile.read(p));
        }
        designs.add(TestDesigns.everything());
        designs.add(TestDesigns.euTraining());
        return designs;
    }

    @Test
    void everyFieldHasChangesInThisTest() {
        for (DesignField f : DesignField.values()) {
            assertTrue(
                    COMPONENT_VALUES.containsKey(f) || DESIGN_CHANGES.containsKey(f),
                    f + " has no change in IncrementalCheckTest: add one");
        }
    }

    @Test
    void afterAnyOneFieldChangesTheSessionGivesWhatAFullCheckGives() throws Exception {
        Set<DesignField> exercised = EnumSet.noneOf(DesignField.class);
        Set<DesignField> reusedSomething = EnumSet.noneOf(DesignField.class);
        int changes = 0;
        for (Design before : designs()) {
            List<Finding> full = Checks.runAll(before, CATALOG);
            for (Design after : changes(before, exercised)) {
                CheckSession session = new CheckSession(CATALOG);
                assertEquals(full, session.check(before));
                List<Finding> incremental = session.check(after);
                List<Finding> fresh = Checks.runAll(after, CATALOG);
                Set<DesignField> changed = DesignField.changed(before, after);
                assertEquals(fresh, incremental, "after a change of " + changed + " in " + before.name());
                assertEquals(full, session.check(before), "and back");
                if (Checks.standard().stream().anyMatch(c -> c.unaffectedBy(changed))) {
                    reusedSomething.addAll(changed);
                }
                changes++;
            }
        }
        assertEquals(EnumSet.allOf(DesignField.class), exercised, "every field was changed at least once");
        assertTrue(changes > 500, "changes tried: " + changes);
        assertTrue(reusedSomething.contains(DesignField.POOL_COUNT), "a count change reuses the residency findings");
    }

    @Test
    void everyFindingCarriesACodeItsCheckDeclares() throws Exception {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (DesignCheck c : Checks.standard()) {
            codes.put(c.name(), c.codes());
        }
        Set<String> seen = new java.util.TreeSet<>();
        for (Design d : designs()) {
            for (Finding f : Checks.runAll(d, CATALOG)) {
                assertTrue(codes.containsKey(f.check()), f.check() + " is a registered check");
                assertTrue(codes.get(f.check()).contains(f.code()), f.code() + " declared by " + f.check());
                seen.add(f.code());
            }
        }
        assertTrue(seen.size() > 10, "codes seen: " + seen);
    }

    @Test
    void everyFieldOfEveryComponentRecordHasAConstant() {
        for (ComponentType type : ComponentType.values()) {
            Class<? extends Record> record = recordOf(type);
            for (RecordComponent rc : record.getRecordComponents()) {
                if (rc.getName().equals("id")) {
                    continue; // structure: a new id is a new component
                }
                assertTrue(
                        Arrays.stream(DesignField.values())
                                .anyMatch(f -> f.componentType().equals(Optional.of(type))
                                        && f.recordComponent().equals(rc.getName())),
                        type + "." + rc.getName() + " has no DesignField");
            }
        }
        for (RecordComponent rc : Connection.class.getRecordComponents()) {
            if (!rc.getName().equals("id")) {
                assertTrue(
                        Arrays.stream(DesignField.values())
                                .anyMatch(f -> f.name().startsWith("CONNECTION_")
                                        && f.recordComponent().contains(rc.getName())),
                        "connection." + rc.getName() + " has no DesignField");
            }
        }
    }

    @Test
    void aChangeToAFieldAllChecksIgnoreReusesEveryFinding() {
        Design before = TestDesigns.everything();
        Design after = before.withLayout(Map.of(before.components().get(0).id(), new Bounds(1, 2, 300, 200)));
        assertNotEquals(before.layout(), after.layout());
        List<DesignCheck> counted = new ArrayList<>();
        int[] runs = new int[1];
        for (DesignCheck c : Checks.standard()) {
            counted.add(new DesignCheck() {
                @Override
                public String name() {
                    return c.name();
                }

                @Override
                public List<String> codes() {
                    return c.codes();
                }

                @Override
                public Set<DesignField> reads() {
                    return c.reads();
                }

                @Override
                public List<Finding> check(DesignContext context) {
                    runs[0]++;
                    return c.check(context);
                }
            });
        }
        CheckSession session = new CheckSession(CATALOG, counted);
        session.check(before);
        assertEquals(Checks.runAll(after, CATALOG), session.check(after));
        assertEquals(Checks.standard().size(), runs[0], "only the first design was checked");
    }

    private static Class<? extends Record> recordOf(ComponentType type) {
        switch (type) {
            case PROVIDER:
                return Component.Provider.class;
            case REGION:
                return Component.Region.class;
            case GPU_POOL:
                return Component.GpuPool.class;
            case STORAGE:
                return Component.Storage.class;
            case PIPELINE:
                return Component.Pipeline.class;
            case USERS:
                return Component.Users.class;
            case IDENTITY:
                return Component.Identity.class;
            case TELEMETRY:
                return Component.Telemetry.class;
        }
        throw new AssertionError(type);
    }

    /** Every valid design that differs from {@code d} in one field of one element (or one design field). */
    private static List<Design> changes(Design d, Set<DesignField> exercised) {
        List<Design> out = new ArrayList<>();
        for (int i = 0; i < d.components().size(); i++) {
            Component c = d.components().get(i);
            for (DesignField f : DesignField.values()) {
                if (!f.componentType().equals(Optional.of(c.type()))) {
                    continue;
                }
                for (Object value : COMPONENT_VALUES.get(f).apply(d, c)) {
                    Optional<Design> changed = with(d, i, f.recordComponent(), value);
                    if (changed.isPresent()
                            && DesignField.changed(d, changed.get()).contains(f)) {
                        out.add(changed.get());
                        exercised.add(f);
                    }
                }
            }
        }
        DESIGN_CHANGES.forEach((f, change) -> {
            for (Design changed : change.apply(d)) {
                if (DesignField.changed(d, changed).contains(f)) {
                    out.add(changed);
                    exercised.add(f);
                }
            }
        });
        return out;
    }

    /** {@code d} with one record component of its {@code index}th component replaced, when still valid. */
    private static Optional<Design> with(Design d, int index, String field, Object value) {
        Component c = d.components().get(index);
        RecordComponent[] parts = c.getClass().getRecordComponents();
        Object[] args = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int k = 0; k < parts.length; k++) {
                types[k] = parts[k].getType();
                args[k] = parts[k].getName().equals(field)
                        ? value
                        : parts[k].getAccessor().invoke(c);
            }
            Constructor<?> canonical = c.getClass().getDeclaredConstructor(types);
            Component changed = (Component) canonical.newInstance(args);
            List<Component> list = new ArrayList<>(d.components());
            list.set(index, changed);
            return Optional.of(d.withComponents(list));
        } catch (java.lang.reflect.InvocationTargetException e) {
            return Optional.empty(); // the record refuses the value
        } catch (RuntimeException e) {
            return Optional.empty(); // the design refuses it (a parent of the wrong kind, say)
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Object> ids(Design d, ComponentType type) {
        List<Object> out = new ArrayList<>();
        for (Component c : d.components()) {
            if (c.type() == type) {
                out.add(Optional.of(c.id()));
            }
        }
        return out;
    }

    private static List<String> dataClassIds(Design d) {
        return d.dataClasses().stream().map(DataClass::id).toList();
    }

    private static List<Object> unitPrices(Optional<BigDecimal> current) {
        return List.of(
                Optional.empty(),
                Optional.of(current.orElse(BigDecimal.ONE)
                        .multiply(BigDecimal.valueOf(3))
                        .add(BigDecimal.ONE)));
    }

    private static List<Design> eachConnection(Design d, java.util.function.UnaryOperator<Connection> change) {
        List<Design> out = new ArrayList<>();
        for (int i = 0; i < d.connections().size(); i++) {
            List<Connection> list = new ArrayList<>(d.connections());
            list.set(i, change.apply(list.get(i)));
            try {
                out.add(d.withConnections(list));
            } catch (RuntimeException invalid) {
                // not a value this connection's type allows (a federates connection moves no data)
            }
        }
        return out;
    }

    /** Each connection given another type, or another target of a kind its type accepts, when valid. */
    private static List<Design> otherEnds(Design d) {
        List<Design> out = new ArrayList<>();
        for (int i = 0; i < d.connections().size(); i++) {
            Connection k = d.connections().get(i);
            List<Connection> candidates = new ArrayList<>();
            for (ConnectionType t : ConnectionType.values()) {
                candidates.add(k.withType(t));
            }
            for (Component c : d.components()) {
                candidates.add(new Connection(k.id(), k.type(), k.from(), c.id(), k.monthlyTb(), k.extras()));
            }
            for (Connection candidate : candidates) {
                if (candidate.equals(k)) {
                    continue;
                }
                List<Connection> list = new ArrayList<>(d.connections());
                list.set(i, candidate);
                try {
                    out.add(d.withConnections(list));
                } catch (RuntimeException invalid) {
                    // not a connection this type allows
                }
            }
        }
        return out;
    }

    private static List<Design> otherJurisdictions(Design d) {
        List<Design> out = new ArrayList<>();
        for (int i = 0; i < d.dataClasses().size(); i++) {
            for (List<String> allowed : List.of(List.of("US"), List.of("EU"), List.<String>of())) {
                List<DataClass> list = new ArrayList<>(d.dataClasses());
                DataClass dc = list.get(i);
                list.set(i, new DataClass(dc.id(), dc.name(), allowed, dc.extras()));
                out.add(d.withDataClasses(list));
            }
        }
        return out;
    }
}
