package dev.skyloom.export.pptx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skyloom.export.diagram.DiagramStyle;
import dev.skyloom.model.ConnectionType;
import java.util.Optional;
import org.apache.poi.sl.usermodel.StrokeStyle.LineDash;
import org.junit.jupiter.api.Test;

/** The deck's connectors take the preset of the same shape as the picture's dash, so telemetry reads apart. */
class DiagramSlideDashTest {
    private static Optional<LineDash> of(ConnectionType t) {
        return DiagramSlide.lineDash(DiagramStyle.dashes(t));
    }

    @Test
    void eachGovernanceLinkHasItsOwnPresetApartFromTheDataFlows() {
        assertEquals(Optional.of(LineDash.DASH_DOT), of(ConnectionType.SHIPS_TELEMETRY));
        assertEquals(Optional.of(LineDash.SYS_DOT), of(ConnectionType.FEDERATES));
        assertEquals(Optional.of(LineDash.DASH), of(ConnectionType.RUNS_ON));
        assertEquals(Optional.empty(), of(ConnectionType.READS));
    }
}
