package dev.skyloom.model.check;

import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.DataClass;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Adds identity providers, telemetry sinks and their connections to a design built by DesignBuilder. */
final class GovernanceFixtures {
    private final List<Component> components;
    private final List<Connection> connections;
    private final List<DataClass> dataClasses;
    private final Design base;

    GovernanceFixtures(Design base) {
        this.base = base;
        this.components = new ArrayList<>(base.components());
        this.connections = new ArrayList<>(base.connections());
        this.dataClasses = new ArrayList<>(base.dataClasses());
    }

    GovernanceFixtures identity(String id, String region, IdentityKind kind) {
        components.add(new Component.Identity(id, "", Optional.of(region), kind, Map.of()));
        return this;
    }

    GovernanceFixtures sink(String id, String region, TelemetryHosting hosting, Optional<String> operatorCountry) {
        components.add(new Component.Telemetry(
                id, "", Optional.of(region), hosting, "", List.of(), operatorCountry, Optional.empty(), Map.of()));
        return this;
    }

    GovernanceFixtures federates(String identity, String provider) {
        connections.add(new Connection(
                identity + "-federates-" + provider,
                ConnectionType.FEDERATES,
                identity,
                provider,
                BigDecimal.ZERO,
                Map.of()));
        return this;
    }

    GovernanceFixtures ships(String from, String sink, String tb, String... classes) {
        connections.add(new Connection(
                from + "-ships-" + sink,
                ConnectionType.SHIPS_TELEMETRY,
                from,
                sink,
                new BigDecimal(tb),
                List.of(classes),
                Map.of()));
        return this;
    }

    /** Replaces a data class by one that also requires operators from the given jurisdictions. */
    GovernanceFixtures operators(String dataClass, String... allowed) {
        for (int i = 0; i < dataClasses.size(); i++) {
            DataClass d = dataClasses.get(i);
            if (d.id().equals(dataClass)) {
                dataClasses.set(
                        i, new DataClass(d.id(), d.name(), d.allowedJurisdictions(), List.of(allowed), d.extras()));
            }
        }
        return this;
    }

    Design build() {
        return base.withDataClasses(dataClasses).withTopology(components, connections);
    }
}
