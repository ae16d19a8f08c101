package dev.skyloom.export.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The land of the world as closed rings of longitude/latitude pairs: Natural Earth 1:110m (public domain)
 * via world-atlas 2.0.2 (ISC), converted once to a text resource ({@code land-110m.rings}; source,
 * licence and conversion in the README beside it). Read once, on first use.
 */
public final class WorldOutline {
    public static final String SOURCE = "Natural Earth 1:110m land (public domain) via world-atlas 2.0.2 (ISC)";
    private static final String FILE = "land-110m.rings";
    private static volatile WorldOutline land;

    private final List<double[]> rings;

    private WorldOutline(List<double[]> rings) {
        this.rings = List.copyOf(rings);
    }

    /** The bundled 1:110m land outline. */
    public static WorldOutline land() {
        WorldOutline w = land;
        if (w == null) {
            synchronized (WorldOutline.class) {
                w = land;
                if (w == null) {
                    w = read();
                    land = w;
                }
            }
        }
        return w;
    }

    /** Each ring as {@code lon0, lat0, lon1, lat1, …} in degrees (callers must not change the arrays). */
    public List<double[]> rings() {
        return rings;
    }

    /** How many points all rings hold together. */
    public int pointCount() {
        int n = 0;
        for (double[] r : rings) {
            n += r.length / 2;
        }
        return n;
    }

    private static WorldOutline read() {
        try (InputStream in = WorldOutline.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the world outline " + FILE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> rings = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] points = line.strip().split(" ");
                double[] ring = new double[points.length * 2];
                for (int i = 0; i < points.length; i++) {
                    int comma = points[i].indexOf(',');
                    ring[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                    ring[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                }
                rings.add(ring);
            }
            return new WorldOutline(rings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the world outline " + FILE, e);
        }
    }
}
