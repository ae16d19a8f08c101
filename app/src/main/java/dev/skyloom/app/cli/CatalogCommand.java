package dev.skyloom.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code skyloom catalog}: list catalog offerings with prices (implemented by the catalog issue). */
@Command(name = "catalog", description = "List GPU offerings and prices from the bundled catalog.")
public final class CatalogCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("catalog: not available yet");
    }
}
