package dev.skyloom.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.xlsx.LibreOffice;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deck as another program renders it: LibreOffice Impress converts it to PDF (installed by .ci/run), poppler's
 * pdftoppm turns each page into a PNG, and every page must carry ink (not a blank slide). With
 * {@code -Dskyloom.deck.keep=FOLDER} the PDF and pages are kept there to be looked at.
 */
class DeckRenderTest {
    @Test
    void everySlideOfTheExampleDeckRendersWithContent(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm (poppler-utils) not installed");
        Path deck = dir.resolve("global-inference.pptx");
        Files.write(deck, DeckExporterTest.deck(DeckExporterTest.example("global-inference")));
        Path pdf = LibreOffice.convert(deck, "pdf", dir);
        Process p = new ProcessBuilder(
                        "/usr/bin/pdftoppm",
                        "-r",
                        "40",
                        "-png",
                        pdf.toString(),
                        dir.resolve("page").toString())
                .redirectErrorStream(true)
                .start();
        // read its output to the end so it never blocks on a full pipe, then wait without a deadline
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, "pdftoppm rendered the PDF: " + log);
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(f -> f.getFileName().toString().matches("page-\\d+\\.png"))
                    .sorted()
                    .toList();
        }
        assertEquals(7, pages.size(), "one page per slide");
        for (Path page : pages) {
            assertTrue(inkShare(page) > 0.005, page.getFileName() + " is not blank");
        }
        String keep = System.getProperty("skyloom.deck.keep");
        if (keep != null) {
            Path to = Files.createDirectories(Path.of(keep));
            Files.copy(pdf, to.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(deck, to.resolve(deck.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The share of pixels that are not near-white. */
    private static double inkShare(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r + g + b < 3 * 235) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }
}
