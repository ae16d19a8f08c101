package dev.skyloom.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code skyloom check}. */
@Command(name = "check", description = "Check a design: findings, exit 1 when errors are found.")
public final class CheckCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("check: not available yet");
    }
}
