package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The migration chain, exercised with test formats: "format 0" names the kind of components and
 * connections {@code kind} instead of {@code type}, "format -1" also calls the list {@code nodes}. A real format 2 reader adds
 * its step to {@link Migrations#STANDARD} the same way.
 */
class MigrationsTest {
    /** Format 0 → 1: components and connections had "kind" where format 1 has "type". */
    private static final Migration KIND_TO_TYPE = new Migration() {
        @Override
        public int from() {
            return 0;
        }

        @Override
        public void apply(JsonTree.Obj root) {
            for (String list : List.of("components", "connections")) {
                if (!(root.fields().get(list) instanceof JsonTree.Arr items)) {
                    continue;
                }
                for (JsonTree.Node n : items.items()) {
                    if (n instanceof JsonTree.Obj c && c.fields().containsKey("kind")) {
                        Map<String, JsonTree.Node> renamed = new java.util.LinkedHashMap<>();
                        c.fields().forEach((k, v) -> renamed.put(k.equals("kind") ? "type" : k, v));
                        c.fields().clear();
                        c.fields().putAll(renamed);
                    }
                }
            }
        }
    };

    /** Format -1 → 0: the component list was called "nodes". */
    private static final Migration NODES_TO_COMPONENTS = new Migration() {
        @Override
        public int from() {
            return -1;
        }

        @Override
        public void apply(JsonTree.Obj root) {
            JsonTree.Node nodes = root.fields().remove("nodes");
            if (nodes != null) {
                root.fields().put("components", nodes);
            }
        }
    };

    private static final String CURRENT = DesignFile.toJson(TestDesigns.euTraining());

    private static String format0() {
        return CURRENT.replace("\"skyloom\": 1", "\"skyloom\": 0").replace("\"type\": \"", "\"kind\": \"");
    }

    @Test
    void theStandardChainReadsExactlyTheCurrentFormat() {
        assertEquals(Design.FORMAT_VERSION, Migrations.STANDARD.current());
        assertEquals(1, Migrations.STANDARD.oldest());
    }

    @Test
    void readsAnOlderFormatThroughItsMigrationStep() throws Exception {
        Migrations chain = new Migrations(1, List.of(KIND_TO_TYPE));
        Design migrated = DesignFile.parse(format0(), "old.skyloom.json", chain);
        assertEquals(TestDesigns.euTraining(), migrated);
    }

    @Test
    void appliesStepsInOrderFromTheFilesFormat() throws Exception {
        Migrations chain = new Migrations(1, List.of(NODES_TO_COMPONENTS, KIND_TO_TYPE));
        String formatMinus1 =
                format0().replace("\"skyloom\": 0", "\"skyloom\": -1").replace("\"components\":", "\"nodes\":");
        assertEquals(TestDesigns.euTraining(), DesignFile.parse(formatMinus1, "older.json", chain));
        assertEquals(TestDesigns.euTraining(), DesignFile.parse(format0(), "old.json", chain));
        assertEquals(TestDesigns.euTraining(), DesignFile.parse(CURRENT, "current.json", chain));
    }

    @Test
    void upgradeSetsTheVersionFieldAfterEachStep() {
        List<String> seen = new ArrayList<>();
        Migration recordVersion0 = new Migration() {
            @Override
            public int from() {
                return 0;
            }

            @Override
            public void apply(JsonTree.Obj root) {
                seen.add(((JsonTree.Num) root.fields().get("skyloom")).text());
            }
        };
        JsonTree.Obj root = new JsonTree.Obj(1);
        root.fields().put("skyloom", new JsonTree.Num(2, "-1", true));
        new Migrations(1, List.of(NODES_TO_COMPONENTS, recordVersion0)).upgrade(root, -1);
        assertEquals(List.of("0"), seen);
        assertEquals("1", ((JsonTree.Num) root.fields().get("skyloom")).text());
    }

    @Test
    void aFormatTwoReaderReadsFormatOneAndRefusesFormatThree() throws Exception {
        Migration oneToTwo = new Migration() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void apply(JsonTree.Obj root) {
                root.fields().put("migratedToTwo", new JsonTree.Bool(0, true));
            }
        };
        Migrations two = new Migrations(2, List.of(oneToTwo));
        Design d = DesignFile.parse(CURRENT, "one.json", two);
        assertEquals("true", d.extras().get("migratedToTwo"));
        DesignFormatException e = assertThrows(
                DesignFormatException.class,
                () -> DesignFile.parse(CURRENT.replace("\"skyloom\": 1", "\"skyloom\": 3"), "three.json", two));
        assertTrue(
                e.getMessage().contains("written by a newer Skyloom (format 3); this version reads format 2"),
                e.getMessage());
        e = assertThrows(
                DesignFormatException.class,
                () -> DesignFile.parse(CURRENT.replace("\"skyloom\": 1", "\"skyloom\": 0"), "zero.json", two));
        assertTrue(
                e.getMessage().contains("unknown format version 0; this version reads formats 1 to 2"), e.getMessage());
    }

    @Test
    void refusesAChainWithAGap() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(2, List.of(KIND_TO_TYPE)));
    }
}
