package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a design. Immutable; edits produce new values through the withers. {@code extras}
 * keeps fields this version does not know (raw JSON text by key) so a round-trip does not lose them.
 */
public sealed interface Component
        permits Component.Provider,
                Component.Region,
                Component.GpuPool,
                Component.Storage,
                Component.Pipeline,
                Component.Users,
                Component.Identity,
                Component.Telemetry {

    String id();

    /** Display name; may be empty, in which case views show the id. */
    String name();

    Optional<String> parent();

    Map<String, String> extras();

    ComponentType type();

    Component withName(String name);

    Component withParent(Optional<String> parent);

    /**
     * Calls the visitor's method for this component's type. Java 17 has no pattern switch; a visitor is how
     * code that must handle every type says so: a new type adds a method here, and every visitor stops
     * compiling until it handles it. Filtering for one type ({@code c instanceof GpuPool p}) stays as it is.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per component type; see {@link #accept}. */
    interface Visitor<R> {
        R provider(Provider provider);

        R region(Region region);

        R gpuPool(GpuPool pool);

        R storage(Storage storage);

        R pipeline(Pipeline pipeline);

        R users(Users users);

        R identity(Identity identity);

        R telemetry(Telemetry telemetry);
    }

    /** The name to show: the name, or the id when the name is empty. */
    default String label() {
        return name().isEmpty() ? id() : name();
    }

    /** A provider container naming a catalog provider ({@code aws}, {@code lambda}, ... or one the catalog lacks). */
    record Provider(String id, String name, String provider, Map<String, String> extras) implements Component {
        public Provider {
            Ids.require(id);
            name = name == null ? "" : name;
            Objects.requireNonNull(provider, "provider");
            extras = Map.copyOf(extras);
        }

        @Override
        public Optional<String> parent() {
            return Optional.empty();
        }

        @Override
        public ComponentType type() {
            return ComponentType.PROVIDER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.provider(this);
        }

        @Override
        public Provider withName(String name) {
            return new Provider(id, name, provider, extras);
        }

        @Override
        public Provider withParent(Optional<String> parent) {
            if (parent.isPresent()) {
                throw new IllegalArgumentException("a provider has no parent");
            }
            return this;
        }
    }

    /**
     * A region inside a provider: a catalog region code, or {@code custom} with a {@code country} (ISO
     * 3166-1 alpha-2) for on-premises or colocation sites.
     */
    record Region(
            String id,
            String name,
            Optional<String> parent,
            String region,
            Optional<String> country,
            Map<String, String> extras)
            implements Component {
        public static final String CUSTOM = "custom";

        public Region {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(region, "region");
            country = Objects.requireNonNull(country, "country");
            extras = Map.copyOf(extras);
        }

        public boolean isCustom() {
            return CUSTOM.equals(region);
        }

        @Override
        public ComponentType type() {
            return ComponentType.REGION;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.region(this);
        }

        @Override
        public Region withName(String name) {
            return new Region(id, name, parent, region, country, extras);
        }

        @Override
        public Region withParent(Optional<String> parent) {
            return new Region(id, name, parent, region, country, extras);
        }

        public Region withRegion(String region, Optional<String> country) {
            return new Region(id, name, parent, region, country, extras);
        }
    }

    /** A pool of {@code count} instances of one catalog instance type, inside a region. */
    record GpuPool(
            String id,
            String name,
            Optional<String> parent,
            String instanceType,
            int count,
            Pricing pricing,
            BigDecimal hoursPerMonth,
            Optional<BigDecimal> unitPrice,
            Map<String, String> extras)
            implements Component {
        public static final BigDecimal DEFAULT_HOURS = BigDecimal.valueOf(730);

        public GpuPool {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(instanceType, "instanceType");
            if (count < 1) {
                throw new IllegalArgumentException("count must be at least 1: " + count);
            }
            Objects.requireNonNull(pricing, "pricing");
            Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
            if (hoursPerMonth.signum() < 0 || hoursPerMonth.compareTo(BigDecimal.valueOf(744)) > 0) {
                throw new IllegalArgumentException("hoursPerMonth must be between 0 and 744: " + hoursPerMonth);
            }
            unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
            unitPrice.ifPresent(p -> {
                if (p.signum() < 0) {
                    throw new IllegalArgumentException("unitPrice must not be negative: " + p);
                }
            });
            extras = Map.copyOf(extras);
        }

        @Override
        public ComponentType type() {
            return ComponentType.GPU_POOL;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.gpuPool(this);
        }

        @Override
        public GpuPool withName(String name) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        @Override
        public GpuPool withParent(Optional<String> parent) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        public GpuPool withCount(int count) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        public GpuPool withPricing(Pricing pricing) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        public GpuPool withInstanceType(String instanceType) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        public GpuPool withHoursPerMonth(BigDecimal hoursPerMonth) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }

        public GpuPool withUnitPrice(Optional<BigDecimal> unitPrice) {
            return new GpuPool(id, name, parent, instanceType, count, pricing, hoursPerMonth, unitPrice, extras);
        }
    }

    /**
     * Storage of a catalog class (or a family: object, block, file, archive) inside a region, holding
     * data of the listed data classes.
     */
    record Storage(
            String id,
            String name,
            Optional<String> parent,
            String storageClass,
            BigDecimal capacityTb,
            List<String> holds,
            Optional<BigDecimal> unitPrice,
            Map<String, String> extras)
            implements Component {
        public Storage {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(storageClass, "storageClass");
            Objects.requireNonNull(capacityTb, "capacityTb");
            if (capacityTb.signum() < 0) {
                throw new IllegalArgumentException("capacityTb must not be negative: " + capacityTb);
            }
            holds = List.copyOf(holds);
            unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
            unitPrice.ifPresent(p -> {
                if (p.signum() < 0) {
                    throw new IllegalArgumentException("unitPrice must not be negative: " + p);
                }
            });
            extras = Map.copyOf(extras);
        }

        @Override
        public ComponentType type() {
            return ComponentType.STORAGE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.storage(this);
        }

        @Override
        public Storage withName(String name) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }

        @Override
        public Storage withParent(Optional<String> parent) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }

        public Storage withStorageClass(String storageClass) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }

        public Storage withCapacityTb(BigDecimal capacityTb) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }

        public Storage withHolds(List<String> holds) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }

        public Storage withUnitPrice(Optional<BigDecimal> unitPrice) {
            return new Storage(id, name, parent, storageClass, capacityTb, holds, unitPrice, extras);
        }
    }

    /** A workload: reads and writes storage, runs on GPU pools, may have to survive a region or provider outage. */
    record Pipeline(
            String id,
            String name,
            Optional<String> parent,
            Survives survives,
            List<String> declassifies,
            Map<String, String> extras)
            implements Component {
        public Pipeline {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(survives, "survives");
            declassifies = List.copyOf(declassifies);
            extras = Map.copyOf(extras);
        }

        @Override
        public ComponentType type() {
            return ComponentType.PIPELINE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pipeline(this);
        }

        @Override
        public Pipeline withName(String name) {
            return new Pipeline(id, name, parent, survives, declassifies, extras);
        }

        @Override
        public Pipeline withParent(Optional<String> parent) {
            return new Pipeline(id, name, parent, survives, declassifies, extras);
        }

        public Pipeline withSurvives(Survives survives) {
            return new Pipeline(id, name, parent, survives, declassifies, extras);
        }

        public Pipeline withDeclassifies(List<String> declassifies) {
            return new Pipeline(id, name, parent, survives, declassifies, extras);
        }
    }

    /**
     * A population of users (format 2): where they are — a city of the bundled list ({@code city}, a key
     * such as {@code frankfurt-am-main-de}) or custom coordinates —, how much of the traffic they make
     * ({@code share}, a relative weight, or {@code userCount}) and the round-trip time they accept, median,
     * in milliseconds. Populations sit outside any provider: they have no parent.
     */
    record Users(
            String id,
            String name,
            Optional<String> city,
            Optional<BigDecimal> latitude,
            Optional<BigDecimal> longitude,
            Optional<String> country,
            Optional<BigDecimal> share,
            Optional<Long> userCount,
            BigDecimal latencyBudgetMs,
            Map<String, String> extras)
            implements Component {
        private static final BigDecimal NINETY = BigDecimal.valueOf(90);
        private static final BigDecimal ONE_EIGHTY = BigDecimal.valueOf(180);

        public Users {
            Ids.require(id);
            name = name == null ? "" : name;
            city = Objects.requireNonNull(city, "city");
            latitude = Objects.requireNonNull(latitude, "latitude");
            longitude = Objects.requireNonNull(longitude, "longitude");
            country = Objects.requireNonNull(country, "country");
            share = Objects.requireNonNull(share, "share");
            userCount = Objects.requireNonNull(userCount, "userCount");
            Objects.requireNonNull(latencyBudgetMs, "latencyBudgetMs");
            if (latitude.isPresent() != longitude.isPresent()) {
                throw new IllegalArgumentException("latitude and longitude go together");
            }
            if (city.isPresent() == latitude.isPresent()) {
                throw new IllegalArgumentException("a population needs a city or coordinates, not both");
            }
            latitude.ifPresent(v -> {
                if (v.abs().compareTo(NINETY) > 0) {
                    throw new IllegalArgumentException("latitude must be between -90 and 90: " + v);
                }
            });
            longitude.ifPresent(v -> {
                if (v.abs().compareTo(ONE_EIGHTY) > 0) {
                    throw new IllegalArgumentException("longitude must be between -180 and 180: " + v);
                }
            });
            share.ifPresent(v -> {
                if (v.signum() < 0) {
                    throw new IllegalArgumentException("share must not be negative: " + v);
                }
            });
            userCount.ifPresent(v -> {
                if (v < 0) {
                    throw new IllegalArgumentException("userCount must not be negative: " + v);
                }
            });
            if (latencyBudgetMs.signum() <= 0) {
                throw new IllegalArgumentException("latencyBudgetMs must be positive: " + latencyBudgetMs);
            }
            extras = Map.copyOf(extras);
        }

        /** A population in a city of the bundled list. */
        public static Users inCity(String id, String name, String city, BigDecimal share, BigDecimal budgetMs) {
            return new Users(
                    id,
                    name,
                    Optional.of(city),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(share),
                    Optional.empty(),
                    budgetMs,
                    Map.of());
        }

        @Override
        public Optional<String> parent() {
            return Optional.empty();
        }

        @Override
        public ComponentType type() {
            return ComponentType.USERS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.users(this);
        }

        @Override
        public Users withName(String name) {
            return new Users(id, name, city, latitude, longitude, country, share, userCount, latencyBudgetMs, extras);
        }

        @Override
        public Users withParent(Optional<String> parent) {
            if (parent.isPresent()) {
                throw new IllegalArgumentException("a population has no parent");
            }
            return this;
        }

        /** Moves the population to a city of the bundled list. */
        public Users withCity(String city) {
            return new Users(
                    id,
                    name,
                    Optional.of(city),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    share,
                    userCount,
                    latencyBudgetMs,
                    extras);
        }

        /** Moves the population to custom coordinates. */
        public Users withCoordinates(BigDecimal latitude, BigDecimal longitude, Optional<String> country) {
            return new Users(
                    id,
                    name,
                    Optional.empty(),
                    Optional.of(latitude),
                    Optional.of(longitude),
                    country,
                    share,
                    userCount,
                    latencyBudgetMs,
                    extras);
        }

        public Users withShare(Optional<BigDecimal> share) {
            return new Users(id, name, city, latitude, longitude, country, share, userCount, latencyBudgetMs, extras);
        }

        public Users withUserCount(Optional<Long> userCount) {
            return new Users(id, name, city, latitude, longitude, country, share, userCount, latencyBudgetMs, extras);
        }

        public Users withLatencyBudgetMs(BigDecimal latencyBudgetMs) {
            return new Users(id, name, city, latitude, longitude, country, share, userCount, latencyBudgetMs, extras);
        }
    }

    /**
     * An identity provider (format 2) in a region or on a custom site ({@code parent}, a region); clouds
     * whose access is federated to it have a {@code federates} connection from it.
     */
    record Identity(String id, String name, Optional<String> parent, IdentityKind kind, Map<String, String> extras)
            implements Component {
        public Identity {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(kind, "kind");
            extras = Map.copyOf(extras);
        }

        @Override
        public ComponentType type() {
            return ComponentType.IDENTITY;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.identity(this);
        }

        @Override
        public Identity withName(String name) {
            return new Identity(id, name, parent, kind, extras);
        }

        @Override
        public Identity withParent(Optional<String> parent) {
            return new Identity(id, name, parent, kind, extras);
        }

        public Identity withKind(IdentityKind kind) {
            return new Identity(id, name, parent, kind, extras);
        }
    }

    /**
     * A log, metrics and trace sink (format 2) in a region ({@code parent}): a cloud's service, a SaaS
     * placed in its site's region, or a self-hosted stack on a custom site. {@code service} names it
     * ("CloudWatch Logs", "Datadog EU1"); {@code receives} lists the data classes it is approved for (empty:
     * none declared); {@code operatorCountry} is who runs a SaaS (its headquarters, ISO code), which the
     * catalog does not know; {@code unitPrice} is the user's price per GB it ingests (no SaaS price is
     * invented).
     */
    record Telemetry(
            String id,
            String name,
            Optional<String> parent,
            TelemetryHosting hosting,
            String service,
            List<String> receives,
            Optional<String> operatorCountry,
            Optional<BigDecimal> unitPrice,
            Map<String, String> extras)
            implements Component {
        public Telemetry {
            Ids.require(id);
            name = name == null ? "" : name;
            parent = Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(hosting, "hosting");
            service = service == null ? "" : service;
            receives = List.copyOf(receives);
            operatorCountry = Objects.requireNonNull(operatorCountry, "operatorCountry");
            unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
            unitPrice.ifPresent(p -> {
                if (p.signum() < 0) {
                    throw new IllegalArgumentException("unitPrice must not be negative: " + p);
                }
            });
            extras = Map.copyOf(extras);
        }

        @Override
        public ComponentType type() {
            return ComponentType.TELEMETRY;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.telemetry(this);
        }

        @Override
        public Telemetry withName(String name) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        @Override
        public Telemetry withParent(Optional<String> parent) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        public Telemetry withHosting(TelemetryHosting hosting) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        public Telemetry withService(String service) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        public Telemetry withReceives(List<String> receives) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        public Telemetry withOperatorCountry(Optional<String> operatorCountry) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }

        public Telemetry withUnitPrice(Optional<BigDecimal> unitPrice) {
            return new Telemetry(id, name, parent, hosting, service, receives, operatorCountry, unitPrice, extras);
        }
    }
}
