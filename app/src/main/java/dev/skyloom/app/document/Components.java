package dev.skyloom.app.document;

import dev.skyloom.model.Component;

/** Operations on components the model's withers do not offer. */
public final class Components {
    private Components() {}

    /** The same component under another id. */
    public static Component withId(Component c, String id) {
        return c.accept(new Component.Visitor<Component>() {
            @Override
            public Component provider(Component.Provider p) {
                return new Component.Provider(id, p.name(), p.provider(), p.extras());
            }

            @Override
            public Component region(Component.Region r) {
                return new Component.Region(id, r.name(), r.parent(), r.region(), r.country(), r.extras());
            }

            @Override
            public Component gpuPool(Component.GpuPool g) {
                return new Component.GpuPool(
                        id,
                        g.name(),
                        g.parent(),
                        g.instanceType(),
                        g.count(),
                        g.pricing(),
                        g.hoursPerMonth(),
                        g.unitPrice(),
                        g.extras());
            }

            @Override
            public Component storage(Component.Storage s) {
                return new Component.Storage(
                        id,
                        s.name(),
                        s.parent(),
                        s.storageClass(),
                        s.capacityTb(),
                        s.holds(),
                        s.unitPrice(),
                        s.extras());
            }

            @Override
            public Component pipeline(Component.Pipeline p) {
                return new Component.Pipeline(id, p.name(), p.parent(), p.survives(), p.declassifies(), p.extras());
            }

            @Override
            public Component users(Component.Users u) {
                return new Component.Users(
                        id,
                        u.name(),
                        u.city(),
                        u.latitude(),
                        u.longitude(),
                        u.country(),
                        u.share(),
                        u.userCount(),
                        u.latencyBudgetMs(),
                        u.extras());
            }

            @Override
            public Component identity(Component.Identity i) {
                return new Component.Identity(id, i.name(), i.parent(), i.kind(), i.extras());
            }

            @Override
            public Component telemetry(Component.Telemetry t) {
                return new Component.Telemetry(
                        id,
                        t.name(),
                        t.parent(),
                        t.hosting(),
                        t.service(),
                        t.receives(),
                        t.operatorCountry(),
                        t.unitPrice(),
                        t.extras());
            }
        });
    }
}
