package dev.skyloom.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * Reads untrusted JSON text into a {@link JsonTree} with Jackson's streaming parser: no data binding,
 * no polymorphic typing, tight {@link StreamReadConstraints}, duplicate keys and trailing content
 * rejected, unpaired UTF-16 surrogates (from {@code \ud800} escapes) rejected. Every failure becomes a
 * {@link DesignFormatException} with the line and a message in plain words.
 */
final class TreeReader {
    /** Largest design file accepted, checked before reading. */
    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    static final int MAX_DEPTH = 64;
    static final int MAX_STRING = 1_000_000;
    static final int MAX_NUMBER = 64;
    static final int MAX_KEY = 256;
    /** About 150,000 components; a generated 100,000-component design has 3.3 million. */
    static final long MAX_TOKENS = 5_000_000L;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(MAX_KEY)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String file;

    private TreeReader(String file) {
        this.file = file;
    }

    static JsonTree.Node read(String text, String file) throws DesignFormatException {
        return new TreeReader(file).readDocument(text);
    }

    private JsonTree.Node readDocument(String text) throws DesignFormatException {
        JsonTree.Node root;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first;
            try {
                first = p.nextToken();
                if (first == null) {
                    throw fail(0, "file is empty (it holds only white space)");
                }
                root = value(p, first);
            } catch (JsonProcessingException e) {
                // Limit violations carry no location of their own; the parser's position is where it stopped.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw fail(lineOf(at), friendly(e));
            }
            try {
                if (p.nextToken() != null) {
                    throw fail(
                            lineOf(p.currentTokenLocation()),
                            "unexpected content after the end of the JSON document (trailing garbage)");
                }
            } catch (JsonProcessingException e) {
                throw fail(
                        lineOf(e.getLocation()),
                        "unexpected content after the end of the JSON document (trailing garbage)");
            }
        } catch (IOException e) {
            throw fail(0, "could not be read: " + Quoted.plain(String.valueOf(e.getMessage())));
        }
        return root;
    }

    // Recursion is bounded: the parser refuses to nest deeper than MAX_DEPTH before we descend.
    private JsonTree.Node value(JsonParser p, JsonToken token) throws IOException, DesignFormatException {
        int line = lineOf(p.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                JsonTree.Obj obj = new JsonTree.Obj(line);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                    String key = p.currentName();
                    checkWellFormed(key, lineOf(p.currentTokenLocation()), "a field name");
                    JsonToken v = p.nextToken();
                    obj.fields().put(key, value(p, v));
                }
                return obj;
            }
            case START_ARRAY -> {
                JsonTree.Arr arr = new JsonTree.Arr(line);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    arr.items().add(value(p, t));
                }
                return arr;
            }
            case VALUE_STRING -> {
                String s = p.getText();
                checkWellFormed(s, line, "a text value");
                return new JsonTree.Str(line, s);
            }
            case VALUE_NUMBER_INT -> {
                return new JsonTree.Num(line, p.getText(), true);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new JsonTree.Num(line, p.getText(), false);
            }
            case VALUE_TRUE -> {
                return new JsonTree.Bool(line, true);
            }
            case VALUE_FALSE -> {
                return new JsonTree.Bool(line, false);
            }
            case VALUE_NULL -> {
                return new JsonTree.Null(line);
            }
            default -> throw fail(line, "unexpected JSON token " + token);
        }
    }

    private void checkWellFormed(String s, int line, String what) throws DesignFormatException {
        for (int i = 0; i < s.length(); i++) {
            if (JsonText.isUnpaired(s, i)) {
                throw fail(
                        line,
                        what + " contains an unpaired UTF-16 surrogate (\\u" + String.format("%04x", (int) s.charAt(i))
                                + "), which is not valid Unicode text");
            }
        }
    }

    private DesignFormatException fail(int line, String message) {
        return new DesignFormatException(new FileProblem(file, line, "", "", message));
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** Jackson's message in plain words, one line, without echoing much of the file. */
    static String friendly(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.startsWith("Document nesting depth")) {
                return "nested too deeply (more than " + MAX_DEPTH + " levels of objects and lists)";
            }
            if (m.startsWith("String value length")) {
                return "a text value is longer than " + MAX_STRING + " characters";
            }
            if (m.startsWith("Number value length")) {
                return "a number is longer than " + MAX_NUMBER + " characters";
            }
            if (m.startsWith("Name length")) {
                return "a field name is longer than " + MAX_KEY + " characters";
            }
            if (m.startsWith("Document length")) {
                return "file is larger than " + (MAX_FILE_BYTES >> 20) + " MB";
            }
            if (m.startsWith("Token count")) {
                return "file holds more than " + MAX_TOKENS + " JSON values";
            }
        }
        if (m.startsWith("Duplicate ")) {
            int open = m.indexOf('\'');
            int close = m.lastIndexOf('\'');
            if (open < 0 || close <= open) {
                open = m.indexOf('"');
                close = m.lastIndexOf('"');
            }
            String key = open >= 0 && close > open ? m.substring(open + 1, close) : "?";
            return "duplicate key " + Quoted.of(key) + " in one object";
        }
        if (m.contains("end-of-input")) {
            String what = m.contains("close marker for Object")
                    ? ": an object is not closed"
                    : m.contains("close marker for Array") ? ": a list is not closed" : "";
            return "file ends unexpectedly (truncated?)" + what;
        }
        if (m.contains("'NaN'") || m.contains("Infinity'") || m.contains("'+INF'") || m.contains("'-INF'")) {
            return "NaN and Infinity are not numbers in JSON";
        }
        return "not valid JSON: " + oneLine(m);
    }

    private static String oneLine(String message) {
        String first = message;
        for (String cut : new String[] {"\n", " at [Source", " (start marker at", "[Source:"}) {
            int at = first.indexOf(cut);
            if (at >= 0) {
                first = first.substring(0, at);
            }
        }
        StringBuilder b = new StringBuilder();
        first.codePoints().limit(160).forEach(c -> {
            if (Character.isISOControl(c) || JsonText.isInvisible(c) || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
