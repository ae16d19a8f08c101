package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.cost.CostEngine;
import dev.skyloom.model.cost.PriceAge;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pictures say how fresh their figures are: the catalog's date and the oldest catalog price used. */
class PictureFreshnessTest {
    @Test
    void subtitleNamesTheSnapshotAndTheOldestPriceUsed() {
        Catalog catalog = CatalogLoader.bundled();
        Design design = TestDesigns.euTraining();
        LocalDate oldest = PriceAge.of(catalog.snapshotDate(), new CostEngine(catalog).price(design), LocalDate.now())
                .oldestPrice()
                .orElseThrow();

        String subtitle =
                DiagramPictures.of(design, catalog, LocalDate.of(2026, 12, 2)).subtitle();

        assertTrue(
                subtitle.endsWith(" · catalog of " + catalog.snapshotDate() + ", oldest price used " + oldest),
                subtitle);
        assertEquals(
                -1,
                DiagramPictures.of(design, null, LocalDate.of(2026, 12, 2))
                        .subtitle()
                        .indexOf("oldest"));
    }
}
