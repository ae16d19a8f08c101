package dev.skyloom.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 8: no message reads "1 notes". The messages are built in code (there is no resource
 * catalogue), so this scans every main source of the product for a count glued to a plural noun — {@code
 * x.size() + " notes"}, {@code "%d errors"} — which says "1 notes" when the count is one. Counts go through
 * {@link dev.skyloom.model.text.Counted}, or a branch on 1 written next to them. Nor may a message hedge with
 * "noun(s)": it reads "1 error(s)" where "1 error" is meant.
 */
class PluralMessagesTest {
    /** A count expression followed by a literal starting with a plural-looking word. */
    private static final List<Pattern> COUNT_THEN_PLURAL = List.of(
            // also "(problems.size() - 1) + \" more problems\"", which reads "1 more problems"
            Pattern.compile(
                    "(\\.size\\(\\)|\\.length\\(\\)|\\bcount\\w*\\b|\\b[a-z]\\b)((\\s*[-+]\\s*\\w+)+\\))?\\s*\\+"
                            + "\\s*\"\\s(?:more\\s|other\\s)?[a-z]+s\\b"),
            Pattern.compile("\"[^\"]*%d [a-z]+s\\b"));
    /** A string literal (after char literals are dropped, so {@code '"'} does not open one). */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** A char literal, including {@code '"'} and {@code '\\''}. */
    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)'");
    /** A line that chooses the singular itself ({@code n == 1 ? ... : ...}). */
    private static final Pattern CHOOSES_SINGULAR = Pattern.compile("==\\s*1\\s*\\?");

    @Test
    void countedUsesTheSingularForOneOnly() {
        assertEquals("1 note", Counted.of(1, "note"));
        assertEquals("0 notes", Counted.of(0, "note"));
        assertEquals("2 notes", Counted.of(2, "note"));
        assertEquals("1 child", Counted.of(1, "child", "children"));
        assertEquals("3 children", Counted.of(3, "child", "children"));
    }

    @Test
    void aCountOfMoreThingsIsFound() {
        Pattern p = COUNT_THEN_PLURAL.get(0);
        assertTrue(p.matcher("first + \" (and \" + (problems.size() - 1) + \" more problems)\"")
                .find());
        assertTrue(p.matcher("\"… and \" + (results.size() - MAX_TABLE_ROWS + 1) + \" more outages\"")
                .find());
        assertTrue(p.matcher("x.size() + \" notes\"").find());
        assertFalse(p.matcher("\"… and \" + (ids.size() - 12) + \" more\"").find());
    }

    @Test
    void theHedgedPluralIsFoundInStringLiteralsOnly() {
        assertTrue(hedgesPlural("warnings.add(n + \" item(s) unpriced\");"));
        assertTrue(hedgesPlural("out.println(\"Mapped: \" + k + \" resource(s)\" + '\"');"));
        assertFalse(hedgesPlural("return share.map(s -> points(s) + \" %\").orElse(\"—\");"));
        assertFalse(hedgesPlural("char q = '\"'; f(s); char r = '\"';"));
        assertFalse(hedgesPlural("out.println(Counted.of(n, \"item\") + \" unpriced\");"));
    }

    /** True when a string literal on the line says "noun(s)" instead of choosing singular or plural. */
    static boolean hedgesPlural(String line) {
        Matcher m = STRING_LITERAL.matcher(CHAR_LITERAL.matcher(line).replaceAll("''"));
        while (m.find()) {
            if (m.group().contains("(s)")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noMessageGluesACountToAPluralNoun() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String module : List.of("catalog", "model", "exporters", "app")) {
            Path root = Path.of("..", module, "src", "main", "java");
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        String previous = i > 0 ? lines.get(i - 1) : "";
                        if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                            continue;
                        }
                        if (hedgesPlural(line)) {
                            offenders.add(f.getFileName() + ":" + (i + 1) + ": " + line.strip());
                        }
                        for (Pattern p : COUNT_THEN_PLURAL) {
                            Matcher m = p.matcher(line);
                            if (m.find()
                                    && !CHOOSES_SINGULAR.matcher(line).find()
                                    && !CHOOSES_SINGULAR.matcher(previous).find()
                                    && !line.contains("toString()")) {
                                offenders.add(f.getFileName() + ":" + (i + 1) + ": " + line.strip());
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "counts glued to a plural noun or \"noun(s)\" (use Counted.of)");
    }
}
