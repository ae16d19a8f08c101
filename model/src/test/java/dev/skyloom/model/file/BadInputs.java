package dev.skyloom.model.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of hostile and broken design files, shared through the model test-jar so the CLI tests
 * can run the same suite. Small cases are files under {@code bad/} listed in {@code bad/cases.tsv}
 * (file, expected line or 0, expected message fragment); large ones (5 MB names, 100,000 levels of
 * nesting, 10,000-digit numbers) are generated here rather than committed. {@link #validCases()} lists
 * valid files that look suspicious but must be accepted.
 */
public final class BadInputs {
    private static final String FOLDER = "bad/";

    private BadInputs() {}

    /** One bad input: its name, its bytes, the line the first problem must be on (0 = none), a message fragment. */
    public record Case(String name, byte[] bytes, int line, String expected) {
        /** Writes the bytes to {@code dir/name} and returns the path, for tests that need a file. */
        public Path writeTo(Path dir) throws IOException {
            return Files.write(dir.resolve(name), bytes);
        }

        @Override
        public String toString() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Case c
                    && name.equals(c.name)
                    && Arrays.equals(bytes, c.bytes)
                    && line == c.line
                    && expected.equals(c.expected);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** Every case: the files of {@code bad/cases.tsv} and the generated ones. */
    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String row : lines(FOLDER + "cases.tsv")) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", 3);
            cases.add(new Case(cols[0], bytes(FOLDER + cols[0]), Integer.parseInt(cols[1]), cols[2]));
        }
        cases.addAll(generated());
        return cases;
    }

    /**
     * Valid files that must read without problems (and keep their content on a round trip): unicode
     * and right-to-left names with emoji, a UTF-8 byte-order mark, unknown fields, exact decimals. Their
     * {@code line} is 0 and {@code expected} is empty.
     */
    public static List<Case> validCases() {
        List<Case> cases = new ArrayList<>();
        for (String row : lines("good/files.txt")) {
            if (!row.isBlank() && !row.startsWith("#")) {
                cases.add(new Case(row, bytes("good/" + row), 0, ""));
            }
        }
        return cases;
    }

    /** The valid file every small case is a variation of. */
    public static byte[] validBase() {
        return bytes(FOLDER + "valid-base.skyloom.json");
    }

    private static List<Case> generated() {
        String base = new String(validBase(), StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("zero-filled-8k.json", new byte[8192], 0, "only zero bytes"));
        cases.add(new Case(
                "name-5mb.json",
                utf8(base.replace("\"Bad input base\"", '"' + "x".repeat(5 * 1024 * 1024) + '"')),
                3,
                "a text value is longer than 1000000 characters"));
        cases.add(new Case(
                "nesting-100k-lists.json",
                utf8("[".repeat(100_000) + "]".repeat(100_000)),
                1,
                "nested too deeply (more than 64 levels"));
        cases.add(new Case(
                "nesting-100k-objects.json",
                utf8("{\"skyloom\": 1, \"x\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001)),
                1,
                "nested too deeply (more than 64 levels"));
        cases.add(new Case(
                "number-10000-digits.json",
                utf8(base.replace("\"count\": 4", "\"count\": " + "9".repeat(10_000))),
                10,
                "a number is longer than 64 characters"));
        cases.add(new Case(
                "key-10000-chars.json",
                utf8(base.replace("\"count\": 4", "\"count\": 4, \"" + "k".repeat(10_000) + "\": 1")),
                10,
                "a field name is longer than 256 characters"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] truncated = utf8(base.substring(0, base.indexOf("\"lake\"")));
        byte[] bomTruncated = new byte[bom.length + truncated.length];
        System.arraycopy(bom, 0, bomTruncated, 0, bom.length);
        System.arraycopy(truncated, 0, bomTruncated, bom.length, truncated.length);
        cases.add(new Case("bom-then-truncated.json", bomTruncated, 11, "file ends unexpectedly (truncated?)"));
        return cases;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BadInputs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String resource) {
        try (InputStream in = BadInputs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
