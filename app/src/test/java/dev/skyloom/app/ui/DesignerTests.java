package dev.skyloom.app.ui;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.document.DesignIo;

/** The file format the robot tests save and open with: the real one. */
final class DesignerTests {
    private DesignerTests() {}

    static DesignIo io() {
        return DesignIos.standard();
    }
}
