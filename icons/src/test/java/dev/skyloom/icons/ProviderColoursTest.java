package dev.skyloom.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderColoursTest {

    @Test
    void knownProvidersHaveDistinctColoursAndShortInitials() {
        Set<String> colours = new HashSet<>();
        for (String id : ProviderColours.knownProviders()) {
            ProviderColours.Badge b = ProviderColours.badge(id);
            assertTrue(b.hex().matches("#[0-9A-F]{6}"), b.hex());
            assertTrue(colours.add(b.hex()), "colour used twice: " + b.hex());
            assertTrue(b.initials().length() >= 1 && b.initials().length() <= 3, b.initials());
        }
        assertEquals("AWS", ProviderColours.initials("aws"));
        assertEquals(ProviderColours.hex("aws"), ProviderColours.hex("AWS"));
    }

    @Test
    void unknownProviderGetsAStableColourAndInitialsFromItsId() {
        ProviderColours.Badge a = ProviderColours.badge("acme-gpu-cloud");
        assertEquals(a, ProviderColours.badge("acme-gpu-cloud"));
        assertEquals("Agc", a.initials());
        assertEquals("?", ProviderColours.initialsOf("--"));
        assertEquals("Ze", ProviderColours.initialsOf("zenlayer"));
    }

    @Test
    void textColourIsWhiteOnDarkAndDarkOnLight() {
        assertEquals("#FFFFFF", ProviderColours.textOn("#1C3F94"));
        assertEquals("#1B1F24", ProviderColours.textOn("#F5F5F5"));
    }
}
