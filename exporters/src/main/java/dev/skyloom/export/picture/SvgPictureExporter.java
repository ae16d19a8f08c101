package dev.skyloom.export.picture;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.icons.IconKey;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link DiagramPicture} as a standalone SVG 1.1 document: vector shapes, real text (every
 * component's full name is also in a {@code <title>} of its group, which viewers show as a tooltip),
 * all user text escaped. Sizes are in CSS pixels, one per world unit.
 */
public final class SvgPictureExporter implements DesignExporter<DiagramPicture> {
    static final String FONT_FAMILY = "'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

    @Override
    public ExportResult write(DiagramPicture picture, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        PicturePainter painter = new PicturePainter(picture, new TextMetrics());
        String width = num(painter.width());
        String height = num(painter.height());
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"" + XmlText.attribute(FONT_FAMILY)
                + "\">\n");
        w.write("<title>" + XmlText.content(picture.title()) + "</title>\n");
        w.write("<desc>" + XmlText.content(picture.subtitle()) + "</desc>\n");
        try {
            painter.paint(new SvgSurface(w));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.write("</svg>\n");
        w.flush();
        return new ExportResult(List.of(), List.of());
    }

    /** A coordinate with at most two decimals and no trailing zeros (formatted by hand: 90,000 edges). */
    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        long a = Math.abs(r);
        StringBuilder sb = new StringBuilder(12);
        if (r < 0) {
            sb.append('-');
        }
        sb.append(a / 100).append('.');
        long frac = a % 100;
        if (frac % 10 == 0) {
            sb.append(frac / 10);
        } else {
            sb.append(frac < 10 ? "0" : "").append(frac);
        }
        return sb.toString();
    }

    /** Emits one SVG element per drawing operation. */
    private static final class SvgSurface implements PictureSurface {
        private final Writer w;

        SvgSurface(Writer w) {
            this.w = w;
        }

        private void out(String s) {
            try {
                w.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void beginGroup(String role, String id, String name) {
            out("<g class=\"" + XmlText.attribute(role) + "\" data-id=\"" + XmlText.attribute(id) + "\">");
            if (!name.isEmpty()) {
                out("<title>" + XmlText.content(name) + "</title>");
            }
            out("\n");
        }

        @Override
        public void endGroup() {
            out("</g>\n");
        }

        @Override
        public void roundRect(
                double x, double y, double w, double h, double radius, PictureColour fill, PictureStroke stroke) {
            if (!fill.isVisible() && !stroke.isVisible()) {
                return;
            }
            StringBuilder sb = new StringBuilder(128);
            sb.append("<rect x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(num(y))
                    .append("\" width=\"")
                    .append(num(w))
                    .append("\" height=\"")
                    .append(num(h))
                    .append('"');
            if (radius > 0) {
                double r = Math.min(radius, Math.min(w, h) / 2);
                sb.append(" rx=\"").append(num(r)).append('"');
            }
            paint(sb, fill, stroke);
            sb.append("/>\n");
            out(sb.toString());
        }

        @Override
        public void polygon(double[] xs, double[] ys, PictureColour fill, PictureStroke stroke) {
            StringBuilder sb = new StringBuilder(128);
            sb.append("<polygon points=\"");
            points(sb, xs, ys);
            sb.append('"');
            paint(sb, fill, stroke);
            sb.append("/>\n");
            out(sb.toString());
        }

        @Override
        public void polyline(double[] xs, double[] ys, PictureStroke stroke) {
            if (!stroke.isVisible()) {
                return;
            }
            StringBuilder sb = new StringBuilder(128);
            sb.append("<polyline points=\"");
            points(sb, xs, ys);
            sb.append('"');
            paint(sb, PictureColour.NONE, stroke);
            sb.append("/>\n");
            out(sb.toString());
        }

        @Override
        public void icon(IconKey key, double x, double y, double size, PictureColour colour) {
            StringBuilder sb = new StringBuilder(key.pathData().length() + 160);
            sb.append("<path transform=\"translate(")
                    .append(num(x))
                    .append(' ')
                    .append(num(y))
                    .append(") scale(")
                    .append(String.format(Locale.ROOT, "%.4f", size / IconKey.VIEW_BOX))
                    .append(")\" fill-rule=\"evenodd\" d=\"")
                    .append(XmlText.attribute(key.pathData()))
                    .append('"');
            paint(sb, colour, PictureStroke.NONE);
            sb.append("/>\n");
            out(sb.toString());
        }

        @Override
        public void text(
                String text, double x, double y, double size, boolean bold, PictureColour colour, Align align) {
            if (text.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder(text.length() + 120);
            sb.append("<text x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(num(y))
                    .append("\" font-size=\"")
                    .append(num(size))
                    .append('"');
            if (bold) {
                sb.append(" font-weight=\"bold\"");
            }
            if (align == Align.CENTER) {
                sb.append(" text-anchor=\"middle\"");
            } else if (align == Align.RIGHT) {
                sb.append(" text-anchor=\"end\"");
            }
            sb.append(" fill=\"").append(colour.hex()).append('"');
            if (colour.opacity() < 1) {
                sb.append(" fill-opacity=\"").append(num(colour.opacity())).append('"');
            }
            sb.append('>').append(XmlText.content(text)).append("</text>\n");
            out(sb.toString());
        }

        private static void points(StringBuilder sb, double[] xs, double[] ys) {
            for (int i = 0; i < xs.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(num(xs[i])).append(',').append(num(ys[i]));
            }
        }

        private static void paint(StringBuilder sb, PictureColour fill, PictureStroke stroke) {
            if (fill.isVisible()) {
                sb.append(" fill=\"").append(fill.hex()).append('"');
                if (fill.opacity() < 1) {
                    sb.append(" fill-opacity=\"").append(num(fill.opacity())).append('"');
                }
            } else {
                sb.append(" fill=\"none\"");
            }
            if (stroke.isVisible()) {
                PictureColour c = stroke.colour();
                sb.append(" stroke=\"")
                        .append(c.hex())
                        .append("\" stroke-width=\"")
                        .append(num(stroke.width()));
                sb.append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"");
                if (c.opacity() < 1) {
                    sb.append(" stroke-opacity=\"").append(num(c.opacity())).append('"');
                }
                if (stroke.isDashed()) {
                    sb.append(" stroke-dasharray=\"");
                    double[] dash = stroke.dash();
                    for (int i = 0; i < dash.length; i++) {
                        sb.append(i > 0 ? " " : "").append(num(dash[i]));
                    }
                    sb.append('"');
                }
            }
        }
    }
}
