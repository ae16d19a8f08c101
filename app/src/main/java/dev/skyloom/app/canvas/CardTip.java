package dev.skyloom.app.canvas;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The hover text of a card: its full name (the card may shorten it), its type, where it runs, what it is
 * (instance type × count, capacity), its monthly price as the cost analysis has it, and its findings.
 */
final class CardTip {
    private CardTip() {}

    static String text(
            Design design, Component c, Optional<Catalog> catalog, Optional<String> price, List<String> findings) {
        List<String> lines = new ArrayList<>();
        lines.add(c.label());
        String type = c.type().json().replace('-', ' ');
        lines.add(type.substring(0, 1).toUpperCase(Locale.ROOT)
                + type.substring(1)
                + (c.name().isEmpty() || c.name().equals(c.id()) ? "" : " · " + c.id()));
        design.regionOf(c.id()).filter(r -> !r.id().equals(c.id())).ifPresent(r -> {
            String provider =
                    design.providerOf(c.id()).map(p -> p.label() + " · ").orElse("");
            lines.add(
                    "Region: " + provider + r.label() + (r.region().equals(r.label()) ? "" : " (" + r.region() + ")"));
        });
        if (c instanceof Component.GpuPool p) {
            String accelerator = catalog.flatMap(cat ->
                            design.providerOf(c.id()).flatMap(pr -> cat.offering(pr.provider(), p.instanceType())))
                    .map(o -> " (" + o.accelerator().model() + ")")
                    .orElse("");
            lines.add(p.instanceType() + accelerator + " × " + p.count() + ", "
                    + p.pricing().json());
        } else if (c instanceof Component.Storage s) {
            lines.add(s.storageClass() + ", "
                    + s.capacityTb().stripTrailingZeros().toPlainString() + " TB");
        }
        price.ifPresent(p -> lines.add("Price: " + p));
        if (!findings.isEmpty()) {
            lines.add("");
            lines.addAll(findings);
        }
        return String.join("\n", lines);
    }
}
