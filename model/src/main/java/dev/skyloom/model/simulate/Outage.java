package dev.skyloom.model.simulate;

import java.util.List;

/**
 * What fails in a what-if: each target is a region or provider component id, a catalog provider id
 * ({@code aws}), a catalog region code ({@code eu-central-1}, every design region with that code) or a
 * {@code provider/code} pair.
 */
public record Outage(List<String> targets) {
    public Outage {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("an outage needs at least one region or provider");
        }
    }

    public static Outage of(String... targets) {
        return new Outage(List.of(targets));
    }
}
