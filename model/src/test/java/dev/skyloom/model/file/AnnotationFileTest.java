package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Design;
import dev.skyloom.model.InvalidDesignException;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.edit.Edit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes and zones in the file: a design with them is format 2 and reads back equal; without them nothing changes. */
class AnnotationFileTest {
    private static final Annotation ZONE =
            new Annotation("zone-1", Annotation.Kind.ZONE, "Phase 2", new Bounds(10, 20, 400, 300));
    private static final Annotation NOTE = new Annotation(
            "note-1", Annotation.Kind.NOTE, "Client's \"existing\" estate\nsecond line", new Bounds(30.5, 40, 200, 90));

    @Test
    void aDesignWithAnnotationsIsWrittenAsFormat2AndReadsBackEqual() throws Exception {
        Design d = TestDesigns.minimal().withAnnotations(List.of(ZONE, NOTE));
        assertEquals(1, TestDesigns.minimal().formatVersion());
        assertEquals(2, d.formatVersion());
        String json = DesignFile.toJson(d);
        assertTrue(json.startsWith("{\n  \"skyloom\": 2,"), json);
        assertTrue(json.contains("\"annotations\": ["), json);
        assertEquals(d, DesignFile.parse(json, "a.skyloom.json"));
    }

    @Test
    void aDesignWithoutAnnotationsIsWrittenAsBefore() throws Exception {
        Design d = TestDesigns.minimal();
        String json = DesignFile.toJson(d);
        assertTrue(!json.contains("annotations"), json);
        assertEquals(json, DesignFile.toJson(DesignFile.parse(json, "a.skyloom.json")));
    }

    @Test
    void anUnknownKindIsRefusedWithItsName() {
        String json = DesignFile.toJson(TestDesigns.minimal().withAnnotations(List.of(ZONE)))
                .replace("\"kind\": \"zone\"", "\"kind\": \"sticker\"");
        DesignFormatException e =
                assertThrows(DesignFormatException.class, () -> DesignFile.parse(json, "a.skyloom.json"));
        assertTrue(e.getMessage().contains("sticker"), e.getMessage());
    }

    @Test
    void anAnnotationIdMayNotRepeatAComponentId() {
        Design d = TestDesigns.minimal();
        String taken = d.components().get(0).id();
        assertThrows(
                InvalidDesignException.class,
                () -> d.withAnnotations(
                        List.of(new Annotation(taken, Annotation.Kind.NOTE, "x", new Bounds(0, 0, 10, 10)))));
    }

    @Test
    void settingAnnotationsIsOneEditThatUndoesToTheOldList() {
        Design d = TestDesigns.minimal();
        Edit add = new Edit.SetAnnotations("Add note", List.of(NOTE));
        Design after = add.applyTo(d);
        assertEquals(List.of(NOTE), after.annotations());
        assertEquals(d.components(), after.components());
        assertEquals("Add note", add.label());
    }
}
