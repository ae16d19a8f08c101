package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.export.ExportResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngPictureExporterTest {
    private static BufferedImage png(DiagramPicture picture, double scale) throws IOException {
        byte[] bytes = Pictures.bytes(out -> new PngPictureExporter(scale).write(picture, out));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Variance of the grey level over all pixels: 0 for a blank image. */
    static double variance(BufferedImage image) {
        double sum = 0;
        double sq = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double grey = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3.0;
                sum += grey;
                sq += grey * grey;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    @Test
    void pixelSizeFollowsTheScale() throws IOException {
        DiagramPicture picture = Pictures.simple("Scale test");
        PicturePainter painter = new PicturePainter(picture, new TextMetrics());
        BufferedImage one = png(picture, 1);
        BufferedImage two = png(picture, 2);
        assertEquals((int) Math.ceil(painter.width()), one.getWidth());
        assertEquals((int) Math.ceil(painter.height()), one.getHeight());
        assertEquals(2 * one.getWidth(), two.getWidth());
        assertEquals(2 * one.getHeight(), two.getHeight());
        assertTrue(variance(one) > 100, "the picture is not blank: variance " + variance(one));
    }

    @Test
    void drawsTheProviderColourInTheBadge() throws IOException {
        BufferedImage image = png(Pictures.simple("Colour"), 2);
        int orange = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0xE8891A) {
                    orange++;
                }
            }
        }
        assertTrue(orange > 200, "AWS badge pixels: " + orange);
    }

    @Test
    void refusesScalesOutsideTheRange() {
        for (double bad : new double[] {0, -1, 0.05, 9, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> new PngPictureExporter(bad));
            assertTrue(e.getMessage().startsWith("scale must be a number from 0.1 to 8"), e.getMessage());
        }
    }

    @Test
    void scalesDownPicturesBeyondThePixelBudgetWithAWarning() throws IOException {
        DiagramPicture big = new DiagramPicture(
                "Big",
                "",
                new PictureRect(0, 0, 12_000, 8_000),
                List.of(Pictures.card("a", "corner", "x", 11_700, 7_800)),
                List.of(),
                List.of(),
                PictureTheme.LIGHT);
        PngPictureExporter exporter = new PngPictureExporter(4);
        int[] size = exporter.pixelSize(big);
        assertTrue((long) size[0] * size[1] <= PngPictureExporter.MAX_PIXELS + size[0] + size[1]);
        assertTrue(size[0] <= PngPictureExporter.MAX_SIDE && size[1] <= PngPictureExporter.MAX_SIDE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = exporter.write(big, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(size[0], image.getWidth());
        assertEquals(size[1], image.getHeight());
        assertTrue(
                result.warnings().get(0).startsWith("picture scaled down from 4 to"),
                result.warnings().toString());
    }

    @Test
    void hostileNamesRenderWithoutFailing() throws IOException {
        BufferedImage image = png(Pictures.hostile(), 1);
        assertTrue(variance(image) > 100);
    }
}
