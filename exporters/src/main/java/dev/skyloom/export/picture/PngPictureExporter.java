package dev.skyloom.export.picture;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.icons.IconKey;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Renders a {@link DiagramPicture} to a PNG with Java2D (antialiased, works with {@code
 * java.awt.headless=true}). {@code scale} 2 gives twice the pixels of the canvas at 100 % (sharp on
 * slides and high-density screens). A picture larger than {@link #MAX_PIXELS} or {@link #MAX_SIDE} is
 * rendered at the largest scale that fits, and the result carries a warning saying so.
 */
public final class PngPictureExporter implements DesignExporter<DiagramPicture> {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** 40 megapixels: about 160 MB of image memory while rendering. */
    public static final long MAX_PIXELS = 40_000_000L;

    public static final int MAX_SIDE = 16_384;

    private final double scale;

    public PngPictureExporter() {
        this(1);
    }

    /** @throws IllegalArgumentException when the scale is not a number between 0.1 and 8 */
    public PngPictureExporter(double scale) {
        this.scale = checkScale(scale);
    }

    public static double checkScale(double scale) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(
                    "scale must be a number from " + num(MIN_SCALE) + " to " + num(MAX_SCALE) + ", not " + scale);
        }
        return scale;
    }

    public double scale() {
        return scale;
    }

    /** Pixel size {width, height} of the picture at this exporter's scale, after any downscale. */
    public int[] pixelSize(DiagramPicture picture) {
        PicturePainter painter = new PicturePainter(picture, new TextMetrics());
        double s = effectiveScale(painter.width(), painter.height());
        return new int[] {pixels(painter.width(), s), pixels(painter.height(), s)};
    }

    private double effectiveScale(double width, double height) {
        double s = scale;
        s = Math.min(s, MAX_SIDE / width);
        s = Math.min(s, MAX_SIDE / height);
        s = Math.min(s, Math.sqrt(MAX_PIXELS / (width * height)));
        return s;
    }

    private static int pixels(double units, double s) {
        return Math.max(1, (int) Math.ceil(units * s - 1e-6));
    }

    @Override
    public ExportResult write(DiagramPicture picture, OutputStream out) throws IOException {
        TextMetrics metrics = new TextMetrics();
        PicturePainter painter = new PicturePainter(picture, metrics);
        double s = effectiveScale(painter.width(), painter.height());
        List<String> warnings = new ArrayList<>();
        if (s < scale) {
            warnings.add("picture scaled down from " + num(scale) + " to " + String.format(Locale.ROOT, "%.3f", s)
                    + " to stay within " + MAX_SIDE + " pixels a side and " + (MAX_PIXELS / 1_000_000)
                    + " megapixels");
        }
        BufferedImage image =
                new BufferedImage(pixels(painter.width(), s), pixels(painter.height(), s), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(colour(picture.theme().background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(s, s);
            painter.paint(new Java2DSurface(g, metrics));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return new ExportResult(List.of(), warnings);
    }

    static Color colour(PictureColour c) {
        return new Color(c.argb(), true);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Draws with a Graphics2D already scaled to page units. */
    static final class Java2DSurface implements PictureSurface {
        private final Graphics2D g;
        private final TextMetrics metrics;

        Java2DSurface(Graphics2D g, TextMetrics metrics) {
            this.g = g;
            this.metrics = metrics;
        }

        @Override
        public void beginGroup(String role, String id, String name) {
            // a raster has no structure to record
        }

        @Override
        public void endGroup() {
            // a raster has no structure to record
        }

        @Override
        public void roundRect(
                double x, double y, double w, double h, double radius, PictureColour fill, PictureStroke stroke) {
            double r = Math.min(radius, Math.min(w, h) / 2);
            RoundRectangle2D.Double shape = new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r);
            if (fill.isVisible()) {
                g.setColor(colour(fill));
                g.fill(shape);
            }
            if (stroke.isVisible()) {
                apply(stroke);
                g.draw(shape);
            }
        }

        @Override
        public void polygon(double[] xs, double[] ys, PictureColour fill, PictureStroke stroke) {
            Path2D.Double p = path(xs, ys);
            p.closePath();
            if (fill.isVisible()) {
                g.setColor(colour(fill));
                g.fill(p);
            }
            if (stroke.isVisible()) {
                apply(stroke);
                g.draw(p);
            }
        }

        @Override
        public void polyline(double[] xs, double[] ys, PictureStroke stroke) {
            if (stroke.isVisible()) {
                apply(stroke);
                g.draw(path(xs, ys));
            }
        }

        @Override
        public void icon(IconKey key, double x, double y, double size, PictureColour colour) {
            AffineTransform t = AffineTransform.getTranslateInstance(x, y);
            t.scale(size / IconKey.VIEW_BOX, size / IconKey.VIEW_BOX);
            g.setColor(colour(colour));
            g.fill(t.createTransformedShape(SvgPathData.icon(key)));
        }

        @Override
        public void text(
                String text, double x, double y, double size, boolean bold, PictureColour colour, Align align) {
            if (text.isEmpty() || !colour.isVisible()) {
                return;
            }
            Font font = metrics.font(size, bold);
            if (font.canDisplayUpTo(text) != -1) {
                // characters outside DejaVu Sans (CJK, many emoji): the platform's sans-serif has fallbacks
                font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
            }
            double w = align == Align.LEFT ? 0 : metrics.width(text, size, bold);
            double tx = align == Align.CENTER ? x - w / 2 : align == Align.RIGHT ? x - w : x;
            g.setFont(font);
            g.setColor(colour(colour));
            g.drawString(text, (float) tx, (float) y);
        }

        private void apply(PictureStroke stroke) {
            g.setColor(colour(stroke.colour()));
            double[] dash = stroke.dash();
            float[] pattern = null;
            if (dash.length > 0) {
                pattern = new float[dash.length];
                for (int i = 0; i < dash.length; i++) {
                    pattern[i] = (float) Math.max(0.01, dash[i]);
                }
            }
            g.setStroke(new BasicStroke(
                    (float) stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, pattern, 0f));
        }

        private static Path2D.Double path(double[] xs, double[] ys) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                p.lineTo(xs[i], ys[i]);
            }
            return p;
        }
    }
}
