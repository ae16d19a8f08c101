package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureExportCommandTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRun r, String contains) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("skyloom: "), r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void exportsPngSvgAndPdfOfAnExampleInOneRun() throws Exception {
        String example = CliRun.example("eu-sovereign-training");
        Design design = DesignFile.read(Path.of(example));
        Path png = dir.resolve("slide.png");
        Path svg = dir.resolve("diagram.svg");
        Path pdf = dir.resolve("diagram.pdf");
        CliRun r = CliRun.of(
                "export",
                example,
                "--png",
                png.toString(),
                "--scale",
                "2",
                "--svg",
                svg.toString(),
                "--pdf",
                pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + png + " ("), r.out());
        assertTrue(r.out().contains("wrote " + svg), r.out());
        assertTrue(r.out().contains("wrote " + pdf), r.out());
        assertEquals(List.of("diagram.pdf", "diagram.svg", "slide.png"), files(), "no temporary files left");

        CliRun one =
                CliRun.of("export", example, "--png", dir.resolve("one.png").toString());
        assertEquals(0, one.code(), one.err());
        BufferedImage two = ImageIO.read(png.toFile());
        BufferedImage single = ImageIO.read(dir.resolve("one.png").toFile());
        assertEquals(2 * single.getWidth(), two.getWidth());
        assertEquals(2 * single.getHeight(), two.getHeight());
        assertTrue(r.out().contains("(" + two.getWidth() + " x " + two.getHeight() + " px)"), r.out());

        String xml = Files.readString(svg);
        assertTrue(xml.contains(">" + design.name() + "</text>"), "design name drawn in the SVG");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains(design.name()));
        }
    }

    @Test
    void replacesAnExistingPicture() throws Exception {
        Path svg = dir.resolve("d.svg");
        Files.writeString(svg, "old");
        CliRun r = CliRun.of("export", CliRun.example("single-provider"), "--svg", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(svg).startsWith("<?xml"));
        assertEquals(List.of("d.svg"), files());
    }

    @Test
    void badScalesAreOneLineErrorsWithExitTwo() throws Exception {
        String example = CliRun.example("eu-sovereign-training");
        String png = dir.resolve("x.png").toString();
        assertOneLineError(CliRun.of("export", example, "--png", png, "--scale", "0"), "--scale");
        assertOneLineError(CliRun.of("export", example, "--png", png, "--scale", "9"), "from 0.1 to 8");
        assertOneLineError(CliRun.of("export", example, "--png", png, "--scale", "NaN"), "--scale");
        assertOneLineError(CliRun.of("export", example, "--png", png, "--scale", "big"), "big");
        assertOneLineError(
                CliRun.of("export", example, "--svg", dir.resolve("x.svg").toString(), "--scale", "2"),
                "--scale applies to --png only");
        assertEquals(List.of(), files(), "nothing written");
    }

    @Test
    void unwritableTargetsAreOneLineErrorsAndNothingIsWritten() throws Exception {
        String example = CliRun.example("eu-sovereign-training");
        Path svg = dir.resolve("ok.svg");
        assertOneLineError(
                CliRun.of(
                        "export",
                        example,
                        "--svg",
                        svg.toString(),
                        "--pdf",
                        dir.resolve("missing/x.pdf").toString()),
                "does not exist");
        assertOneLineError(CliRun.of("export", example, "--png", dir.toString()), "is a directory");
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertOneLineError(
                CliRun.of("export", example, "--pdf", file.resolve("x.pdf").toString()), "does not exist");
        assertEquals(List.of("plain-file"), files(), "the good target was not written either");
    }
}
