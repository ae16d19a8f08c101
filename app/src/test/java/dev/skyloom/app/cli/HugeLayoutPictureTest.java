package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal but extreme layouts (issue 12: a 1e7 x 1e7 box hung the export; a box at x = 1e9 broke PNG with an
 * internal error and made a 0.015 pt tall PDF page) get one clear refusal, exit 2, for every picture
 * format, and nothing is written.
 */
class HugeLayoutPictureTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "box at {0},{1} sized {2} x {3}, {4}")
    @CsvSource({
        "40, 40, 10000000, 10000000, --png",
        "40, 40, 10000000, 10000000, --svg",
        "40, 40, 10000000, 10000000, --pdf",
        "1000000000, 40, 300, 180, --png",
        "1000000000, 40, 300, 180, --svg",
        "1000000000, 40, 300, 180, --pdf"
    })
    void refusesAPictureTooLargeToShowWithOneLine(double x, double y, double w, double h, String option)
            throws Exception {
        Path design = dir.resolve("huge.skyloom.json");
        Files.writeString(design, design(x, y, w, h), StandardCharsets.UTF_8);
        Path out = dir.resolve("out.picture");
        CliRun r = CliRun.of("export", design.toString(), option, out.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("larger than a picture can show"), r.err());
        assertTrue(r.err().contains("'far'"), "names the component far from the rest: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(List.of("huge.skyloom.json"), files(), "nothing written");
    }

    /** A provider at the origin and a second one, "far", with the given layout box. */
    static String design(double x, double y, double w, double h) {
        return """
                {
                  "skyloom": 1,
                  "name": "Huge",
                  "currency": "USD",
                  "dataClasses": [],
                  "components": [
                    { "id": "near", "type": "provider", "name": "Near", "provider": "aws" },
                    { "id": "far", "type": "provider", "name": "Far", "provider": "gcp" }
                  ],
                  "connections": [],
                  "layout": {
                    "near": { "x": 40, "y": 40, "w": 300, "h": 180 },
                    "far": { "x": %s, "y": %s, "w": %s, "h": %s }
                  }
                }
                """.formatted(num(x), num(y), num(w), num(h));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
