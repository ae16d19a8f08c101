package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.icons.IconKey;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class SvgPathDataTest {
    @Test
    void everyIconParsesIntoItsViewBox() {
        for (IconKey key : IconKey.values()) {
            Rectangle2D b = SvgPathData.icon(key).getBounds2D();
            assertTrue(b.getWidth() > 10 && b.getHeight() > 10, key + " " + b);
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0, key + " " + b);
            assertTrue(b.getMaxX() <= IconKey.VIEW_BOX && b.getMaxY() <= IconKey.VIEW_BOX, key + " " + b);
        }
    }

    @Test
    void relativeCommandsAndImplicitRepeatsFollowTheCurrentPoint() {
        Path2D p = SvgPathData.parse("M2 5h5.5l5 7-5 7H2l5-7z");
        Rectangle2D b = p.getBounds2D();
        assertEquals(2, b.getMinX(), 1e-9);
        assertEquals(12.5, b.getMaxX(), 1e-9);
        assertEquals(5, b.getMinY(), 1e-9);
        assertEquals(19, b.getMaxY(), 1e-9);
        assertTrue(p.contains(4, 6), "inside the chevron");
        assertEquals(Path2D.WIND_EVEN_ODD, p.getWindingRule());
    }

    @Test
    void refusesArcsAndGarbage() {
        assertThrows(IllegalArgumentException.class, () -> SvgPathData.parse("M0 0A5 5 0 0 1 10 10"));
        assertThrows(IllegalArgumentException.class, () -> SvgPathData.parse("1 2 3"));
        assertThrows(IllegalArgumentException.class, () -> SvgPathData.parse("M1 x"));
    }
}
