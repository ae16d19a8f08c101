package dev.skyloom.app.ui;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.Doubles;

/** The file format the robot tests save and open with. */
final class DesignerTests {
    private DesignerTests() {}

    static DesignIo io() {
        return new Doubles.MemoryIo();
    }
}
