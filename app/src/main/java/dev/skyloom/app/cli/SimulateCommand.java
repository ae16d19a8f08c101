package dev.skyloom.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code skyloom simulate}. */
@Command(name = "simulate", description = "What survives when regions or providers fail.")
public final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("simulate: not available yet");
    }
}
