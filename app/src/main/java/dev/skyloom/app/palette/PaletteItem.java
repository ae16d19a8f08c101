package dev.skyloom.app.palette;

import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.Provider;
import dev.skyloom.catalog.Region;
import dev.skyloom.catalog.StorageClass;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** One entry of the palette: something that can be dropped onto the canvas, or a heading. */
public sealed interface PaletteItem
        permits PaletteItem.Heading,
                PaletteItem.ProviderEntry,
                PaletteItem.RegionEntry,
                PaletteItem.OfferingEntry,
                PaletteItem.StorageEntry,
                PaletteItem.PipelineEntry,
                PaletteItem.CustomSiteEntry,
                PaletteItem.UsersEntry,
                PaletteItem.IdentityEntry,
                PaletteItem.TelemetryEntry {

    /** The text shown in the tree. */
    String label();

    /** Lower-case text the search box matches against. */
    default String searchText() {
        return label().toLowerCase(Locale.ROOT);
    }

    default boolean draggable() {
        return true;
    }

    record Heading(String label) implements PaletteItem {
        @Override
        public boolean draggable() {
            return false;
        }
    }

    record ProviderEntry(Provider provider) implements PaletteItem {
        @Override
        public String label() {
            return provider.name();
        }

        @Override
        public String searchText() {
            return (provider.name() + " " + provider.id()).toLowerCase(Locale.ROOT);
        }
    }

    record RegionEntry(Region region) implements PaletteItem {
        @Override
        public String label() {
            String country = region.country().orElse("--");
            String city = region.city().isBlank() ? region.name() : region.city();
            return country + "  " + region.code() + " · " + city;
        }

        @Override
        public String searchText() {
            return (label() + " " + region.name()).toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A GPU offering as sold in one region, with its on-demand price there when the catalog has one; an
     * offering sold without a list price shows its purchase model ("price on request (capacity block)"),
     * and one whose sources name no region says so ("regions not stated"): it is offered in every region
     * of its provider, to be confirmed with the provider.
     */
    record OfferingEntry(GpuOffering offering, Region region, Optional<Price> onDemand) implements PaletteItem {
        /** What the label adds for an offering sold where no named source says. */
        static final String REGIONS_NOT_STATED = "regions not stated";

        @Override
        public String label() {
            String price = onDemand.map(p -> p.currency() + " "
                            + p.amount().setScale(2, RoundingMode.HALF_UP).toPlainString() + "/h"
                            + (p.estimate() ? " (est.)" : ""))
                    .orElse(offering.priceOnRequestIn(region.code())
                            .map(r -> "price on request (" + r.purchaseModel().label() + ")")
                            .orElse("unpriced"));
            return what() + " — " + price + (offering.regionsNotStated() ? " — " + REGIONS_NOT_STATED : "");
        }

        /**
         * The tooltip: the price or purchase model with its reason and source, and for an offering whose
         * sources name no region, that the region is the user's to confirm.
         */
        public String detail() {
            StringBuilder sb = new StringBuilder(what()).append(" in ").append(region.code());
            onDemand.ifPresentOrElse(
                    p -> sb.append("\nOn-demand ")
                            .append(p.currency())
                            .append(' ')
                            .append(p.amount().setScale(2, RoundingMode.HALF_UP).toPlainString())
                            .append("/h")
                            .append(p.estimate() ? " (estimate: a global list price)" : "")
                            .append(p.source().isEmpty() ? "" : " · " + p.source())
                            .append(p.asOf().isEmpty() ? "" : ", " + p.asOf()),
                    () -> offering.priceOnRequestIn(region.code())
                            .ifPresentOrElse(
                                    r -> sb.append("\nUnpriced: ")
                                            .append(r.describe())
                                            .append(r.source().isEmpty() ? "" : "\nSource: " + r.source())
                                            .append(r.asOf().isEmpty() ? "" : ", " + r.asOf()),
                                    () -> sb.append("\nUnpriced: no on-demand price here in the catalog")));
            if (offering.regionsNotStated()) {
                sb.append("\nRegions not stated by the sources: the provider sells it, but no named source says"
                                + " where; confirm ")
                        .append(region.code())
                        .append(" with the provider.");
            }
            return sb.toString();
        }

        private String what() {
            String count = offering.acceleratorCount() == Math.rint(offering.acceleratorCount())
                    ? String.valueOf((long) offering.acceleratorCount())
                    : String.valueOf(offering.acceleratorCount());
            return offering.instanceType() + " — " + count + "× "
                    + offering.accelerator().model();
        }

        @Override
        public String searchText() {
            return (label() + " " + offering.accelerator().vendor() + " "
                            + offering.accelerator().family())
                    .toLowerCase(Locale.ROOT);
        }
    }

    record StorageEntry(StorageClass storageClass, Region region) implements PaletteItem {
        @Override
        public String label() {
            return storageClass.name() + " (" + storageClass.family().id() + ")";
        }
    }

    record PipelineEntry() implements PaletteItem {
        @Override
        public String label() {
            return "Pipeline";
        }
    }

    record CustomSiteEntry() implements PaletteItem {
        @Override
        public String label() {
            return "Custom site (on-premises / colocation)";
        }
    }

    /** A population of users in a city of the bundled list (search by city, country code or key). */
    record UsersEntry(dev.skyloom.model.latency.Place place) implements PaletteItem {
        @Override
        public String label() {
            return place.country() + "  " + place.name();
        }

        @Override
        public String searchText() {
            // the country's English name too, so "Japan" finds Tokyo as "JP" does
            return ("users population " + place.name() + " " + place.country() + " " + place.key() + " "
                            + new Locale("", place.country()).getDisplayCountry(Locale.ENGLISH))
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** An identity provider of one kind, placed in a region or on a custom site. */
    record IdentityEntry(dev.skyloom.model.IdentityKind kind) implements PaletteItem {
        @Override
        public String label() {
            return kind.label();
        }

        @Override
        public String searchText() {
            return ("identity provider idp sso federation " + kind.label() + " " + kind.json())
                    .toLowerCase(Locale.ROOT);
        }
    }

    /** A log, metrics and trace sink run one way (cloud service, SaaS, self-hosted), placed in a region. */
    record TelemetryEntry(dev.skyloom.model.TelemetryHosting hosting) implements PaletteItem {
        @Override
        public String label() {
            return switch (hosting) {
                case CLOUD -> "Cloud logging service";
                case SAAS -> "SaaS observability (in its site's region)";
                case SELF_HOSTED -> "Self-hosted observability stack";
            };
        }

        @Override
        public String searchText() {
            return ("telemetry logs metrics traces observability monitoring sink " + label() + " " + hosting.json())
                    .toLowerCase(Locale.ROOT);
        }
    }
}
