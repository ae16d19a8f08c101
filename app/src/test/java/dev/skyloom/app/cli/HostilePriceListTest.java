package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile price list of issue 12, point 13 gives one line on stderr with the file, the line and
 * the column, and exit 2 (the time each takes is measured by HostileInputHarness in benchmarks/).
 */
class HostilePriceListTest {
    private static final String ROW = "{\"provider\": \"aws\", \"sku\": \"p5.48xlarge\", \"region\": \"us-east-1\", ";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String header = "provider,sku,region,price,currency\n";
        String row = "aws,p5.48xlarge,us-east-1,";
        return Stream.of(
                Arguments.of(
                        "tiny.csv",
                        header + row + "1e-999999999,USD\n",
                        "tiny.csv:2: column price: number out of range"),
                Arguments.of(
                        "huge.csv",
                        header + row + "1e999999999,USD\n",
                        "huge.csv:2: column price: number out of range"),
                Arguments.of(
                        "long.csv",
                        header + row + "7".repeat(5_000_000) + ",USD\n",
                        "long.csv:2: column price: number too long"),
                Arguments.of(
                        "long.json",
                        "[\n" + ROW + "\"price\": " + "7".repeat(5_000_000) + "}]",
                        "long.json:2: column price: value too long"),
                Arguments.of(
                        "dup.json", "[\n" + ROW + "\"price\": 1, \"price\": 2}]", "dup.json:2: duplicate key 'price'"),
                Arguments.of(
                        "tail.json",
                        "[\n" + ROW + "\"price\": 1}]\n]",
                        "tail.json:3: unexpected content after the end"),
                Arguments.of(
                        "text.json", "[\n" + ROW + "\"price\": \"1\"}]", "text.json:2: column price: must be a number"),
                Arguments.of(
                        "zzz.csv", header + row + "1,ZZZ\n", "zzz.csv:2: column currency: unknown currency 'ZZZ'"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isRefusedWithLineAndColumn(String name, String text, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);

        CliRun r = CliRun.of("catalog", "--gpu", "H100", "--prices", file.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("skyloom: " + expected), r.err());
        assertEquals("", r.out());
    }
}
