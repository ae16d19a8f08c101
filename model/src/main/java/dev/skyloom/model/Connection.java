package dev.skyloom.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/** A typed, directed link between two components; {@code monthlyTb} is the data it moves per month (0 if none). */
public record Connection(
        String id, ConnectionType type, String from, String to, BigDecimal monthlyTb, Map<String, String> extras) {
    public Connection {
        Ids.require(id);
        Objects.requireNonNull(type, "type");
        Ids.require(from);
        Ids.require(to);
        Objects.requireNonNull(monthlyTb, "monthlyTb");
        if (monthlyTb.signum() < 0) {
            throw new IllegalArgumentException("monthlyTb must not be negative: " + monthlyTb);
        }
        extras = Map.copyOf(extras);
    }

    public Connection withMonthlyTb(BigDecimal monthlyTb) {
        return new Connection(id, type, from, to, monthlyTb, extras);
    }

    public Connection withType(ConnectionType type) {
        return new Connection(id, type, from, to, monthlyTb, extras);
    }
}
