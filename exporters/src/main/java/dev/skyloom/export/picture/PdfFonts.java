package dev.skyloom.export.picture;

import dev.skyloom.export.diagram.TextMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of a PDF picture: the bundled DejaVu Sans (the diagram's metrics font) embedded as a subset,
 * or if that cannot be read a Unicode TrueType font from the system (DejaVu Sans, Arial), else the standard Helvetica, which only covers Latin-1. Text is reduced to
 * what the font can encode: invisible format characters (bidi marks, joiners) are dropped and any other
 * character without a glyph becomes '?', so no name can break the export.
 */
final class PdfFonts {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    /** Regular/bold pairs, tried in order. */
    private static final List<String[]> CANDIDATES = candidates();

    private final PDFont regular;
    private final PDFont bold;
    private final boolean unicode;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private int replaced;

    private PdfFonts(PDFont regular, PDFont bold, boolean unicode) {
        this.regular = regular;
        this.bold = bold;
        this.unicode = unicode;
    }

    static PdfFonts load(PDDocument document) {
        // the bundled DejaVu Sans first: the same font the diagram was measured with
        try (InputStream r = PdfFonts.class.getResourceAsStream(TextMeasure.FONT_RESOURCE);
                InputStream b = PdfFonts.class.getResourceAsStream(TextMeasure.BOLD_FONT_RESOURCE)) {
            if (r != null && b != null) {
                return new PdfFonts(PDType0Font.load(document, r), PDType0Font.load(document, b), true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot use the bundled font for PDF pictures: {}", e.getMessage());
        }
        for (String[] pair : CANDIDATES) {
            Path r = Path.of(pair[0]);
            Path b = Path.of(pair[1]);
            if (Files.isRegularFile(r) && Files.isRegularFile(b)) {
                try {
                    return new PdfFonts(
                            PDType0Font.load(document, r.toFile()), PDType0Font.load(document, b.toFile()), true);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("cannot use font {} for PDF pictures: {}", r, e.getMessage());
                }
            }
        }
        return standard();
    }

    /** Standard Helvetica only (Latin-1): the fallback when no Unicode font is installed. */
    static PdfFonts standard() {
        return new PdfFonts(
                new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                false);
    }

    private static List<String[]> candidates() {
        List<String[]> list = new ArrayList<>();
        for (String dir : List.of(
                "/usr/share/fonts/truetype/dejavu",
                "/usr/share/fonts/dejavu",
                "/usr/share/fonts/dejavu-sans-fonts",
                "/usr/share/fonts/TTF",
                "/usr/local/share/fonts")) {
            list.add(new String[] {dir + "/DejaVuSans.ttf", dir + "/DejaVuSans-Bold.ttf"});
        }
        list.add(new String[] {
            "/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"
        });
        list.add(new String[] {"/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"});
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            list.add(new String[] {windows + "\\Fonts\\arial.ttf", windows + "\\Fonts\\arialbd.ttf"});
        }
        return list;
    }

    PDFont font(boolean boldFace) {
        return boldFace ? bold : regular;
    }

    /** Whether a Unicode font was embedded (false: standard Helvetica, Latin-1 only). */
    boolean isUnicode() {
        return unicode;
    }

    /** How many characters were replaced by '?' so far. */
    int replaced() {
        return replaced;
    }

    /** The text reduced to characters the font can show. */
    String encodable(PDFont font, String text) {
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
                continue;
            }
            boolean ok = known.computeIfAbsent(cp, c -> canEncode(font, c));
            if (ok) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('?');
                replaced++;
            }
        }
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
