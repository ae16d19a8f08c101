package dev.skyloom.app.cost;

import dev.skyloom.app.document.NewIds;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.CostLine;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alternatives for one GPU pool: the same pool under each pricing model (priced by the same {@link
 * CostEngine} rules as the cost report) and the edit that moves the pool to another region (which region:
 * {@link dev.skyloom.model.suggest.CheapestRegions}).
 */
public final class PoolOptions {
    private PoolOptions() {}

    /** The pool's cost line under each pricing model, in {@link Pricing} order. */
    public static Map<Pricing, CostLine> byPricing(Design design, Catalog catalog, String poolId) {
        DesignGraph g = DesignGraph.of(design);
        int v = g.indexOf(poolId);
        Map<Pricing, CostLine> out = new EnumMap<>(Pricing.class);
        if (v < 0 || !(g.component(v) instanceof Component.GpuPool pool)) {
            return out;
        }
        CostEngine engine = new CostEngine(catalog);
        for (Pricing p : Pricing.values()) {
            out.put(p, engine.pool(g, v, pool.withPricing(p), design));
        }
        return out;
    }

    /**
     * One undoable edit moving a pool into the region container {@code regionCode} of its provider: into
     * the existing one when the design has it, otherwise into a new region container created under the
     * pool's provider container. A pool with stored bounds is placed inside its new region (its old
     * position would leave it drawn where it was, stretching the new region to reach it); undo restores it.
     * Empty when the pool is already there or has no provider container.
     */
    public static Optional<Edit> moveToRegion(Design design, Catalog catalog, String poolId, String regionCode) {
        DesignGraph g = DesignGraph.of(design);
        int v = g.indexOf(poolId);
        if (v < 0 || !(g.component(v) instanceof Component.GpuPool pool) || g.provider(v) < 0) {
            return Optional.empty();
        }
        int providerV = g.provider(v);
        String providerId = g.id(providerV);
        int currentRegion = g.region(v);
        if (currentRegion >= 0
                && g.component(currentRegion) instanceof Component.Region r
                && r.region().equals(regionCode)) {
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>();
        Optional<String> target = design.children(providerId).stream()
                .filter(c -> c instanceof Component.Region r && r.region().equals(regionCode))
                .map(Component::id)
                .findFirst();
        String regionId;
        if (target.isPresent()) {
            regionId = target.get();
        } else {
            String catalogProvider = g.catalogProviderId(providerV);
            Optional<dev.skyloom.catalog.Region> known = catalog.region(catalogProvider, regionCode);
            regionId = new NewIds(design).next(catalogProvider + "-" + regionCode);
            edits.add(new Edit.AddComponent(
                    new Component.Region(
                            regionId,
                            known.map(dev.skyloom.catalog.Region::name).orElse(regionCode),
                            Optional.of(providerId),
                            regionCode,
                            known.flatMap(dev.skyloom.catalog.Region::country),
                            Map.of()),
                    Optional.empty()));
        }
        edits.add(new Edit.UpdateComponent(pool.withParent(Optional.of(regionId))));
        if (design.layout().containsKey(poolId)) {
            edits.add(new Edit.Move(placeInside(new Edit.Composite("", edits).applyTo(design), poolId)));
        }
        return Optional.of(new Edit.Composite("Move " + pool.label() + " to " + regionCode, edits));
    }

    /**
     * Stored bounds that put a re-parented pool inside its new region: where the canvas would place it
     * automatically there (below the region's other content), keeping its stored size. Auto-placed siblings
     * and ancestors are pinned where they are drawn now, as a drag pins them, so nothing else moves.
     */
    private static Map<String, Bounds> placeInside(Design reparented, String poolId) {
        Map<String, Bounds> withoutPool = new LinkedHashMap<>(reparented.layout());
        Bounds old = withoutPool.remove(poolId);
        DiagramLayout auto = DiagramLayout.of(reparented.withLayout(withoutPool));
        Map<String, Bounds> pins = new LinkedHashMap<>();
        Rect slot = auto.rect(poolId).orElseThrow();
        pins.put(poolId, new Bounds(slot.x(), slot.y(), old.w(), old.h()));
        Optional<String> parent = reparented.component(poolId).flatMap(Component::parent);
        while (parent.isPresent()) {
            String p = parent.get();
            for (Component sibling : reparented.children(p)) {
                pin(sibling.id(), auto, withoutPool, pins);
            }
            pin(p, auto, withoutPool, pins);
            parent = reparented.component(p).flatMap(Component::parent);
        }
        return pins;
    }

    private static void pin(String id, DiagramLayout auto, Map<String, Bounds> stored, Map<String, Bounds> pins) {
        if (!stored.containsKey(id) && !pins.containsKey(id)) {
            auto.rect(id).ifPresent(r -> pins.put(id, new Bounds(r.x(), r.y(), 0, 0)));
        }
    }
}
