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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyloom catalog refresh FILE...}: reads price files downloaded from the providers' public price
 * endpoints (offline) and writes the matching prices, each with its file and effective date, into the
 * overlay in the data folder. All files are read before anything is written: one bad file refuses the
 * whole refresh (exit 2) and the previous overlay stays.
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
            "the data folder and used by the designer and every command that prices (--no-overlay ignores them)."
        })
public final class CatalogRefreshCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Price files as downloaded.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        List<ProviderPriceFiles.Read> reads = new ArrayList<>();
        for (Path f : files) {
            try {
                reads.add(ProviderPriceFiles.read(CatalogLoader.bundled(), f, today));
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
                            + " to start afresh); nothing was written",
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
            out.println(TerminalWriter.inline(r.file()) + " (" + r.format() + "): "
                    + Counted.of(r.prices().size(), "price") + " applied" + byKind(r.prices())
                    + ", " + Counted.of(r.unmatched(), "row") + " not in the catalog");
        }
        out.println(
                "overlay " + store.file() + ": " + Counted.of(merged.prices().size(), "price") + " from "
                        + Counted.of(merged.sources().size(), "file"));
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
