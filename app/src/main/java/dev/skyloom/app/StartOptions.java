package dev.skyloom.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The designer's arguments: none (the example design), {@code open FILE}, {@code FILE.skyloom.json}, and
 * {@code --screenshot OUT.png [FILE]} (or {@code --screenshot=OUT.png}) to write a PNG of the window and exit.
 */
public record StartOptions(Optional<Path> file, Optional<Path> screenshot) {

    public static StartOptions parse(List<String> args) {
        Optional<Path> file = Optional.empty();
        Optional<Path> shot = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("open")) {
                continue;
            }
            if (a.startsWith("--screenshot=")) {
                shot = Optional.of(Path.of(a.substring("--screenshot=".length())));
            } else if (a.equals("--screenshot")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--screenshot needs an output file, e.g. --screenshot out.png");
                }
                shot = Optional.of(Path.of(args.get(++i)));
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a);
            } else {
                file = Optional.of(Path.of(a));
            }
        }
        return new StartOptions(file, shot);
    }
}
