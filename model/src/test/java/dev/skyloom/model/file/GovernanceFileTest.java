package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.IdentityKind;
import dev.skyloom.model.TelemetryHosting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Identity providers, telemetry sinks, federates and ships-telemetry in the file format (format 2). */
class GovernanceFileTest {
    private static final String FILE = """
            {
              "skyloom": 2,
              "name": "governed",
              "currency": "USD",
              "assumptions": {
                "reserved1yDiscount": 0.3,
                "reserved3yDiscount": 0.5,
                "remoteDataMs": 50
              },
              "dataClasses": [
                {
                  "id": "pii",
                  "allowedJurisdictions": ["EU"],
                  "allowedOperators": ["EU"]
                }
              ],
              "components": [
                {
                  "id": "aws",
                  "type": "provider",
                  "provider": "aws"
                },
                {
                  "id": "fra",
                  "type": "region",
                  "parent": "aws",
                  "region": "eu-central-1"
                },
                {
                  "id": "entra",
                  "type": "identity",
                  "parent": "fra",
                  "kind": "entra-id"
                },
                {
                  "id": "dd",
                  "type": "telemetry",
                  "parent": "fra",
                  "hosting": "saas",
                  "service": "Datadog EU1",
                  "receives": ["pii"],
                  "operatorCountry": "US",
                  "unitPrice": 0.1
                }
              ],
              "connections": [
                {
                  "id": "entra-federates-aws",
                  "type": "federates",
                  "from": "entra",
                  "to": "aws",
                  "monthlyTb": 0
                },
                {
                  "id": "fra-ships-dd",
                  "type": "ships-telemetry",
                  "from": "fra",
                  "to": "dd",
                  "monthlyTb": 2,
                  "dataClasses": ["pii"]
                }
              ],
              "layout": {}
            }
            """;

    @Test
    void readsEveryFieldAndWritesTheSameBytes() throws Exception {
        Design d = DesignFile.parse(FILE, "governed.skyloom.json");

        assertEquals(
                IdentityKind.ENTRA_ID,
                ((Component.Identity) d.component("entra").orElseThrow()).kind());
        Component.Telemetry dd = (Component.Telemetry) d.component("dd").orElseThrow();
        assertEquals(TelemetryHosting.SAAS, dd.hosting());
        assertEquals("Datadog EU1", dd.service());
        assertEquals(List.of("pii"), dd.receives());
        assertEquals(Optional.of("US"), dd.operatorCountry());
        assertEquals(Optional.of(new BigDecimal("0.1")), dd.unitPrice());
        assertEquals(ConnectionType.SHIPS_TELEMETRY, d.connections().get(1).type());
        assertEquals(List.of("pii"), d.connections().get(1).dataClasses());
        assertEquals(List.of("EU"), d.dataClasses().get(0).allowedOperators());
        assertEquals(2, d.formatVersion());
        assertEquals(FILE, DesignFile.toJson(d));
    }

    @Test
    void telemetryOutsideARegionOrOnTheWrongKindOfSiteIsRefusedWithItsReason() {
        String cloudOnCustomSite = FILE.replace(
                        "\"region\": \"eu-central-1\"", "\"region\": \"custom\",\n      \"country\": \"DE\"")
                .replace("\"hosting\": \"saas\"", "\"hosting\": \"cloud\"")
                .replace("\"operatorCountry\": \"US\",\n", "");
        DesignFormatException e =
                assertThrows(DesignFormatException.class, () -> DesignFile.parse(cloudOnCustomSite, "x.json"));
        assertTrue(
                e.getMessage().contains("a cloud telemetry sink sits in a cloud region, but \"fra\" is a custom site"),
                e.getMessage());
    }

    @Test
    void dataClassesOnAConnectionOtherThanTelemetryAreRefused() {
        String bad = FILE.replace("\"monthlyTb\": 0\n", "\"monthlyTb\": 0,\n      \"dataClasses\": [\"pii\"]\n");
        DesignFormatException e = assertThrows(DesignFormatException.class, () -> DesignFile.parse(bad, "x.json"));
        assertTrue(
                e.getMessage().contains("only a ships-telemetry connection carries \"dataClasses\", not a federates"),
                e.getMessage());
    }

    @Test
    void aFederatesConnectionMustJoinAnIdentityToAProvider() {
        String bad = FILE.replace("\"to\": \"aws\"", "\"to\": \"fra\"");
        DesignFormatException e = assertThrows(DesignFormatException.class, () -> DesignFile.parse(bad, "x.json"));
        assertTrue(
                e.getMessage()
                        .contains("a federates connection must go from an identity to a provider, not from an"
                                + " identity to a region"),
                e.getMessage());
    }
}
