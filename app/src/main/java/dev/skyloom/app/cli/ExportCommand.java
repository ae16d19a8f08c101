package dev.skyloom.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code skyloom export}. */
@Command(name = "export", description = "Export the design as Excel, Terraform or pictures.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("export: not available yet");
    }
}
