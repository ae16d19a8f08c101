package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.ExportResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPictureExporterTest {
    @TempDir
    Path dir;

    private static byte[] pdf(DiagramPicture picture) {
        return Pictures.bytes(out -> new PdfPictureExporter().write(picture, out));
    }

    @Test
    void writesOnePageSizedToThePictureWithSearchableText() throws IOException {
        DiagramPicture picture = Pictures.simple("EU sovereign training");
        try (PDDocument doc = Loader.loadPDF(pdf(picture))) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            PicturePainter painter = new PicturePainter(picture, new TextMetrics());
            assertEquals(painter.width(), page.getMediaBox().getWidth(), 0.5);
            assertEquals(painter.height(), page.getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            for (String expected :
                    List.of("EU sovereign training", "Training pool", "p5.48xlarge × 4", "runs-on", "GPU pool")) {
                assertTrue(text.contains(expected), expected + " missing from " + text);
            }
            assertEquals("EU sovereign training", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void hostileNamesGiveAReadablePdfWithoutFailing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = new PdfPictureExporter().write(Pictures.hostile(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("less < greater > amp & end"), text);
            assertTrue(text.contains("NNNNNNNN"), "the long name is drawn, shortened");
        }
        assertTrue(
                result.warnings().stream().anyMatch(w -> w.contains("shown as '?'")),
                "characters without a glyph are reported: " + result.warnings());
    }

    @Test
    void standardFontReplacesWhatItCannotEncodeAndDropsInvisibleMarks() {
        PdfFonts fonts = PdfFonts.standard();
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertEquals("Café ? x", fonts.encodable(helvetica, "Café \u4E2D\u200D x"));
        assertEquals("??", fonts.encodable(helvetica, "\uD83D\uDE80\u05E9"));
        assertEquals(3, fonts.replaced());
    }

    @Test
    void hugePicturesAreScaledToThePdfPageLimit() throws IOException {
        DiagramPicture huge = new DiagramPicture(
                "Huge",
                "",
                new PictureRect(0, 0, 40_000, 1_000),
                List.of(Pictures.card("a", "far right", "x", 39_700, 500)),
                List.of(),
                List.of(),
                PictureTheme.LIGHT);
        ExportResult result;
        Path file = dir.resolve("huge.pdf");
        result = new PdfPictureExporter().writeFile(huge, file);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(file))) {
            assertEquals(
                    PdfPictureExporter.MAX_PAGE, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            assertTrue(new PDFTextStripper().getText(doc).contains("far right"));
        }
        assertTrue(
                result.warnings().get(0).contains("scaled"), result.warnings().toString());
    }
}
