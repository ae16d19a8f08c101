package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Assumptions;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.Pricing;
import dev.skyloom.model.Survives;
import dev.skyloom.model.TestDesigns;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignFileReadTest {
    private static final String BASE = new String(BadInputs.validBase(), StandardCharsets.UTF_8);

    private static Design parse(String json) throws DesignFormatException {
        return DesignFile.parse(json, "test.skyloom.json");
    }

    private static DesignFormatException refuse(String json) {
        return assertThrows(DesignFormatException.class, () -> parse(json));
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnceWithIdFieldAndLine() {
        String json = BASE.replace("\"count\": 4", "\"count\": 1.9")
                .replace("\"capacityTb\": 200", "\"capacityTb\": -1")
                .replace("\"survives\": \"region\"", "\"survives\": \"always\"")
                .replace("\"to\": \"train\" }", "\"to\": \"ghost\" }");
        DesignFormatException e = refuse(json);
        List<String> found = e.problems().stream()
                .map(p -> p.line() + " " + p.subject() + " " + p.field())
                .toList();
        assertEquals(List.of("10 train count", "11 lake capacityTb", "12 etl survives", "16 c2 to"), found);
        assertEquals("test.skyloom.json", e.problems().get(3).file());
        assertTrue(
                e.problems().get(3).message().contains("\"ghost\""),
                e.problems().get(3).message());
        assertTrue(e.getMessage().endsWith("(and 3 more problems)"), e.getMessage());
    }

    @Test
    void aComponentWithABrokenFieldStillCountsAsParentSoItsChildrenGiveNoNoise() {
        String json = BASE.replace("\"region\": \"eu-central-1\"", "\"region\": 42");
        DesignFormatException e = refuse(json);
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("aws-fra", e.problems().get(0).subject());
        assertEquals("region", e.problems().get(0).field());
    }

    @Test
    void aComponentOfUnknownTypeCausesNoDanglingReferenceNoise() {
        String json = BASE.replace("\"type\": \"storage\"", "\"type\": \"bucket\"");
        DesignFormatException e = refuse(json);
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().contains("unknown \"type\" value \"bucket\""), e.getMessage());
    }

    @Test
    void reportsAContainmentCycleWithEveryComponentOnIt() {
        String json = BASE.replace(
                "{ \"id\": \"aws-fra\", \"type\": \"region\", \"parent\": \"aws\"",
                "{ \"id\": \"aws-fra\", \"type\": \"region\", \"parent\": \"train\"");
        DesignFormatException e = refuse(json);
        List<String> cycles = e.problems().stream()
                .filter(p -> p.message().startsWith("containment cycle"))
                .map(FileProblem::subject)
                .toList();
        assertEquals(List.of("aws-fra", "train", "lake"), cycles);
    }

    @Test
    void refusesALongContainmentCycleNamingEveryRegionOnItAndATailLeadingIntoIt() {
        // 20,000 regions whose parents form one ring, plus one more whose parent is on the ring.
        int n = 20_000;
        StringBuilder json = new StringBuilder("{\"skyloom\": 1, \"name\": \"ring\", \"components\": [\n");
        for (int i = 0; i < n; i++) {
            json.append("{\"id\": \"p")
                    .append(i)
                    .append("\", \"type\": \"region\", \"region\": \"eu-central-1\", ")
                    .append("\"parent\": \"p")
                    .append((i + 1) % n)
                    .append("\"},\n");
        }
        json.append("{\"id\": \"tail\", \"type\": \"region\", \"region\": \"eu-central-1\", \"parent\": \"p7\"}\n]}\n");
        DesignFormatException e = refuse(json.toString());
        List<FileProblem> cycles = e.problems().stream()
                .filter(p -> p.message().startsWith("containment cycle"))
                .toList();
        assertEquals(n + 1, cycles.size());
        assertEquals("p0", cycles.get(0).subject());
        assertEquals("containment cycle through \"p0\"", cycles.get(0).message());
        assertEquals(2, cycles.get(0).line());
        assertEquals("containment cycle through \"p7\"", cycles.get(n).message());
        assertEquals("tail", cycles.get(n).subject());
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        byte[] body = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(DesignFile.parse(body, "a"), DesignFile.parse(withBom, "b"));
        assertEquals(parse(BASE), parse('\uFEFF' + BASE));
    }

    @Test
    void fillsDocumentedDefaultsForAbsentOptionalFields() throws Exception {
        Design d = parse(BASE);
        Component.GpuPool pool = (Component.GpuPool) d.component("train").orElseThrow();
        assertEquals(Pricing.ON_DEMAND, pool.pricing());
        assertEquals(new BigDecimal("730"), pool.hoursPerMonth());
        assertEquals(Optional.empty(), pool.unitPrice());
        assertEquals("", pool.name());
        assertEquals(Survives.REGION, ((Component.Pipeline) d.component("etl").orElseThrow()).survives());
        assertEquals(BigDecimal.ZERO, d.connection("c2").orElseThrow().monthlyTb());
        assertEquals("USD", d.currency());
        assertEquals(Assumptions.DEFAULT, d.assumptions());
        assertEquals(new Bounds(40, 40, 900, 500), d.bounds("aws").orElseThrow());
    }

    @Test
    void keepsDecimalsExactlyAsWritten() throws Exception {
        Design d = parse(BASE.replace("\"count\": 4", "\"count\": 4, \"unitPrice\": 98.3200")
                .replace("\"capacityTb\": 200", "\"capacityTb\": 1E+3"));
        Component.GpuPool pool = (Component.GpuPool) d.component("train").orElseThrow();
        assertEquals(new BigDecimal("98.3200"), pool.unitPrice().orElseThrow());
        String written = DesignFile.toJson(d);
        assertTrue(written.contains("\"unitPrice\": 98.3200"), written);
        assertTrue(written.contains("\"capacityTb\": 1000"), written);
        assertEquals(d, parse(written));
    }

    @Test
    void keepsUnknownFieldsEverywhereAndWritesThemBackCanonically() throws Exception {
        String json = BASE.replace(
                        "\"name\": \"Bad input base\",",
                        "\"name\": \"x\", \"zFuture\": {\"b\": [1, 2.50], \"a\": null},")
                .replace("\"survives\": \"region\"", "\"survives\": \"region\", \"owner\": \"team-ml\"")
                .replace("\"monthlyTb\": 20", "\"monthlyTb\": 20, \"latencyMs\": 12")
                .replace(
                        "\"allowedJurisdictions\": [\"EU\"]", "\"allowedJurisdictions\": [\"EU\"], \"retention\": true")
                .replace(
                        "\"id\": \"aws\", \"type\": \"provider\", \"provider\": \"aws\"",
                        "\"id\": \"aws\", \"type\": \"provider\", \"provider\": \"aws\", \"count\": 3");
        Design d = parse(json);
        assertEquals(Map.of("zFuture", "{\"a\":null,\"b\":[1,2.50]}"), d.extras());
        assertEquals(
                Map.of("owner", "\"team-ml\""), d.component("etl").orElseThrow().extras());
        assertEquals(Map.of("latencyMs", "12"), d.connection("c1").orElseThrow().extras());
        assertEquals(
                Map.of("retention", "true"),
                d.dataClass("eu-personal").orElseThrow().extras());
        assertEquals(Map.of("count", "3"), d.component("aws").orElseThrow().extras());
        String written = DesignFile.toJson(d);
        assertTrue(written.contains("  \"zFuture\": {\n    \"a\": null,\n    \"b\": [1, 2.50]\n  }\n}"), written);
        Design again = parse(written);
        assertEquals(d, again);
        assertEquals(written, DesignFile.toJson(again));
    }

    @Test
    void writesTheCanonicalTextOfAMinimalDesign() {
        String expected = "{\n"
                + "  \"skyloom\": 1,\n"
                + "  \"name\": \"Minimal\",\n"
                + "  \"currency\": \"USD\",\n"
                + "  \"assumptions\": {\n"
                + "    \"reserved1yDiscount\": 0.30,\n"
                + "    \"reserved3yDiscount\": 0.50\n"
                + "  },\n"
                + "  \"dataClasses\": [],\n"
                + "  \"components\": [\n"
                + "    {\n"
                + "      \"id\": \"aws\",\n"
                + "      \"type\": \"provider\",\n"
                + "      \"provider\": \"aws\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"id\": \"aws-fra\",\n"
                + "      \"type\": \"region\",\n"
                + "      \"parent\": \"aws\",\n"
                + "      \"region\": \"eu-central-1\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"id\": \"train\",\n"
                + "      \"type\": \"gpu-pool\",\n"
                + "      \"parent\": \"aws-fra\",\n"
                + "      \"instanceType\": \"p5.48xlarge\",\n"
                + "      \"count\": 4,\n"
                + "      \"pricing\": \"on-demand\",\n"
                + "      \"hoursPerMonth\": 730\n"
                + "    }\n"
                + "  ],\n"
                + "  \"connections\": [],\n"
                + "  \"layout\": {}\n"
                + "}\n";
        assertEquals(expected, DesignFile.toJson(TestDesigns.minimal()));
    }

    @Test
    void sortsLayoutByIdAndWritesEachEntryOnOneLine() throws Exception {
        Design d = TestDesigns.minimal()
                .withLayout(Map.of(
                        "train", new Bounds(0.1 + 0.2, -0.0, 1e-7, 12.5),
                        "aws", new Bounds(-40, 3e8, 0, 0)));
        String written = DesignFile.toJson(d);
        assertTrue(
                written.contains("  \"layout\": {\n"
                        + "    \"aws\": { \"x\": -40, \"y\": 300000000, \"w\": 0, \"h\": 0 },\n"
                        + "    \"train\": { \"x\": 0.5, \"y\": 0, \"w\": 0, \"h\": 12.5 }\n"
                        + "  }\n"),
                written);
        // on half units (issue 14): 0.1 + 0.2 = 0.30000000000000004 is stored as 0.5, 1e-7 as 0
        assertEquals(
                d.withLayout(Map.of("train", new Bounds(0.5, 0, 0, 12.5), "aws", new Bounds(-40, 3e8, 0, 0))),
                parse(written));
        assertEquals(DesignFile.asSaved(d), parse(written));
    }

    @Test
    void escapesControlAndBidiOverrideCharactersButKeepsOtherTextReadable() throws Exception {
        Design d = TestDesigns.minimal().withName("a\tb \u202Egnp.exe 👩‍💻 שלום");
        String written = DesignFile.toJson(d);
        assertTrue(written.contains("\"name\": \"a\\tb \\u202egnp.exe 👩‍💻 שלום\""), written);
        assertEquals(d, parse(written));
    }

    @Test
    void refusesANewerFormatBeforeLookingAtAnythingElse() {
        DesignFormatException e = refuse("{\"skyloom\": 3, \"components\": 17, \"whatever\": [}");
        assertFalse(e.getMessage().contains("written by a newer"), "syntax is checked first: " + e.getMessage());
        e = refuse("{\"skyloom\": 3, \"components\": 17}");
        assertEquals(
                "test.skyloom.json: line 1: written by a newer Skyloom (format 3); this version reads format 2",
                e.getMessage());
        assertEquals(1, e.problems().size());
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeParsing() {
        byte[] huge = new byte[TreeReader.MAX_FILE_BYTES + 1];
        huge[0] = '{';
        DesignFormatException e = assertThrows(DesignFormatException.class, () -> DesignFile.parse(huge, "big.json"));
        assertTrue(e.getMessage().contains("file is too large"), e.getMessage());
    }

    @Test
    void refusesAFloodOfTinyValuesThatWouldExhaustMemory() {
        StringBuilder flood = new StringBuilder("{\"skyloom\": 1, \"x\": [0");
        for (long i = 0; i < TreeReader.MAX_TOKENS; i++) {
            flood.append(",0");
        }
        flood.append("]}");
        DesignFormatException e = refuse(flood.toString());
        assertEquals("test.skyloom.json: line 1: file holds more than 5000000 JSON values", e.getMessage());
    }

    @Test
    void namesAMissingFileAndAFolder(@TempDir Path dir) {
        Path missing = dir.resolve("nope.skyloom.json");
        DesignFormatException e = assertThrows(DesignFormatException.class, () -> DesignFile.read(missing));
        assertEquals(missing + ": file not found", e.getMessage());
        e = assertThrows(DesignFormatException.class, () -> DesignFile.read(dir));
        assertEquals(dir + ": is a folder, not a design file", e.getMessage());
    }

    @Test
    void readsAFileWrittenBySave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("eu.skyloom.json");
        DesignFile.save(TestDesigns.euTraining(), file);
        assertEquals(TestDesigns.euTraining(), DesignFile.read(file));
        assertEquals(DesignFile.toJson(TestDesigns.euTraining()), Files.readString(file));
    }

    @Test
    void refusesToWriteExtrasThatAreNotJson() {
        Design d = TestDesigns.minimal().withName("x");
        Design broken = new Design(
                d.name(),
                d.currency(),
                d.assumptions(),
                d.dataClasses(),
                d.components(),
                d.connections(),
                d.layout(),
                Map.of("future", "{not json"));
        assertThrows(IllegalArgumentException.class, () -> DesignFile.toJson(broken));
    }
}
