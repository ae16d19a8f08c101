package dev.skyloom.export.diagram;

import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.Survives;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Edits of the kinds a user makes, drawn at random, for tests that compare kept work with a fresh run. */
final class RandomEdits {
    private RandomEdits() {}

    /**
     * One of: move a card, add a card to a region (it grows) or at the top, remove a card, remove an edge,
     * move an edge to another place in the list, move a pipeline into another region, add an edge.
     */
    static Design edit(Design d, Diagram shown, Random rnd, int step) {
        List<Component> cards = d.components().stream()
                .filter(c -> !DiagramLayout.isContainer(c))
                .toList();
        Component card = cards.get(rnd.nextInt(cards.size()));
        switch (step % 7) {
            case 0 -> {
                Rect r = shown.layout().rect(card.id()).orElseThrow();
                Map<String, Bounds> layout = new LinkedHashMap<>(d.layout());
                layout.put(
                        card.id(),
                        new Bounds(r.x() + rnd.nextInt(600) - 300, r.y() + rnd.nextInt(400) - 200, r.w(), r.h()));
                return d.withLayout(layout);
            }
            case 1 -> {
                List<Component.Region> regions = d.componentsOf(Component.Region.class);
                Optional<String> parent = rnd.nextBoolean()
                        ? Optional.of(regions.get(rnd.nextInt(regions.size())).id())
                        : Optional.empty();
                List<Component> components = new ArrayList<>(d.components());
                components.add(pipeline("added-" + step, parent));
                return d.withComponents(components);
            }
            case 2 -> {
                List<Component> components = new ArrayList<>(d.components());
                components.remove(card);
                List<Connection> connections = d.connections().stream()
                        .filter(k -> !k.from().equals(card.id()) && !k.to().equals(card.id()))
                        .toList();
                Map<String, Bounds> layout = new LinkedHashMap<>(d.layout());
                layout.remove(card.id());
                return d.withTopology(components, connections).withLayout(layout);
            }
            case 3 -> {
                List<Connection> connections = new ArrayList<>(d.connections());
                connections.remove(rnd.nextInt(connections.size()));
                return d.withConnections(connections);
            }
            case 5 -> {
                // a pipeline into another region, its stored place kept: its containers are no longer the same
                List<Component.Pipeline> pipelines = d.componentsOf(Component.Pipeline.class);
                List<Component.Region> regions = d.componentsOf(Component.Region.class);
                Component.Pipeline p = pipelines.get(rnd.nextInt(pipelines.size()));
                Component.Region to = regions.get(rnd.nextInt(regions.size()));
                List<Component> components = new ArrayList<>(d.components());
                components.set(
                        components.indexOf(p),
                        new Component.Pipeline(
                                p.id(), p.name(), Optional.of(to.id()), p.survives(), p.declassifies(), p.extras()));
                return d.withComponents(components);
            }
            case 4 -> {
                // undoing a removal puts a connection back where it was: the order of the list changes
                List<Connection> connections = new ArrayList<>(d.connections());
                Connection moved = connections.remove(rnd.nextInt(connections.size()));
                connections.add(rnd.nextInt(connections.size()), moved);
                return d.withConnections(connections);
            }
            default -> {
                List<Component.Pipeline> pipelines = d.componentsOf(Component.Pipeline.class);
                List<Component.Storage> stores = d.componentsOf(Component.Storage.class);
                Component from = pipelines.get(rnd.nextInt(pipelines.size()));
                Component to = stores.get(rnd.nextInt(stores.size()));
                List<Connection> connections = new ArrayList<>(d.connections());
                connections.add(
                        rnd.nextInt(connections.size()),
                        new Connection(
                                "added-edge-" + step,
                                ConnectionType.READS,
                                from.id(),
                                to.id(),
                                BigDecimal.ONE,
                                Map.of()));
                return d.withConnections(connections);
            }
        }
    }

    static Component pipeline(String id, Optional<String> parent) {
        return new Component.Pipeline(id, "Added " + id, parent, Survives.NONE, List.of(), Map.of());
    }
}
