package dev.skyloom.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code skyloom cost}. */
@Command(name = "cost", description = "Price a design: cost lines and totals.")
public final class CostCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("cost: not available yet");
    }
}
