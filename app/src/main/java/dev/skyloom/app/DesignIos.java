package dev.skyloom.app;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentException;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.io.IOException;
import java.nio.file.Path;

/** The app's port onto the model's file format ({@link DesignFile}: validated reads, atomic saves). */
public final class DesignIos {
    private DesignIos() {}

    public static DesignIo standard() {
        return new DesignIo() {
            @Override
            public Design read(Path file) throws DocumentException {
                try {
                    return DesignFile.read(file);
                } catch (DesignFormatException e) {
                    throw new DocumentException(e.getMessage(), e);
                }
            }

            @Override
            public Design parse(String json, String fileName) throws DocumentException {
                try {
                    return DesignFile.parse(json, fileName);
                } catch (DesignFormatException e) {
                    throw new DocumentException(e.getMessage(), e);
                }
            }

            @Override
            public String toJson(Design design) {
                return DesignFile.toJson(design);
            }

            @Override
            public void save(Design design, Path file) throws DocumentException {
                try {
                    DesignFile.save(design, file);
                } catch (IOException e) {
                    throw new DocumentException(file + ": cannot save: " + e.getMessage(), e);
                }
            }
        };
    }
}
