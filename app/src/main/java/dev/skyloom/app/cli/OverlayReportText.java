package dev.skyloom.app.cli;

import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.model.text.Counted;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that say what a refreshed file's prices do to the snapshot, shared by {@code catalog refresh}
 * and {@code catalog --overlay}: prices kept out as older than the snapshot's (with the option that applies
 * them), older prices applied on request, and how many snapshot prices the applied ones changed.
 */
final class OverlayReportText {
    private OverlayReportText() {}

    static List<String> lines(CatalogOverlay.FileReport r) {
        List<String> lines = new ArrayList<>();
        if (r.withheld() > 0) {
            lines.add(Counted.of(r.withheld(), "price") + " older than the snapshot's "
                    + (r.withheld() == 1 ? "was" : "were") + " not applied (file published " + r.published()
                    + ", snapshot prices dated " + r.snapshotDates() + "); --accept-older applies them");
        }
        if (r.acceptedOlder() > 0) {
            lines.add(Counted.of(r.acceptedOlder(), "price") + " older than the snapshot's applied by --accept-older"
                    + " (file published " + r.published() + ", snapshot prices dated " + r.snapshotDates() + ")");
        }
        int compared = r.changed() + r.unchanged();
        if (r.applied() > 0) {
            StringBuilder b = new StringBuilder(
                    r.published().isEmpty() ? "effective dates only (no publication date), so applied; " : "");
            b.append("snapshot prices changed: ")
                    .append(r.changed())
                    .append(" of ")
                    .append(compared);
            if (r.changed() > 0) {
                b.append(" (").append(r.up()).append(" up, ").append(r.down()).append(" down");
                if (r.minChangePercent().isPresent()) {
                    b.append(", ")
                            .append(percent(r.minChangePercent().get()))
                            .append(" to ")
                            .append(percent(r.maxChangePercent().orElseThrow()));
                }
                b.append(')');
            }
            if (r.added() > 0) {
                b.append("; ").append(Counted.of(r.added(), "price")).append(" where the snapshot has none");
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static String percent(BigDecimal p) {
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " %";
    }
}
