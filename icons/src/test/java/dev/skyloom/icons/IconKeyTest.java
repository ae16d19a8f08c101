package dev.skyloom.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class IconKeyTest {

    private static Document svg(IconKey key) throws Exception {
        try (InputStream in = IconKey.class.getResourceAsStream(key.svgResource())) {
            assertNotNull(in, "missing " + key.svgResource());
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void everyComponentIconFileHoldsTheSamePathAsTheJavaData() throws Exception {
        for (IconKey key : IconKey.values()) {
            Document doc = svg(key);
            assertEquals("svg", doc.getDocumentElement().getTagName());
            if (key == IconKey.APP) {
                continue;
            }
            Element path = (Element) doc.getElementsByTagName("path").item(0);
            assertEquals(key.pathData(), path.getAttribute("d"), key.name());
            assertEquals("evenodd", path.getAttribute("fill-rule"));
            assertEquals("0 0 24 24", doc.getDocumentElement().getAttribute("viewBox"));
        }
    }

    @Test
    void appIconPngsExistInEverySizeAndAreNotBlank() throws Exception {
        for (int size : IconKey.APP_PNG_SIZES) {
            try (InputStream in = IconKey.class.getResourceAsStream(IconKey.appPngResource(size))) {
                assertNotNull(in, "missing app-" + size + ".png");
                BufferedImage img = ImageIO.read(in);
                assertEquals(size, img.getWidth());
                assertEquals(size, img.getHeight());
                int centre = img.getRGB(size / 2, size / 2);
                assertFalse((centre >>> 24) == 0, "centre of app-" + size + " is transparent");
            }
        }
    }

    @Test
    void committedAppIconMatchesThePainter() throws Exception {
        try (InputStream in = IconKey.class.getResourceAsStream(IconKey.appPngResource(64))) {
            BufferedImage committed = ImageIO.read(in);
            BufferedImage painted = AppIconPainter.render(64);
            int differing = 0;
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    if (committed.getRGB(x, y) != painted.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            assertEquals(0, differing, "regenerate with AppIconPainter (see its Javadoc)");
        }
    }

    @Test
    void componentTypesMapToTheirIcons() {
        assertEquals(IconKey.GPU_POOL, IconKey.forComponentType("gpu-pool"));
        assertEquals(IconKey.STORAGE, IconKey.forComponentType("storage"));
        assertEquals(IconKey.USERS, IconKey.forComponentType("users"));
        assertEquals("custom-site", IconKey.CUSTOM_SITE.fileStem());
        assertThrows(IllegalArgumentException.class, () -> IconKey.forComponentType("toaster"));
    }
}
