package dev.skyloom.export.picture;

import dev.skyloom.export.DesignExporter;
import dev.skyloom.export.ExportResult;
import dev.skyloom.icons.IconKey;
import dev.skyloom.model.text.Counted;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a {@link DiagramPicture} as a one-page vector PDF (Apache PDFBox), the page sized to the
 * picture at one point per world unit; pictures larger than the PDF page limit of 14,400 points are
 * scaled down to fit it. Text is real text (searchable, selectable) in an embedded Unicode font where
 * the system has one; see {@link PdfFonts} for characters no font can show.
 */
public final class PdfPictureExporter implements DesignExporter<DiagramPicture> {
    /** The largest page side PDF viewers accept (200 inches). */
    public static final double MAX_PAGE = 14_400;

    private static final double KAPPA = 0.5522847498;

    @Override
    public ExportResult write(DiagramPicture picture, OutputStream out) throws IOException {
        PicturePainter painter = new PicturePainter(picture, new TextMetrics());
        double s = Math.min(1, MAX_PAGE / Math.max(painter.width(), painter.height()));
        List<String> warnings = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) (painter.width() * s), (float) (painter.height() * s)));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TextMetrics.singleLine(picture.title()));
            info.setSubject(TextMetrics.singleLine(picture.subtitle()));
            info.setCreator("Skyloom");
            info.setCreationDate(Calendar.getInstance());
            PdfFonts fonts = PdfFonts.load(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (s < 1) {
                    cs.transform(Matrix.getScaleInstance((float) s, (float) s));
                }
                painter.paint(new PdfSurface(cs, fonts, painter.height()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (s < 1) {
                warnings.add("PDF page scaled to " + Math.round(s * 100) + " % to stay within the PDF page size limit");
            }
            if (fonts.replaced() > 0) {
                boolean one = fonts.replaced() == 1;
                warnings.add(Counted.of(fonts.replaced(), "character") + (one ? " has" : " have")
                        + " no glyph in the PDF font "
                        + (fonts.isUnicode() ? "" : "(no Unicode font found, using Helvetica) ")
                        + (one ? "and is" : "and are") + " shown as '?'");
            }
            doc.save(out);
        }
        return new ExportResult(List.of(), warnings);
    }

    /** Draws into a PDF content stream; flips y (PDF's origin is bottom-left). */
    private static final class PdfSurface implements PictureSurface {
        private final PDPageContentStream cs;
        private final PdfFonts fonts;
        private final double pageHeight;
        private final Map<Long, PDExtendedGraphicsState> alphaStates = new HashMap<>();
        private long currentAlpha = key(1, 1);

        PdfSurface(PDPageContentStream cs, PdfFonts fonts, double pageHeight) {
            this.cs = cs;
            this.fonts = fonts;
            this.pageHeight = pageHeight;
            try {
                cs.setLineCapStyle(1);
                cs.setLineJoinStyle(1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private float fx(double x) {
            return (float) x;
        }

        private float fy(double y) {
            return (float) (pageHeight - y);
        }

        @Override
        public void beginGroup(String role, String id, String name) {
            // structure is kept in the SVG; the PDF is a flat drawing
        }

        @Override
        public void endGroup() {
            // structure is kept in the SVG; the PDF is a flat drawing
        }

        @Override
        public void roundRect(
                double x, double y, double w, double h, double radius, PictureColour fill, PictureStroke stroke) {
            try {
                double r = Math.min(radius, Math.min(w, h) / 2);
                if (fill.isVisible()) {
                    fillColour(fill);
                    roundRectPath(x, y, w, h, r);
                    cs.fill();
                }
                if (stroke.isVisible()) {
                    strokeStyle(stroke);
                    roundRectPath(x, y, w, h, r);
                    cs.stroke();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void roundRectPath(double x, double y, double w, double h, double r) throws IOException {
            if (r <= 0) {
                cs.addRect(fx(x), fy(y + h), (float) w, (float) h);
                return;
            }
            double k = r * KAPPA;
            cs.moveTo(fx(x + r), fy(y));
            cs.lineTo(fx(x + w - r), fy(y));
            cs.curveTo(fx(x + w - r + k), fy(y), fx(x + w), fy(y + r - k), fx(x + w), fy(y + r));
            cs.lineTo(fx(x + w), fy(y + h - r));
            cs.curveTo(fx(x + w), fy(y + h - r + k), fx(x + w - r + k), fy(y + h), fx(x + w - r), fy(y + h));
            cs.lineTo(fx(x + r), fy(y + h));
            cs.curveTo(fx(x + r - k), fy(y + h), fx(x), fy(y + h - r + k), fx(x), fy(y + h - r));
            cs.lineTo(fx(x), fy(y + r));
            cs.curveTo(fx(x), fy(y + r - k), fx(x + r - k), fy(y), fx(x + r), fy(y));
            cs.closePath();
        }

        @Override
        public void polygon(double[] xs, double[] ys, PictureColour fill, PictureStroke stroke) {
            try {
                if (fill.isVisible()) {
                    fillColour(fill);
                    linePath(xs, ys);
                    cs.closePath();
                    cs.fill();
                }
                if (stroke.isVisible()) {
                    strokeStyle(stroke);
                    linePath(xs, ys);
                    cs.closePath();
                    cs.stroke();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void polyline(double[] xs, double[] ys, PictureStroke stroke) {
            if (!stroke.isVisible()) {
                return;
            }
            try {
                strokeStyle(stroke);
                linePath(xs, ys);
                cs.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void linePath(double[] xs, double[] ys) throws IOException {
            cs.moveTo(fx(xs[0]), fy(ys[0]));
            for (int i = 1; i < xs.length; i++) {
                cs.lineTo(fx(xs[i]), fy(ys[i]));
            }
        }

        @Override
        public void icon(IconKey key, double x, double y, double size, PictureColour colour) {
            AffineTransform t = AffineTransform.getTranslateInstance(x, y);
            t.scale(size / IconKey.VIEW_BOX, size / IconKey.VIEW_BOX);
            PathIterator it = SvgPathData.icon(key).getPathIterator(t);
            double[] c = new double[6];
            double lastX = 0;
            double lastY = 0;
            try {
                fillColour(colour);
                while (!it.isDone()) {
                    switch (it.currentSegment(c)) {
                        case PathIterator.SEG_MOVETO:
                            cs.moveTo(fx(c[0]), fy(c[1]));
                            lastX = c[0];
                            lastY = c[1];
                            break;
                        case PathIterator.SEG_LINETO:
                            cs.lineTo(fx(c[0]), fy(c[1]));
                            lastX = c[0];
                            lastY = c[1];
                            break;
                        case PathIterator.SEG_QUADTO: {
                            double c1x = lastX + 2.0 / 3 * (c[0] - lastX);
                            double c1y = lastY + 2.0 / 3 * (c[1] - lastY);
                            double c2x = c[2] + 2.0 / 3 * (c[0] - c[2]);
                            double c2y = c[3] + 2.0 / 3 * (c[1] - c[3]);
                            cs.curveTo(fx(c1x), fy(c1y), fx(c2x), fy(c2y), fx(c[2]), fy(c[3]));
                            lastX = c[2];
                            lastY = c[3];
                            break;
                        }
                        case PathIterator.SEG_CUBICTO:
                            cs.curveTo(fx(c[0]), fy(c[1]), fx(c[2]), fy(c[3]), fx(c[4]), fy(c[5]));
                            lastX = c[4];
                            lastY = c[5];
                            break;
                        default:
                            cs.closePath();
                            break;
                    }
                    it.next();
                }
                cs.fillEvenOdd();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void text(
                String text, double x, double y, double size, boolean bold, PictureColour colour, Align align) {
            if (text.isEmpty() || !colour.isVisible()) {
                return;
            }
            PDFont font = fonts.font(bold);
            String shown = fonts.encodable(font, text);
            if (shown.isEmpty()) {
                return;
            }
            try {
                double w = align == Align.LEFT ? 0 : font.getStringWidth(shown) / 1000 * size;
                double tx = align == Align.CENTER ? x - w / 2 : align == Align.RIGHT ? x - w : x;
                fillColour(colour);
                cs.beginText();
                cs.setFont(font, (float) size);
                cs.newLineAtOffset(fx(tx), fy(y));
                cs.showText(shown);
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void fillColour(PictureColour c) throws IOException {
            cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            alpha(c.opacity(), unpackStroke(currentAlpha));
        }

        private void strokeStyle(PictureStroke stroke) throws IOException {
            PictureColour c = stroke.colour();
            cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            alpha(unpackFill(currentAlpha), c.opacity());
            cs.setLineWidth((float) stroke.width());
            double[] dash = stroke.dash();
            float[] pattern = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                pattern[i] = (float) dash[i];
            }
            cs.setLineDashPattern(pattern, 0);
        }

        private void alpha(double fill, double stroke) throws IOException {
            long k = key(fill, stroke);
            if (k == currentAlpha) {
                return;
            }
            PDExtendedGraphicsState gs = alphaStates.computeIfAbsent(k, kk -> {
                PDExtendedGraphicsState state = new PDExtendedGraphicsState();
                state.setNonStrokingAlphaConstant((float) unpackFill(kk));
                state.setStrokingAlphaConstant((float) unpackStroke(kk));
                return state;
            });
            cs.setGraphicsStateParameters(gs);
            currentAlpha = k;
        }

        private static long key(double fill, double stroke) {
            return Math.round(fill * 255) * 256 + Math.round(stroke * 255);
        }

        private static double unpackFill(long k) {
            return (k / 256) / 255.0;
        }

        private static double unpackStroke(long k) {
            return (k % 256) / 255.0;
        }
    }
}
