package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skyloom export --pptx OUT --drawio OUT}: both written, checked first, all-or-nothing with the rest. */
class ExportDeckAndDrawioCommandTest {
    @Test
    void writesADeckWithTheAuthorAndADrawioFile(@TempDir Path dir) throws Exception {
        Path pptx = dir.resolve("deck.pptx");
        Path drawio = dir.resolve("design.drawio");
        CliRun r = CliRun.of(
                "export",
                CliRun.example("global-inference"),
                "--pptx",
                pptx.toString(),
                "--drawio",
                drawio.toString(),
                "--author",
                "A. Consultant");
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(pptx);
                XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(7, ppt.getSlides().size());
            String title = ppt.getSlides().get(0).getShapes().stream()
                    .filter(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .map(s -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) s).getText())
                    .reduce("", (a, b) -> a + "\n" + b);
            assertTrue(title.contains("A. Consultant"), title);
        }
        assertTrue(Files.readString(drawio).startsWith("<?xml"), "draw.io XML");
        // the example's 26 components and 25 connections (counting only components as "cells" misled)
        assertTrue(r.out().contains("(26 shapes, 25 connectors)"), r.out());
        String help = CliRun.of("export", "--help").out();
        assertTrue(help.contains("as an SVG vector image"), help);
        assertTrue(CliRun.of("export", "--help").out().contains("--pptx"));
        assertTrue(CliRun.of("export", "--help").out().contains("--drawio"));
    }

    @Test
    void aBadSecondTargetWritesNeitherFile(@TempDir Path dir) throws Exception {
        Path pptx = dir.resolve("deck.pptx");
        Path bad = dir.resolve("missing-folder/design.drawio");
        CliRun r = CliRun.of(
                "export", CliRun.example("global-inference"), "--pptx", pptx.toString(), "--drawio", bad.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(pptx), "nothing written when a target is bad");
    }
}
