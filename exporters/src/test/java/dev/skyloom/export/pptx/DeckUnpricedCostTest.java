package dev.skyloom.export.pptx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Component;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

/**
 * The deck's cost slide with AWS p6e-gb200 pools (price on request in the bundled catalog): no line priced
 * reads "Unpriced", never "0.00 USD a month"; a partly priced design gives the sum with its unpriced lines.
 */
class DeckUnpricedCostTest {
    private static Design design(boolean withPricedPool) {
        List<Component> components = new ArrayList<>(List.of(
                TestDesigns.provider("aws", "aws"),
                TestDesigns.region("use1", "aws", "us-east-1"),
                TestDesigns.pool("gb200", "use1", "p6e-gb200.36xlarge", 1),
                TestDesigns.pool("gb200b", "use1", "p6e-gb200.36xlarge", 1)));
        if (withPricedPool) {
            components.add(TestDesigns.pool("h100", "use1", "p5.48xlarge", 2));
        }
        return TestDesigns.design("GB200", components, List.of());
    }

    private static String costSlideText(Design design) throws Exception {
        try (XMLSlideShow ppt = new XMLSlideShow(new ByteArrayInputStream(DeckExporterTest.deck(design)))) {
            for (XSLFSlide slide : ppt.getSlides()) {
                if (DeckExporterTest.firstText(slide).equals("Cost")) {
                    StringBuilder b = new StringBuilder();
                    for (XSLFShape s : slide.getShapes()) {
                        if (s instanceof XSLFTextShape t) {
                            b.append(t.getText()).append('\n');
                        }
                    }
                    return b.toString();
                }
            }
        }
        throw new AssertionError("no cost slide");
    }

    @Test
    void allUnpricedReadsUnpricedNotZero() throws Exception {
        String text = costSlideText(design(false));
        assertTrue(text.contains("Unpriced (2 lines)"), text);
        assertFalse(text.contains("0.00 USD"), text);
    }

    @Test
    void partlyPricedGivesTheSumWithItsUnpricedLines() throws Exception {
        String text = costSlideText(design(true));
        assertTrue(text.contains("80,358.40 USD a month + 2 unpriced lines"), text);
        assertTrue(text.contains("964,300.80 USD a year · 2 unpriced lines, not counted"), text);
    }
}
