package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every connection kind reads apart in every picture: the line (colour and dash) is the only cue a print has. */
class ConnectionStylesTest {
    private static String look(LineStyle s) {
        return s.colour() + " " + Arrays.toString(s.dash());
    }

    @Test
    void noTwoConnectionKindsShareALine() {
        Set<String> seen = new HashSet<>();
        for (ConnectionType t : ConnectionType.values()) {
            assertTrue(seen.add(look(DiagramStyle.LIGHT.edgeLine(t))), t + " looks like another kind");
        }
    }

    @Test
    void shippedTelemetryHasItsOwnDashApartFromEveryDataFlowAndFromFederation() {
        double[] telemetry = DiagramStyle.dashes(ConnectionType.SHIPS_TELEMETRY);
        assertTrue(telemetry.length > 0, "telemetry is not drawn solid like reads, writes and serves");
        for (ConnectionType t : ConnectionType.values()) {
            if (t != ConnectionType.SHIPS_TELEMETRY) {
                assertTrue(!Arrays.equals(telemetry, DiagramStyle.dashes(t)), "telemetry is dashed like " + t);
            }
        }
    }

    @Test
    void theLegendOfADesignThatShipsTelemetryShowsItsLine() throws Exception {
        Design design = DesignFile.read(ExampleFiles.path("global-inference"));

        List<DiagramLegend.Entry> rows = DiagramLegend.of(design, Optional.empty()).stream()
                .filter(e -> e.connectionType().equals(Optional.of(ConnectionType.SHIPS_TELEMETRY)))
                .toList();

        assertEquals(1, rows.size());
        assertEquals("ships telemetry (→ telemetry sink)", rows.get(0).label());
    }
}
