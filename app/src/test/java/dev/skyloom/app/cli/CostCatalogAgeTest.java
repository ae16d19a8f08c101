package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cost --json}'s catalog freshness when the design uses no catalog price: no age, not an age of 0. */
class CostCatalogAgeTest {
    @Test
    void aDesignPricedOnlyByItsOwnUnitPricesHasNoOldestPriceAge(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("own-prices.skyloom.json");
        Files.writeString(file, """
                {
                  "skyloom": 2,
                  "name": "Own prices only",
                  "currency": "USD",
                  "components": [
                    { "id": "dc", "type": "provider", "name": "Our DC", "provider": "onprem" },
                    { "id": "site", "type": "region", "parent": "dc", "name": "Site", "region": "custom", "country": "DE" },
                    { "id": "pool", "type": "gpu-pool", "parent": "site", "name": "Pool", "instanceType": "dgx-h100",
                      "count": 1, "pricing": "on-demand", "hoursPerMonth": 730, "unitPrice": 10 }
                  ],
                  "connections": []
                }
                """);

        CliRun r = CliRun.of("cost", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode catalog = new ObjectMapper().readTree(r.out()).get("catalog");
        assertTrue(catalog.get("oldestPriceUsed").isNull(), catalog.toString());
        assertTrue(catalog.get("oldestPriceAgeDays").isNull(), catalog.toString());
        assertFalse(catalog.get("stale").asBoolean());

        CliRun text = CliRun.of("cost", file.toString());
        assertFalse(text.out().contains("oldest price used"), text.out());
    }
}
