package dev.skyloom.app.cli;

import dev.skyloom.app.service.CatalogOverlayStore;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.CatalogOverlay;
import dev.skyloom.catalog.OverlayPrice;
import dev.skyloom.catalog.PriceListException;
import dev.skyloom.catalog.ProviderPriceFiles;
import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom catalog refresh FILE...}: reads price files downloaded from the providers' public price
 * endpoints (offline) and writes the matching prices, each with its file and effective date, into the
 * overlay in the data folder. All files are read before anything is written: one bad file refuses the
 * whole refresh (exit 2) and the previous overlay stays. A price from a file published before the
 * snapshot price's source is kept out unless {@code --accept-older} (see {@link CatalogOverlay});
 * {@code --clear} removes the overlay.
 */
@Command(
        name = "refresh",
        mixinStandardHelpOptions = true,
        description = {
            "Refresh catalog prices from the providers' own price files, offline:",
            "Azure Retail Prices API JSON pages (https://prices.azure.com/api/retail/prices?...),",
            "AWS Price List offer files for AmazonEC2 or AmazonS3 (CSV or JSON,",
            "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/...), and Google Cloud Billing Catalog",
            "SKU lists (cloudbilling.googleapis.com/v1/services/6F81-5844-456A/skus). The prices are kept in",
            "the data folder and used by the designer and every command that prices (--no-overlay ignores them).",
            "A price from a file published before the snapshot price's source (AWS offer files carry their",
            "publication date) is not applied unless --accept-older; the output says how many. Azure and",
            "Google files carry only effective dates: their prices apply and the output says what they changed."
        })
public final class CatalogRefreshCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Price files as downloaded.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--accept-older",
            description = "Apply prices even where the file was published before the snapshot price's source.")
    boolean acceptOlder;

    @Option(
            names = "--clear",
            description = "Remove the refreshed prices (the overlay file); the bundled snapshot applies again.")
    boolean clear;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (clear) {
            if (!files.isEmpty() || acceptOlder) {
                throw new UserInputException("--clear takes no FILE and no --accept-older (clear first, then refresh)");
            }
            return clear();
        }
        if (files.isEmpty()) {
            throw new UserInputException("no FILE given (catalog refresh FILE..., or --clear to remove the overlay)");
        }
        LocalDate today = LocalDate.now();
        List<ProviderPriceFiles.Read> reads = new ArrayList<>();
        for (Path f : files) {
            try {
                ProviderPriceFiles.Read r = ProviderPriceFiles.read(CatalogLoader.bundled(), f, today);
                reads.add(new ProviderPriceFiles.Read(
                        r.file(),
                        r.format(),
                        r.prices().stream()
                                .map(p -> p.withAcceptOlder(acceptOlder))
                                .toList(),
                        r.unmatched(),
                        r.published()));
            } catch (PriceListException e) {
                throw new UserInputException(e.getMessage() + "; nothing was written", e);
            }
        }
        CatalogOverlayStore store = CatalogOverlayStore.standard();
        CatalogOverlay overlay;
        try {
            overlay = store.read();
        } catch (IOException | PriceListException e) {
            throw new UserInputException(
                    "refreshed prices unreadable: " + e.getMessage() + " (delete " + store.file()
                            + " or run 'skyloom catalog refresh --clear' to start afresh); nothing was written",
                    e);
        }
        List<OverlayPrice> added = new ArrayList<>();
        reads.forEach(r -> added.addAll(r.prices()));
        CatalogOverlay merged = overlay.merge(added);
        try {
            store.write(merged);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + store.file() + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (ProviderPriceFiles.Read r : reads) {
            List<CatalogOverlay.Judged> judged = new CatalogOverlay(r.prices()).judge(CatalogLoader.bundled());
            List<OverlayPrice> applied = judged.stream()
                    .filter(j -> !j.withheld())
                    .map(CatalogOverlay.Judged::price)
                    .toList();
            out.println(TerminalWriter.inline(r.file()) + " (" + r.format() + "): "
                    + Counted.of(applied.size(), "price") + " applied" + byKind(applied)
                    + ", " + Counted.of(r.unmatched(), "row") + " not in the catalog");
            for (CatalogOverlay.FileReport report : new CatalogOverlay(r.prices()).report(CatalogLoader.bundled())) {
                OverlayReportText.lines(report).forEach(l -> out.println("  " + l));
            }
        }
        long inUse = merged.judge(CatalogLoader.bundled()).stream()
                .filter(j -> !j.withheld())
                .count();
        out.println(
                "overlay " + store.file() + ": " + Counted.of(merged.prices().size(), "price") + " from "
                        + Counted.of(merged.sources().size(), "file") + ", " + inUse + " in use");
        out.flush();
        return SkyloomCli.OK;
    }

    /** Removes the overlay file (one unlink: atomic) and says what it held. */
    private int clear() {
        CatalogOverlayStore store = CatalogOverlayStore.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(store.file())) {
            out.println("no refreshed prices to remove (" + store.file() + " does not exist); the bundled snapshot of "
                    + CatalogLoader.bundled().snapshotDate() + " applies");
            out.flush();
            return SkyloomCli.OK;
        }
        String held;
        try {
            CatalogOverlay overlay = store.read();
            held = Counted.of(overlay.prices().size(), "price") + " from "
                    + (overlay.sources().isEmpty()
                            ? "no file"
                            : String.join(
                                    ", ",
                                    overlay.sources().stream()
                                            .map(s -> TerminalWriter.inline(s.file()))
                                            .toList()));
        } catch (IOException | PriceListException e) {
            held = "a damaged overlay (" + e.getMessage() + ")";
        }
        try {
            Files.delete(store.file());
        } catch (IOException e) {
            throw new UserInputException("cannot remove " + store.file() + ": " + e.getMessage(), e);
        }
        out.println("removed " + store.file() + ": " + held + "; the bundled snapshot of "
                + CatalogLoader.bundled().snapshotDate() + " applies");
        out.flush();
        return SkyloomCli.OK;
    }

    private static String byKind(List<OverlayPrice> prices) {
        Map<String, Integer> kinds = new TreeMap<>();
        prices.forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
        if (kinds.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        kinds.forEach((k, n) -> parts.add(k + " " + n));
        return " (" + String.join(", ", parts) + ")";
    }
}
