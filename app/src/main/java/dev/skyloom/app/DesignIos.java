package dev.skyloom.app;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentException;
import dev.skyloom.model.Design;
import java.nio.file.Path;

/** The design file format used by the app. */
final class DesignIos {
    private DesignIos() {}

    static DesignIo standard() {
        return new DesignIo() {
            @Override
            public Design read(Path file) throws DocumentException {
                throw new DocumentException(file + ": design files are not supported by this build yet");
            }

            @Override
            public Design parse(String json, String fileName) throws DocumentException {
                throw new DocumentException(fileName + ": design files are not supported by this build yet");
            }

            @Override
            public String toJson(Design design) {
                return "{}";
            }

            @Override
            public void save(Design design, Path file) throws DocumentException {
                throw new DocumentException(file + ": design files are not supported by this build yet");
            }
        };
    }
}
