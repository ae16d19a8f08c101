package dev.skyloom.model.check;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.model.Component;
import dev.skyloom.model.graph.DesignGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catalog and capacity: does every name in the design mean something in the catalog?
 *
 * <p><b>Findings.</b> {@code catalog.unlisted-provider} (info): a provider the catalog does not list (an
 * on-premises operator, say); its sites must be custom and its prices come from {@code unitPrice}. {@code
 * catalog.unknown-region} (error): a region code the catalog does not list for its provider. {@code
 * catalog.custom-region-without-country} (error): a custom site without a country cannot be checked for
 * residency. {@code catalog.no-region} (error): a pool or storage outside any region. {@code
 * catalog.unknown-instance-type} / {@code catalog.unknown-storage-class} (error): names the provider does
 * not sell. {@code catalog.not-offered-in-region} (error): the instance type is not listed in that region.
 * {@code catalog.region-not-stated} (warning): the provider sells it but no named source says where (AWS
 * P6e-GB300, GCP a4x), so the region cannot be confirmed from the catalog.
 * Pools and storage of unlisted providers are only reported when they lack a {@code unitPrice}
 * ({@code catalog.unpriced-custom}, warning).
 *
 * <p><b>Why.</b> An unknown name silently breaks pricing and placement; these findings say which field to
 * fix. They never throw: a design that is structurally valid always gets a report.
 *
 * <p><b>Algorithm and cost.</b> One pass with catalog look-ups by key: O(V).
 */
public final class CatalogCheck implements DesignCheck {
    public static final String NAME = "catalog";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes() {
        return List.of(
                "catalog.unknown-instance-type",
                "catalog.unknown-storage-class",
                "catalog.unknown-region",
                "catalog.not-offered-in-region",
                "catalog.region-not-stated",
                "catalog.no-region",
                "catalog.custom-region-without-country",
                "catalog.unpriced-custom",
                "catalog.unlisted-provider");
    }

    @Override
    public java.util.Set<DesignField> reads() {
        return READS;
    }

    private static final java.util.Set<DesignField> READS = DesignField.graphAnd(
            DesignField.REGION_COUNTRY,
            DesignField.POOL_INSTANCE_TYPE,
            DesignField.POOL_HAS_UNIT_PRICE,
            DesignField.STORAGE_CLASS,
            DesignField.STORAGE_HAS_UNIT_PRICE);

