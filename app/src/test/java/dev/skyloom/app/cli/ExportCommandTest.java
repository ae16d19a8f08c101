package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.sample.GeneratedDesigns;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private Path design;

    @BeforeEach
    void writeDesign() throws Exception {
        design = dir.resolve("eu.skyloom.json");
        DesignFile.save(TestDesigns.euTraining(), design);
    }

    private static void assertOneLineError(CliRun r, String contains) {
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("skyloom: "), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void exportsTheWorkbookAndTheTerraformFolder() throws Exception {
        Path xlsx = dir.resolve("costs.xlsx");
        Path tf = dir.resolve("tf");
        CliRun r = CliRun.of("export", design.toString(), "--xlsx", xlsx.toString(), "--terraform", tf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + xlsx), r.out());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Summary", wb.getSheetName(0));
        }
        assertTrue(Files.readString(tf.resolve("aws.tf")).contains("resource \"aws_autoscaling_group\" \"train\""));
        assertTrue(Files.exists(tf.resolve(".skyloom-generated")));
    }

    @Test
    void refusesANonEmptyFolderItDidNotCreateAndWritesNothing() throws Exception {
        Path tf = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(tf.resolve("main.tf"), "# hand-written\n");
        Path xlsx = dir.resolve("costs.xlsx");
        CliRun r = CliRun.of("export", design.toString(), "--xlsx", xlsx.toString(), "--terraform", tf.toString());
        assertOneLineError(r, "not empty");
        assertTrue(r.err().contains("--force"));
        assertFalse(Files.exists(xlsx), "nothing written when one output is refused");
        assertEquals("# hand-written\n", Files.readString(tf.resolve("main.tf")));
    }

    @Test
    void forceWritesIntoAForeignFolder() throws Exception {
        Path tf = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(tf.resolve("main.tf"), "# hand-written\n");
        CliRun r = CliRun.of("export", design.toString(), "--terraform", tf.toString(), "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(tf.resolve("terraform.tf")));
    }

    @Test
    void rewritesAFolderItCreatedWithoutForce() {
        Path tf = dir.resolve("tf");
        assertEquals(
                0,
                CliRun.of("export", design.toString(), "--terraform", tf.toString())
                        .code());
        CliRun again = CliRun.of("export", design.toString(), "--terraform", tf.toString());
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void unwritablePathsGiveOneClearLine() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        assertOneLineError(
                CliRun.of(
                        "export",
                        design.toString(),
                        "--xlsx",
                        blocker.resolve("costs.xlsx").toString()),
                "does not exist");
        assertOneLineError(
                CliRun.of("export", design.toString(), "--terraform", blocker.toString()), "not a directory");
        assertOneLineError(CliRun.of("export", design.toString(), "--xlsx", dir.toString()), "is a directory");
    }

    @Test
    void badInputExitsWithCodeTwo() throws Exception {
        assertOneLineError(
                CliRun.of("export", dir.resolve("missing.skyloom.json").toString(), "--xlsx", "x.xlsx"),
                "missing.skyloom.json");
        Path broken = Files.writeString(dir.resolve("broken.skyloom.json"), "{\"skyloom\": 1, \"components\": [");
        assertOneLineError(
                CliRun.of(
                        "export",
                        broken.toString(),
                        "--terraform",
                        dir.resolve("t").toString()),
                "broken.skyloom.json");
        assertOneLineError(CliRun.of("export", design.toString()), "nothing to export");
    }

    @Test
    void printsWhatCouldNotBeMappedAsWarnings() throws Exception {
        Path unicode = dir.resolve("u.skyloom.json");
        DesignFile.save(GeneratedDesigns.regionChain(40), unicode);
        CliRun r = CliRun.of(
                "export", unicode.toString(), "--terraform", dir.resolve("g").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: Terraform: replication"), r.err());
    }
}
