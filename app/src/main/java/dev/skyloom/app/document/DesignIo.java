package dev.skyloom.app.document;

import dev.skyloom.model.Design;
import java.nio.file.Path;

/** Reading and writing design files; the app's port onto the model's file format. */
public interface DesignIo {
    /** Reads a design; a bad file gives a {@link DocumentException} with one line naming the file and problem. */
    Design read(Path file) throws DocumentException;

    Design parse(String json, String fileName) throws DocumentException;

    String toJson(Design design);

    /** Writes atomically: the old file stays intact if anything fails. */
    void save(Design design, Path file) throws DocumentException;
}