    @Override
    public List<Finding> check(DesignContext ctx) {
        DesignGraph g = ctx.graph();
        Catalog catalog = ctx.catalog();
        List<Finding> findings = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            Component c = g.component(v);
            String provider = g.catalogProviderOf(v).orElse("");
            boolean listed = catalog.provider(provider).isPresent();
            int index = v;
            c.accept(new Component.Visitor<Void>() {
                @Override
                public Void provider(Component.Provider p) {
                    if (!listed) {
                        findings.add(finding(
                                Severity.INFO,
                                "catalog.unlisted-provider",
                                p.id(),
                                "Provider " + p.provider() + " is not in the catalog: its sites must be custom and"
                                        + " its prices set as unitPrice"));
                    }
                    return null;
                }

                @Override
                public Void region(Component.Region r) {
                    CatalogCheck.region(ctx, r, provider, listed, findings);
                    return null;
                }

                @Override
                public Void gpuPool(Component.GpuPool pool) {
                    pool(g, index, pool, catalog, provider, listed, findings);
                    return null;
                }

                @Override
                public Void storage(Component.Storage s) {
                    CatalogCheck.storage(g, index, s, catalog, provider, listed, findings);
                    return null;
                }

                @Override
                public Void pipeline(Component.Pipeline p) {
                    return null; // a pipeline names nothing of the catalog
                }

                @Override
                public Void users(Component.Users u) {
                    return null; // the latency check reports unknown cities
                }

                @Override
                public Void identity(Component.Identity i) {
                    return null; // an identity provider names nothing of the catalog
                }

                @Override
                public Void telemetry(Component.Telemetry t) {
                    return null; // a sink's place is its region, checked as a region
                }
            });
        }
        return findings;
    }

    private static void region(
            DesignContext ctx, Component.Region r, String provider, boolean listed, List<Finding> findings) {
        if (r.isCustom()) {
            if (r.country().isEmpty()) {
                findings.add(finding(
                        Severity.ERROR,
                        "catalog.custom-region-without-country",
                        r.id(),
                        "Custom site " + r.id() + " has no country; set one so residency can be checked"));
            }
        } else if (listed && ctx.catalog().region(provider, r.region()).isEmpty()) {
            findings.add(finding(
                    Severity.ERROR,
                    "catalog.unknown-region",
                    r.id(),
                    "Region " + r.region() + " is not a " + provider + " region in the catalog"));
        } else if (!listed) {
            findings.add(finding(
                    Severity.ERROR,
                    "catalog.unknown-region",
                    r.id(),
                    "Region " + r.region() + " of unlisted provider " + provider
                            + " cannot be checked; make it a custom site with a country"));
        }
    }

    private static void pool(
            DesignGraph g,
            int v,
            Component.GpuPool pool,
            Catalog catalog,
            String provider,
            boolean listed,
            List<Finding> findings) {
        if (g.region(v) < 0) {
            findings.add(noRegion(pool));
            return;
        }
        Component.Region region = g.regionComponent(v);
        if (!listed || region.isCustom()) {
            if (pool.unitPrice().isEmpty()
                    && catalog.offering(provider, pool.instanceType()).isEmpty()) {
                findings.add(unpricedCustom(pool));
            }
            return;
        }
        Optional<GpuOffering> offering = catalog.offering(provider, pool.instanceType());
        if (offering.isEmpty()) {
            findings.add(finding(
                    Severity.ERROR,
                    "catalog.unknown-instance-type",
                    pool.id(),
                    "Instance type " + pool.instanceType() + " is not sold by " + provider + " in the catalog"));
        } else if (offering.get().isAvailableIn(region.region())) {
            return;
        } else if (offering.get().regionsNotStated()) {
            // sold somewhere the sources do not say: neither confirmed nor ruled out here
            String cloud = catalog.provider(provider).map(p -> p.name()).orElse(provider);
            findings.add(finding(
                    Severity.WARNING,
                    "catalog.region-not-stated",
                    pool.id(),
                    pool.instanceType() + " is sold by " + cloud + " but no source names its regions; confirm "
                            + region.region() + " with the provider"));
        } else {
            findings.add(finding(
                    Severity.ERROR,
                    "catalog.not-offered-in-region",
                    pool.id(),
                    pool.instanceType() + " is not offered in " + provider + " " + region.region()
                            + " according to the catalog"));
        }
    }

    private static void storage(
            DesignGraph g,
            int v,
            Component.Storage s,
            Catalog catalog,
            String provider,
            boolean listed,
            List<Finding> findings) {
        if (g.region(v) < 0) {
            findings.add(noRegion(s));
            return;
        }
        Component.Region region = g.regionComponent(v);
        boolean known = catalog.storageClass(provider, s.storageClass()).isPresent();
        if (!listed || region.isCustom()) {
            if (s.unitPrice().isEmpty()) {
                findings.add(unpricedCustom(s));
            }
        } else if (!known) {
            findings.add(finding(
                    Severity.ERROR,
                    "catalog.unknown-storage-class",
                    s.id(),
                    "Storage class " + s.storageClass() + " is not a " + provider
                            + " storage class or family (object, block, file, archive) in the catalog"));
        }
    }

    private static Finding noRegion(Component c) {
        return finding(
                Severity.ERROR,
                "catalog.no-region",
                c.id(),
                c.type().json() + " " + c.id() + " is in no region; place it inside a region");
    }

    private static Finding unpricedCustom(Component c) {
        return finding(
                Severity.WARNING,
                "catalog.unpriced-custom",
                c.id(),
                c.type().json() + " " + c.id()
                        + " is at a custom site or unlisted provider; set a unitPrice to price it");
    }

    private static Finding finding(Severity severity, String code, String subject, String message) {
        return new Finding(severity, NAME, code, List.of(subject), message);
    }
}
