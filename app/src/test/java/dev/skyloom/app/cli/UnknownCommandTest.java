package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** An unknown command names the commands there are and the nearest one (issue 12, point 10). */
class UnknownCommandTest {
    /** The registered subcommands, in registration order: the message must follow them, not a copy. */
    private static String registered() {
        return String.join(
                ", ", new CommandLine(new SkyloomCli()).getSubcommands().keySet());
    }

    @Test
    void anUnknownCommandListsTheRegisteredCommands() {
        CliRun r = CliRun.of("frobnicate", "design.skyloom.json");

        assertEquals(2, r.code());
        assertEquals(
                "skyloom: unknown command 'frobnicate'; commands: " + registered(),
                r.err().strip());
        assertTrue(registered().startsWith("check, cost, simulate, latency, export, catalog"), registered());
    }

    @Test
    void aTypoGetsTheNearestCommand() {
        CliRun r = CliRun.of("chek", "design.skyloom.json");

        assertEquals(2, r.code());
        assertEquals(
                "skyloom: unknown command 'chek'; commands: " + registered() + "; did you mean 'check'?",
                r.err().strip());
    }

    @Test
    void nearestNeedsAPlausibleTypo() {
        List<String> commands = List.of("check", "cost", "simulate", "export", "catalog");
        assertEquals(Optional.of("simulate"), SkyloomCli.nearest("simualte", commands));
        assertEquals(Optional.of("export"), SkyloomCli.nearest("exp", commands));
        assertEquals(Optional.of("catalog"), SkyloomCli.nearest("CATALOG", commands));
        assertEquals(Optional.empty(), SkyloomCli.nearest("zzzzzz", commands));
    }

    @Test
    void anUnknownOptionOfAKnownCommandKeepsPicocliMessage() {
        CliRun r = CliRun.of("check", "--frob", "design.skyloom.json");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("--frob"), r.err());
        assertTrue(!r.err().contains("unknown command"), r.err());
    }
}
