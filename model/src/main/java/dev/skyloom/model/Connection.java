package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A typed, directed link between two components; {@code monthlyTb} is the data it moves per month (0 if
 * none); {@code dataClasses} are the classes of data it carries (telemetry only; empty for other types,
 * whose data follows from the storage they touch).
 */
public record Connection(
        String id,
        ConnectionType type,
        String from,
        String to,
        BigDecimal monthlyTb,
        List<String> dataClasses,
        Map<String, String> extras) {
    public Connection {
        Ids.require(id);
        Objects.requireNonNull(type, "type");
        Ids.require(from);
        Ids.require(to);
        Objects.requireNonNull(monthlyTb, "monthlyTb");
        if (monthlyTb.signum() < 0) {
            throw new IllegalArgumentException("monthlyTb must not be negative: " + monthlyTb);
        }
        dataClasses = List.copyOf(dataClasses);
        extras = Map.copyOf(extras);
    }

    /** A connection that carries no declared data classes. */
    public Connection(
            String id, ConnectionType type, String from, String to, BigDecimal monthlyTb, Map<String, String> extras) {
        this(id, type, from, to, monthlyTb, List.of(), extras);
    }

    public Connection withMonthlyTb(BigDecimal monthlyTb) {
        return new Connection(id, type, from, to, monthlyTb, dataClasses, extras);
    }

    public Connection withType(ConnectionType type) {
        return new Connection(id, type, from, to, monthlyTb, dataClasses, extras);
    }

    public Connection withDataClasses(List<String> dataClasses) {
        return new Connection(id, type, from, to, monthlyTb, dataClasses, extras);
    }
}
