package dev.skyloom.app.palette;

import dev.skyloom.app.document.FreeSlots;
import dev.skyloom.app.document.NewIds;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.export.diagram.DiagramLayout;
import dev.skyloom.export.diagram.Rect;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.text.Article;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where palette items may be dropped and what they become. A provider goes on the bare canvas; a region
 * into a container of its own cloud (a provider container is created on the bare canvas); an offering
 * into a region of its cloud that sells it, or any region of its cloud when no source names where it is
 * sold (a GPU pool of 1; the catalog check asks to confirm the region); a storage class into a region of its
 * cloud; a pipeline anywhere; a custom site into any provider container or the bare canvas; users (a
 * population in a city) on the bare canvas; an identity provider or a telemetry sink into any region or
 * custom site (a SaaS sink into its site's region).
 */
public final class DropRules {
    public static final String ON_PREMISES = "on-premises";
    static final double PROVIDER_W = 460;
    static final double PROVIDER_H = 320;
    static final double REGION_W = 400;
    static final double REGION_H = 240;
    /** A new population's starting budget, for the user to change: a design choice, not a measured figure. */
    static final BigDecimal DEFAULT_BUDGET_MS = BigDecimal.valueOf(100);

    private final Catalog catalog;

    public DropRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param target the component under the pointer (the innermost container), empty for bare canvas
     * @param x drop point in design coordinates
     */
    public DropResult drop(Design design, PaletteItem item, Optional<String> target, double x, double y) {
        NewIds ids = new NewIds(design);
        if (item instanceof PaletteItem.ProviderEntry p) {
            if (target.isPresent()) {
                return refuse("A provider goes on the empty canvas, not inside " + label(design, target.get()));
            }
            Component.Provider c = provider(ids, p.provider().id(), p.provider().name());
            return accept(new Edit.AddComponent(c, new Bounds(x, y, PROVIDER_W, PROVIDER_H)), c.id());
        }
        if (item instanceof PaletteItem.RegionEntry r) {
            return dropRegion(design, ids, r.region(), target, x, y);
        }
        if (item instanceof PaletteItem.OfferingEntry o) {
            return dropOffering(design, ids, o.offering(), target, x, y);
        }
        if (item instanceof PaletteItem.StorageEntry s) {
            Optional<Component.Region> region = target.flatMap(design::regionOf);
            String cls = s.storageClass().name();
            if (region.isEmpty()) {
                return refuse("Storage must go inside a region");
            }
            Optional<String> mismatch =
                    cloudMismatch(design, region.get(), s.storageClass().provider(), cls);
            if (mismatch.isPresent()) {
                return refuse(mismatch.get());
            }
            Component.Storage c = new Component.Storage(
                    ids.next(cls),
                    cls,
                    Optional.of(region.get().id()),
                    cls,
                    BigDecimal.ONE,
                    List.of(),
                    Optional.empty(),
                    Map.of());
            return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
        }
        if (item instanceof PaletteItem.PipelineEntry) {
            Optional<String> parent = target.flatMap(design::component)
                    .filter(c -> c instanceof Component.Region || c instanceof Component.Provider)
                    .map(Component::id);
            Component.Pipeline c = new Component.Pipeline(
                    ids.next("pipeline"), "Pipeline", parent, Survives.NONE, List.of(), Map.of());
            return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
        }
        if (item instanceof PaletteItem.CustomSiteEntry) {
            return dropCustomSite(design, ids, target, x, y);
        }
        if (item instanceof PaletteItem.UsersEntry u) {
            if (target.isPresent()) {
                return refuse("Users go on the empty canvas, outside providers and regions");
            }
            Component.Users c = Component.Users.inCity(
                    ids.next("users-" + u.place().key()),
                    "Users in " + u.place().name(),
                    u.place().key(),
                    BigDecimal.ONE,
                    DEFAULT_BUDGET_MS);
            return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
        }
        if (item instanceof PaletteItem.IdentityEntry i) {
            Optional<Component.Region> region = target.flatMap(design::regionOf);
            if (region.isEmpty()) {
                return refuse("An identity provider goes inside a region or a custom site");
            }
            Component.Identity c = new Component.Identity(
                    ids.next("idp-" + i.kind().json()),
                    i.kind().label(),
                    Optional.of(region.get().id()),
                    i.kind(),
                    Map.of());
            return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
        }
        if (item instanceof PaletteItem.TelemetryEntry t) {
            Optional<Component.Region> region = target.flatMap(design::regionOf);
            if (region.isEmpty()) {
                return refuse("A telemetry sink goes inside a region (a SaaS into its site's region) or a custom site");
            }
            Component.Telemetry c = new Component.Telemetry(
                    ids.next("telemetry"),
                    item.label(),
                    Optional.of(region.get().id()),
                    t.hosting(),
                    "",
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of());
            return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
        }
        return refuse(item.label() + " cannot be placed on the canvas");
    }

    private DropResult dropRegion(
            Design design, NewIds ids, dev.skyloom.catalog.Region r, Optional<String> target, double x, double y) {
        String cloud = r.provider();
        String name = r.city().isBlank() ? r.name() : r.city();
        if (target.isEmpty()) {
            String providerName = catalog.provider(cloud).map(p -> p.name()).orElse(cloud);
            Component.Provider p = provider(ids, cloud, providerName);
            Component.Region c = new Component.Region(
                    ids.next(cloud + "-" + r.code()), name, Optional.of(p.id()), r.code(), Optional.empty(), Map.of());
            Edit edit = new Edit.Composite(
                    "Add region",
                    List.of(
                            new Edit.AddComponent(p, new Bounds(x, y, PROVIDER_W, PROVIDER_H)),
                            new Edit.AddComponent(c, new Bounds(x + 30, y + 50, REGION_W, REGION_H))));
            return accept(edit, c.id());
        }
        Optional<Component.Provider> into = design.providerOf(target.get());
        if (into.isEmpty()) {
            return refuse("A region goes into a provider container or on the empty canvas");
        }
        if (!into.get().provider().equals(cloud)) {
            String intoName = cloudName(into.get().provider());
            String where =
                    into.get().label().equals(intoName) ? intoName : into.get().label() + " (" + intoName + ")";
            return refuse(r.code() + " is " + Article.of(cloudName(cloud)) + " region; it cannot go into " + where);
        }
        Component.Region c = new Component.Region(
                ids.next(cloud + "-" + r.code()),
                name,
                Optional.of(into.get().id()),
                r.code(),
                Optional.empty(),
                Map.of());
        return accept(new Edit.AddComponent(c, new Bounds(x, y, REGION_W, REGION_H)), c.id());
    }

    private DropResult dropOffering(
            Design design, NewIds ids, GpuOffering o, Optional<String> target, double x, double y) {
        Optional<Component.Region> region = target.flatMap(design::regionOf);
        if (region.isEmpty()) {
            return refuse("A GPU pool must go inside a region");
        }
        Optional<String> mismatch = cloudMismatch(design, region.get(), o.provider(), o.instanceType());
        if (mismatch.isPresent()) {
            return refuse(mismatch.get());
        }
        String code = region.get().region();
        boolean offered = catalog.offering(o.provider(), o.instanceType())
                .map(x2 -> x2.isPlaceableIn(code))
                .orElse(false);
        if (!offered) {
            return refuse(o.instanceType() + " (" + o.accelerator().model() + ") is not offered in " + code);
        }
        Component.GpuPool c = new Component.GpuPool(
                ids.next(o.instanceType()),
                "",
                Optional.of(region.get().id()),
                o.instanceType(),
                1,
                Pricing.ON_DEMAND,
                Component.GpuPool.DEFAULT_HOURS,
                Optional.empty(),
                Map.of());
        return accept(new Edit.AddComponent(c, new Bounds(x, y, 0, 0)), c.id());
    }

    /**
     * GPU pools and storage dragged onto {@code target} (empty: the bare canvas), moved by (dx, dy): into
     * the region there, in the nearest free place, as one edit; refused with the palette's reasons where
     * the palette would not place them (no region, another provider's region, an offering not sold there).
     */
    public DropResult moveInto(Design design, Set<String> ids, Optional<String> target, double dx, double dy) {
        Optional<Component.Region> region = target.flatMap(design::regionOf);
        List<Component> moving = new ArrayList<>();
        for (String id : ids) {
            design.component(id).ifPresent(moving::add);
        }
        if (moving.isEmpty()) {
            return refuse("Nothing to move");
        }
        for (Component c : moving) {
            Optional<String> reason = refusal(design, c, region);
            if (reason.isPresent()) {
                return refuse(reason.get());
            }
        }
        String regionId = region.orElseThrow().id();
        DiagramLayout layout = DiagramLayout.of(design);
        Rect area = FreeSlots.contentArea(design, layout, regionId).orElse(null);
        List<Rect> occupied = new ArrayList<>();
        for (Component sibling : design.children(regionId)) {
            if (!ids.contains(sibling.id())) {
                layout.rect(sibling.id()).ifPresent(occupied::add);
            }
        }
        List<Edit> edits = new ArrayList<>();
        Map<String, Bounds> bounds = new LinkedHashMap<>();
        for (Component c : moving) {
            Rect now = layout.rect(c.id()).orElseThrow();
            Rect slot = FreeSlots.nearestFree(now.translated(dx, dy), area, occupied);
            occupied.add(slot);
            Bounds stored = design.layout().get(c.id());
            bounds.put(
                    c.id(),
                    new Bounds(slot.x(), slot.y(), stored == null ? 0 : stored.w(), stored == null ? 0 : stored.h())
                            .onHalfUnits());
            edits.add(new Edit.UpdateComponent(c.withParent(Optional.of(regionId))));
        }
        edits.add(new Edit.Move(bounds));
        return accept(
                new Edit.Composite("Move to " + region.get().label(), edits),
                moving.get(0).id());
    }

    private Optional<String> refusal(Design design, Component c, Optional<Component.Region> region) {
        String cloud =
                design.providerOf(c.id()).map(Component.Provider::provider).orElse("");
        if (c instanceof Component.GpuPool p) {
            if (region.isEmpty()) {
                return Optional.of("A GPU pool must go inside a region");
            }
            Optional<String> mismatch = cloudMismatch(design, region.get(), cloud, p.instanceType());
            if (mismatch.isPresent()) {
                return mismatch;
            }
            String code = region.get().region();
            Optional<GpuOffering> o = catalog.offering(cloud, p.instanceType());
            if (!o.map(x -> x.isPlaceableIn(code)).orElse(false)) {
                return Optional.of(p.instanceType()
                        + o.map(x -> " (" + x.accelerator().model() + ")").orElse("") + " is not offered in " + code);
            }
            return Optional.empty();
        }
        if (c instanceof Component.Storage s) {
            if (region.isEmpty()) {
                return Optional.of("Storage must go inside a region");
            }
            return cloudMismatch(design, region.get(), cloud, s.storageClass());
        }
        return Optional.of(c.label() + " stays where it is: only GPU pools and storage move between regions");
    }

    private DropResult dropCustomSite(Design design, NewIds ids, Optional<String> target, double x, double y) {
        if (target.isEmpty()) {
            Component.Provider p = provider(ids, ON_PREMISES, "On-premises");
            Component.Region c = new Component.Region(
                    ids.next("site"),
                    "Custom site",
                    Optional.of(p.id()),
                    Component.Region.CUSTOM,
                    Optional.empty(),
                    Map.of());
            Edit edit = new Edit.Composite(
                    "Add custom site",
                    List.of(
                            new Edit.AddComponent(p, new Bounds(x, y, PROVIDER_W, PROVIDER_H)),
                            new Edit.AddComponent(c, new Bounds(x + 30, y + 50, REGION_W, REGION_H))));
            return accept(edit, c.id());
        }
        Optional<Component.Provider> into = design.providerOf(target.get());
        if (into.isEmpty()) {
            return refuse("A custom site goes into a provider container or on the empty canvas");
        }
        Component.Region c = new Component.Region(
                ids.next("site"),
                "Custom site",
                Optional.of(into.get().id()),
                Component.Region.CUSTOM,
                Optional.empty(),
                Map.of());
        return accept(new Edit.AddComponent(c, new Bounds(x, y, REGION_W, REGION_H)), c.id());
    }

    private Optional<String> cloudMismatch(Design design, Component.Region region, String cloud, String what) {
        String regionCloud =
                design.providerOf(region.id()).map(Component.Provider::provider).orElse("");
        if (regionCloud.equals(cloud)) {
            return Optional.empty();
        }
        return Optional.of(what + " is sold by " + cloudName(cloud) + "; " + region.label() + " belongs to "
                + (regionCloud.isEmpty() ? "no provider" : cloudName(regionCloud)));
    }

    private Component.Provider provider(NewIds ids, String cloud, String name) {
        return new Component.Provider(ids.next(cloud), name, cloud, Map.of());
    }

    private String cloudName(String cloud) {
        return catalog.provider(cloud).map(p -> p.name()).orElse(cloud);
    }

    private static String label(Design design, String id) {
        return design.component(id).map(Component::label).orElse(id);
    }

    private static DropResult accept(Edit edit, String id) {
        return new DropResult.Accepted(edit, id);
    }

    private static DropResult refuse(String reason) {
        return new DropResult.Refused(reason);
    }
}
