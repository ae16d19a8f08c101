package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.icons.IconKey;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.DesignBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: pictures draw populations as people, not as one more infrastructure card — the users icon, a
 * much rounder card outlined in the accent colour with no accent bar — and their serves lines in the same
 * colour, so a reader follows who is served by what.
 */
class PopulationPicturesTest {
    private static DiagramPicture picture() {
        Design d = new DesignBuilder()
                .provider("aws", "aws")
                .region("fra", "aws", "eu-central-1")
                .pool("pool", "fra", "p5.48xlarge", 1)
                .pipeline("serve")
                .runsOn("serve", "pool")
                .users("berlin", "berlin-de", "1", "50")
                .serves("serve", "berlin")
                .build();
        return DiagramPictures.of(d, CatalogLoader.bundled(), LocalDate.of(2026, 12, 2));
    }

    private static PictureBox box(DiagramPicture p, String id) {
        return p.boxes().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPopulationIsARoundPeopleBadgeInTheAccentColour() {
        DiagramPicture p = picture();
        PictureBox users = box(p, "berlin");
        PictureBox pool = box(p, "pool");
        PictureColour accent = DiagramPictures.colour(DiagramStyle.LIGHT.accent());

        assertEquals(java.util.Optional.of(IconKey.forComponentType("users")), users.icon());
        assertEquals(20, users.style().cornerRadius(), 1e-9);
        assertEquals(6, pool.style().cornerRadius(), 1e-9, "infrastructure cards keep their corners");
        assertEquals(accent, users.style().stroke().colour());
        assertEquals(PictureColour.NONE, users.style().accent(), "no accent bar: the outline is the sign");
        assertNotEquals(PictureColour.NONE, pool.style().accent());
    }

    @Test
    void servesLinesAreDrawnInThePopulationsColour() {
        DiagramPicture p = picture();
        // the builder numbers connections in order: c1 runs-on, c2 serves
        PictureEdge runsOn =
                p.edges().stream().filter(e -> e.id().equals("c1")).findFirst().orElseThrow();
        PictureEdge serves =
                p.edges().stream().filter(e -> e.id().equals("c2")).findFirst().orElseThrow();
        assertEquals(
                DiagramPictures.colour(DiagramStyle.LIGHT.accent()),
                serves.stroke().colour());
        assertNotEquals(serves.stroke().colour(), runsOn.stroke().colour());
    }
}
