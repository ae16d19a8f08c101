package dev.skyloom.model.file;

import dev.skyloom.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes {@code *.skyloom.json} design files (format version 1, see docs/FILE-FORMAT.md).
 *
 * <p>Reading treats the file as untrusted: size, nesting, string and number limits; strict UTF-8 (a
 * UTF-8 byte-order mark is accepted and dropped, UTF-16/32 are refused); duplicate keys and trailing
 * content rejected; no type coercion; every problem of the file reported at once with its line. Older
 * formats are migrated in memory; newer ones are refused. Writing is canonical (same design, same bytes)
 * and saving is atomic with a {@code .bak} of the previous version.
 */
public final class DesignFile {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] GZIP = {0x1f, (byte) 0x8b};

    private DesignFile() {}

    /** Reads a design file; any problem (including I/O) becomes a {@link DesignFormatException}. */
    public static Design read(Path path) throws DesignFormatException {
        String name = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw problem(name, 0, "is a folder, not a design file");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // Opening a named pipe blocks until someone writes to it; a device may never end.
                throw problem(name, 0, "is not a regular file (a named pipe, device or socket), not a design file");
            }
            long size = Files.size(path);
            if (size > TreeReader.MAX_FILE_BYTES) {
                throw problem(name, 0, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(TreeReader.MAX_FILE_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw problem(name, 0, "file not found");
        } catch (IOException | SecurityException e) {
            throw problem(name, 0, "could not be read: " + Quoted.plain(describe(e)));
        }
        return parse(bytes, name);
    }

    /** Parses design JSON given as text. */
    public static Design parse(String json, String fileName) throws DesignFormatException {
        return parse(json, fileName, Migrations.STANDARD);
    }

    /** Parses design JSON given as bytes, which must be UTF-8 (with or without a byte-order mark). */
    public static Design parse(byte[] bytes, String fileName) throws DesignFormatException {
        Objects.requireNonNull(bytes, "bytes");
        return parse(decode(bytes, fileName), fileName, Migrations.STANDARD);
    }

    /** The canonical text of a design: stable order, two-space indentation, ending with a newline. */
    public static String toJson(Design design) {
        return DesignWriter.write(design);
    }

    /**
     * Saves atomically: a crash at any moment leaves the old file or the new one, never a mixture. The
     * previous version is kept as {@code NAME.bak} (for {@code x.skyloom.json}: {@code x.skyloom.json.bak}).
     * The bytes are read back and compared with the design as saved ({@link #asSaved}) before they replace
     * anything.
     */
    public static void save(Design design, Path path) throws IOException {
        Design expected = asSaved(design);
        byte[] bytes = toJson(design).getBytes(StandardCharsets.UTF_8);
        AtomicSave.write(path, bytes, written -> {
            Design back;
            try {
                back = parse(written, path.toString());
            } catch (DesignFormatException e) {
                throw new IOException("the written file does not read back: " + e.getMessage(), e);
            }
            if (!back.equals(expected)) {
                throw new IOException("the written file reads back as a different design; nothing was replaced");
            }
        });
    }

    /** The design as its file reads back: the same, with the layout on half units. */
    public static Design asSaved(Design design) {
        java.util.Map<String, dev.skyloom.model.Bounds> layout = new java.util.LinkedHashMap<>();
        design.layout().forEach((id, b) -> layout.put(id, b.onHalfUnits()));
        return layout.equals(design.layout()) ? design : design.withLayout(layout);
    }

    static Design parse(String json, String fileName, Migrations migrations) throws DesignFormatException {
        Objects.requireNonNull(json, "json");
        String file = fileName == null ? "" : fileName;
        try {
            if (json.length() > TreeReader.MAX_FILE_BYTES) {
                throw problem(file, 0, tooLarge(json.length()));
            }
            String text = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
            if (text.isEmpty()) {
                throw problem(file, 0, "file is empty: not a Skyloom design");
            }
            JsonTree.Node root = TreeReader.read(text, file);
            if (!(root instanceof JsonTree.Obj obj)) {
                throw problem(
                        file, root.line(), "not a Skyloom design: expected a JSON object, found " + root.describe());
            }
            int version = version(obj, file, migrations);
            return DesignBinder.bind(migrations.upgrade(obj, version), file);
        } catch (RuntimeException e) {
            // Last line of defence: a reader bug must still surface as a format problem, never as a crash.
            throw problem(
                    file,
                    0,
                    "could not be read (internal error: " + e.getClass().getSimpleName() + ")");
        }
    }

    private static int version(JsonTree.Obj root, String file, Migrations migrations) throws DesignFormatException {
        JsonTree.Node v = root.fields().get(Migrations.VERSION_KEY);
        if (v == null) {
            throw problem(file, root.line(), "not a Skyloom design: the \"skyloom\" format version field is missing");
        }
        if (!(v instanceof JsonTree.Num num) || !num.integral() || num.text().length() > 9) {
            throw problem(
                    file, v.line(), "\"skyloom\" must be the format version (a whole number), not " + v.describe());
        }
        int version = Integer.parseInt(num.text());
        if (version > migrations.current()) {
            throw problem(
                    file,
                    v.line(),
                    "written by a newer Skyloom (format " + version + "); this version reads format "
                            + migrations.current());
        }
        if (version < migrations.oldest()) {
            String range = migrations.oldest() == migrations.current()
                    ? "format " + migrations.current()
                    : "formats " + migrations.oldest() + " to " + migrations.current();
            throw problem(file, v.line(), "unknown format version " + version + "; this version reads " + range);
        }
        return version;
    }

    /** Strict UTF-8 with an optional byte-order mark; recognisable non-JSON files are named. */
    private static String decode(byte[] bytes, String file) throws DesignFormatException {
        if (bytes.length == 0) {
            throw problem(file, 0, "file is empty: not a Skyloom design");
        }
        if (bytes.length > TreeReader.MAX_FILE_BYTES) {
            throw problem(file, 0, tooLarge(bytes.length));
        }
        boolean allZero = true;
        for (byte b : bytes) {
            if (b != 0) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            throw problem(file, 0, "file is damaged: it holds only zero bytes (try the .bak copy)");
        }
        String kind = startsWith(bytes, PNG)
                ? "a PNG image"
                : startsWith(bytes, ZIP)
                        ? "a ZIP archive (an Excel workbook?)"
                        : startsWith(bytes, PDF) ? "a PDF document" : startsWith(bytes, GZIP) ? "gzip data" : null;
        if (kind != null) {
            throw problem(file, 0, "not a Skyloom design: this is " + kind);
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (looksLikeUtf16or32(bytes)) {
            throw problem(file, 0, "file is not UTF-8 text (it looks like UTF-16 or UTF-32); save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes, start);
            int line = 1;
            for (int i = start; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw problem(
                    file,
                    line,
                    "file is not valid UTF-8 text: byte 0x" + String.format("%02X", bytes[offset] & 0xff)
                            + " at offset " + offset);
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Math.min(in.position(), bytes.length - 1);
            }
            if (result.isUnderflow()) {
                return bytes.length - 1;
            }
            out.clear();
        }
    }

    private static boolean looksLikeUtf16or32(byte[] b) {
        if (b.length >= 2
                && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
                        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE))) {
            return true;
        }
        return b.length >= 2 && (b[0] == 0 || b[1] == 0);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String tooLarge(long size) {
        return "file is too large (" + (size >> 20) + " MB; the limit is " + (TreeReader.MAX_FILE_BYTES >> 20) + " MB)";
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static DesignFormatException problem(String file, int line, String message) {
        return new DesignFormatException(List.of(new FileProblem(file, line, "", "", message)));
    }
}
