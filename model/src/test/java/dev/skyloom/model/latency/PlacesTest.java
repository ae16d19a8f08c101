package dev.skyloom.model.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
    @Test
    void findsCitiesByKeyAndSearchesByNameIgnoringAccentsMostPopulousFirst() {
        Places places = Places.bundled();
        Place sp = places.find("sao-paulo-br").orElseThrow();
        assertEquals("São Paulo", sp.name());
        assertEquals(-23.5475, sp.location().latitude(), 1e-9);

        List<Place> found = places.search("sao pa", 5);
        assertEquals("sao-paulo-br", found.get(0).key());
        assertTrue(places.search("frankfurt", 3).stream().anyMatch(p -> p.key().equals("frankfurt-am-main-de")));
        List<Place> germany = places.search("DE", 50);
        assertEquals(50, germany.size());
        assertTrue(germany.stream().anyMatch(p -> p.key().equals("berlin-de")));
        assertTrue(germany.stream()
                .allMatch(p -> p.country().equals("DE") || Places.fold(p.name()).contains("de")));
    }

    @Test
    void listIsTrimmedToLargeCitiesAndCapitalsWithUniqueKeys() {
        List<Place> all = Places.bundled().all();
        assertEquals(1764, all.size());
        assertEquals(all.size(), all.stream().map(Place::key).distinct().count());
        assertTrue(all.get(0).population() >= all.get(all.size() - 1).population());
    }
}
