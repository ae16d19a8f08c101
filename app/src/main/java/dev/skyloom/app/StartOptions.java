package dev.skyloom.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The designer's arguments: none (the example design), {@code open FILE}, {@code FILE.skyloom.json}, and
 * {@code --screenshot OUT.png [FILE]} (or {@code --screenshot=OUT.png}) to write a PNG of the window and exit.
 * For screenshots of the analysis (issue 6): {@code --select-finding CODE} selects the first finding with that
 * code or check (e.g. {@code residency.violation}) and highlights it; {@code --what-if TARGET} (repeatable)
 * enters what-if mode failing a provider id ({@code aws}), region code or region/provider component id;
 * {@code --present} takes it in presentation mode (F5). {@code --panel cost|problems|what-if|latency|map} opens that tab
 * of the analysis drawer ({@code map}: the Latency tab with the Map view) and {@code --select ID} selects a component (e.g. a pool, for its pricing comparison).
 */
public record StartOptions(
        Optional<Path> file,
        Optional<Path> screenshot,
        Optional<String> selectFinding,
        List<String> whatIf,
        boolean present,
        Optional<String> panel,
        Optional<String> select) {

    public StartOptions {
        whatIf = List.copyOf(whatIf);
    }

    public StartOptions(
            Optional<Path> file,
            Optional<Path> screenshot,
            Optional<String> selectFinding,
            List<String> whatIf,
            boolean present) {
        this(file, screenshot, selectFinding, whatIf, present, Optional.empty(), Optional.empty());
    }

    public StartOptions(
            Optional<Path> file, Optional<Path> screenshot, Optional<String> selectFinding, List<String> whatIf) {
        this(file, screenshot, selectFinding, whatIf, false);
    }

    public StartOptions(Optional<Path> file, Optional<Path> screenshot) {
        this(file, screenshot, Optional.empty(), List.of());
    }

    public static StartOptions parse(List<String> args) {
        Optional<Path> file = Optional.empty();
        Optional<Path> shot = Optional.empty();
        Optional<String> finding = Optional.empty();
        List<String> whatIf = new ArrayList<>();
        boolean present = false;
        Optional<String> panel = Optional.empty();
        Optional<String> select = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("open")) {
                continue;
            }
            if (a.startsWith("--screenshot=")) {
                shot = Optional.of(Path.of(a.substring("--screenshot=".length())));
            } else if (a.equals("--screenshot")) {
                shot = Optional.of(
                        Path.of(value(args, ++i, "--screenshot needs an output file, e.g. --screenshot out.png")));
            } else if (a.equals("--select-finding")) {
                finding = Optional.of(
                        value(args, ++i, "--select-finding needs a finding code, e.g. residency.violation"));
            } else if (a.equals("--what-if")) {
                whatIf.add(value(args, ++i, "--what-if needs a provider or region to fail, e.g. --what-if aws"));
            } else if (a.equals("--present")) {
                present = true;
            } else if (a.equals("--panel")) {
                String p = value(args, ++i, "--panel needs cost, problems, what-if, latency or map");
                if (!List.of("cost", "problems", "what-if", "latency", "map").contains(p)) {
                    throw new IllegalArgumentException(
                            "--panel needs cost, problems, what-if, latency or map, not " + p);
                }
                panel = Optional.of(p);
            } else if (a.equals("--select")) {
                select = Optional.of(value(args, ++i, "--select needs a component id"));
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                file = Optional.of(Path.of(a));
            }
        }
        return new StartOptions(file, shot, finding, whatIf, present, panel, select);
    }

    private static String value(List<String> args, int i, String missing) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(missing);
        }
        return args.get(i);
    }
}
