package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden-file comparison: {@code src/test/resources/golden/terraform/<case>/}. Run with {@code
 * -Dgolden.update=true} to rewrite the files after an intended change (then review the diff).
 */
public final class Golden {
    private static final Path ROOT = Path.of("src/test/resources/golden/terraform");

    private Golden() {}

    public static void assertMatches(String name, Map<String, String> files) throws IOException {
        Path dir = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path p : old.collect(Collectors.toList())) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        TreeSet<String> expectedNames = new TreeSet<>();
        try (Stream<Path> listed = Files.list(dir)) {
            listed.forEach(p -> expectedNames.add(p.getFileName().toString()));
        }
        assertEquals(expectedNames, new TreeSet<>(files.keySet()), "files of golden case " + name);
        for (String f : expectedNames) {
            assertEquals(Files.readString(dir.resolve(f), StandardCharsets.UTF_8), files.get(f), name + "/" + f);
        }
    }
}
