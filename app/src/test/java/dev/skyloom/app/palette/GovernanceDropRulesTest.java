package dev.skyloom.app.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.document.ConnectionRules;
import dev.skyloom.catalog.fixtures.TinyCatalog;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Identity providers and telemetry sinks from the palette, and what they may then connect to (issue 19). */
class GovernanceDropRulesTest {
    private final DropRules rules = new DropRules(TinyCatalog.threeRegions());
    private final Design design = SampleDesigns.builtIn();

    private Design apply(DropResult r) {
        assertTrue(r instanceof DropResult.Accepted, () -> "refused: " + r);
        return ((DropResult.Accepted) r).edit().applyTo(design);
    }

    private String refusal(DropResult r) {
        assertTrue(r instanceof DropResult.Refused, () -> "accepted: " + r);
        return ((DropResult.Refused) r).reason();
    }

    @Test
    void anIdentityProviderGoesIntoARegionAsOneEditAndFederatesItsProvider() {
        DropResult r = rules.drop(
                design, new PaletteItem.IdentityEntry(IdentityKind.ENTRA_ID), Optional.of("train-pool"), 5, 6);
        assertTrue(((DropResult.Accepted) r).edit() instanceof dev.skyloom.model.edit.Edit.AddComponent);
        Design d = apply(r);
        Component.Identity idp =
                (Component.Identity) d.component("idp-entra-id").orElseThrow();
        assertEquals(IdentityKind.ENTRA_ID, idp.kind());
        assertEquals(Optional.of("aws-fra"), idp.parent(), "dropped on a pool, it lands in the pool's region");
        assertEquals(
                new ConnectionRules.Options(List.of(ConnectionType.FEDERATES)),
                ConnectionRules.plan(d, idp.id(), "aws"));
        assertEquals(
                "An identity provider goes inside a region or a custom site",
                refusal(rules.drop(
                        design, new PaletteItem.IdentityEntry(IdentityKind.OKTA), Optional.of("aws"), 0, 0)));
        assertEquals(
                "An identity provider goes inside a region or a custom site",
                refusal(rules.drop(design, new PaletteItem.IdentityEntry(IdentityKind.OKTA), Optional.empty(), 0, 0)));
    }

    @Test
    void aTelemetrySinkGoesIntoARegionUnpricedAndReceivesTelemetryFromRegionsPoolsAndPipelines() {
        Design d = apply(rules.drop(
                design, new PaletteItem.TelemetryEntry(TelemetryHosting.SAAS), Optional.of("aws-par"), 0, 0));
        Component.Telemetry sink =
                (Component.Telemetry) d.component("telemetry").orElseThrow();
        assertEquals(TelemetryHosting.SAAS, sink.hosting());
        assertEquals(Optional.of("aws-par"), sink.parent());
        assertEquals(Optional.empty(), sink.unitPrice(), "no SaaS price is invented");
        assertEquals(List.of(), sink.receives());
        for (String from : List.of("aws", "aws-fra", "train-pool", "training")) {
            assertEquals(
                    new ConnectionRules.Options(List.of(ConnectionType.SHIPS_TELEMETRY)),
                    ConnectionRules.plan(d, from, sink.id()),
                    from);
        }
        assertTrue(refusal(rules.drop(
                        design, new PaletteItem.TelemetryEntry(TelemetryHosting.CLOUD), Optional.empty(), 0, 0))
                .startsWith("A telemetry sink goes inside a region"));
    }

    @Test
    void thePaletteOffersEveryIdentityKindAndEveryHosting() {
        PaletteNode root = PaletteTrees.of(TinyCatalog.threeRegions());
        for (IdentityKind k : IdentityKind.values()) {
            assertTrue(
                    PaletteTrees.find(root, i -> i.equals(new PaletteItem.IdentityEntry(k)))
                            .isPresent(),
                    k.json());
        }
        for (TelemetryHosting h : TelemetryHosting.values()) {
            assertTrue(
                    PaletteTrees.find(root, i -> i.equals(new PaletteItem.TelemetryEntry(h)))
                            .isPresent(),
                    h.json());
        }
        assertTrue(new PaletteItem.TelemetryEntry(TelemetryHosting.SAAS)
                .searchText()
                .contains("observability"));
        assertTrue(new PaletteItem.IdentityEntry(IdentityKind.OKTA).searchText().contains("identity"));
    }
}
