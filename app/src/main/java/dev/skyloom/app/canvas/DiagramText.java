package dev.skyloom.app.canvas;

import dev.skyloom.icons.IconKey;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import java.math.BigDecimal;

/** What the canvas writes on cards and edges, and how edge kinds are dashed. */
final class DiagramText {
    private DiagramText() {}

    static String fact(Component c) {
        if (c instanceof Component.GpuPool p) {
            return p.instanceType() + " × " + p.count();
        }
        if (c instanceof Component.Storage st) {
            return st.storageClass() + " · " + plain(st.capacityTb()) + " TB";
        }
        if (c instanceof Component.Pipeline p) {
            return "survives " + p.survives().json();
        }
        return "";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static IconKey iconKey(Component c) {
        if (c instanceof Component.Region r && r.isCustom()) {
            return IconKey.CUSTOM_SITE;
        }
        return IconKey.forComponentType(c.type().json());
    }

    /** Cuts text to the width available, estimated from the font size (measuring every string is too slow). */
    static String fit(String s, double room, double size) {
        int max = (int) (room / (size * 0.58));
        if (s.length() <= max) {
            return s;
        }
        return max <= 1 ? "" : s.substring(0, max - 1) + "…";
    }

    static double[] dashes(ConnectionType t, double z) {
        switch (t) {
            case RUNS_ON:
                return new double[] {7 * z, 5 * z};
            case REPLICATES_TO:
                return new double[] {2 * z, 4 * z};
            default:
                return null;
        }
    }
}
