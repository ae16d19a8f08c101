package dev.skyloom.export.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

public class HclSyntaxTest {
    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", HclSyntax.quoted("a\"b\\c\nd\re\tf"));
    }

    @Test
    void doublesTemplateMarkersSoTheyStayText() {
        assertEquals("\"$${jndi:ldap://x}\"", HclSyntax.quoted("${jndi:ldap://x}"));
        assertEquals("\"%%{ for x in y }\"", HclSyntax.quoted("%{ for x in y }"));
        assertEquals("\"$$${already}\"", HclSyntax.quoted("$${already}"));
        assertEquals("\"cost $5 and 5%\"", HclSyntax.quoted("cost $5 and 5%"));
    }

    @Test
    void escapesBidiZeroWidthAndControlCharactersButKeepsEmojiAndRtlLetters() {
        assertEquals("\"a\\u202Eb\\u200Bc\\u0000\\u0085\"", HclSyntax.quoted("a\u202Eb\u200Bc\u0000\u0085"));
        assertEquals("\"\uD83D\uDE80 مرحبا\"", HclSyntax.quoted("\uD83D\uDE80 مرحبا"));
        assertEquals("\"\\u2028\"", HclSyntax.quoted("\u2028"));
    }

    @Test
    void replacesLoneSurrogatesWithAnEscapedReplacementCharacter() {
        assertEquals("\"x\\uFFFDy\"", HclSyntax.quoted("x\uD800y"));
    }

    @Test
    void normalisesToNfcAsTerraformDoes() {
        assertEquals("\"\u00e9\"", HclSyntax.quoted("e\u0301"));
    }

    @Test
    void commentTextIsOneEscapedLineCutToTheLimit() {
        String c = HclSyntax.commentText("x\n}\nresource \"evil\" \"r\" {", 200);
        assertFalse(c.contains("\n"));
        assertEquals("x\\n}\\nresource \\\"evil\\\" \\\"r\\\" {", c);
        assertEquals("aaa...", HclSyntax.commentText("aaaaaa", 3));
        assertThrows(IllegalArgumentException.class, () -> new Comment("a\nb"));
    }

    @Test
    void randomStringsRoundTripThroughASpecDecoder() {
        Random random = new Random(42);
        String alphabet = "ab\"\\\n\r\t${}%$$%%{ \u202E\u200D\u0000\u00e9e\u0301\uD83D\uDE80\u05D0";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int j = 0; j < len; j++) {
                int k = random.nextInt(alphabet.length());
                char ch = alphabet.charAt(k);
                if (Character.isHighSurrogate(ch) && k + 1 < alphabet.length()) {
                    sb.append(ch).append(alphabet.charAt(k + 1));
                } else if (!Character.isLowSurrogate(ch)) {
                    sb.append(ch);
                }
            }
            String input = sb.toString();
            String quoted = HclSyntax.quoted(input);
            assertFalse(quoted.contains("\n") || quoted.contains("\r"), quoted);
            assertEquals(Normalizer.normalize(input, Normalizer.Form.NFC), decode(quoted), "input " + List.of(input));
        }
    }

    @Test
    void identifiersFollowTerraformRules() {
        assertTrue(HclSyntax.isIdentifier("aws_vpc"));
        assertTrue(HclSyntax.isIdentifier("_x-1"));
        assertFalse(HclSyntax.isIdentifier("1abc"));
        assertFalse(HclSyntax.isIdentifier("a b"));
        assertFalse(HclSyntax.isIdentifier("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> HclExpression.Reference.of("var.x\"}"));
        assertThrows(IllegalArgumentException.class, () -> new Attribute("x = 1\ny", new HclExpression.Null()));
        assertThrows(IllegalArgumentException.class, () -> new Block("resource\"", List.of(), List.of()));
    }

    @Test
    void traversalStepsAllowOnlyNumericIndexes() {
        assertTrue(HclSyntax.isTraversalStep("names"));
        assertTrue(HclSyntax.isTraversalStep("names[0]"));
        assertTrue(HclSyntax.isTraversalStep("names[0][12]"));
        assertFalse(HclSyntax.isTraversalStep("names[]"));
        assertFalse(HclSyntax.isTraversalStep("names[x]"));
        assertFalse(HclSyntax.isTraversalStep("names[0"));
        assertFalse(HclSyntax.isTraversalStep("names[0]x"));
        assertFalse(HclSyntax.isTraversalStep("names[0]]"));
        assertFalse(HclSyntax.isTraversalStep("1names[0]"));
    }

    @Test
    void plainAsciiIsWrittenAsItIsAndEverythingElseStillEscaped() {
        assertEquals("\"gpu-pool_1 (eu-west) A.B\"", HclSyntax.quoted("gpu-pool_1 (eu-west) A.B"));
        assertEquals("\"a$b%c\"", HclSyntax.quoted("a$b%c"));
        assertEquals("\"$${x}\"", HclSyntax.quoted("${x}"));
        assertEquals("\"\\u007F\"", HclSyntax.quoted("\u007f"));
    }

    @Test
    void numbersAreWrittenWithoutTrailingZerosOrExponent() {
        assertEquals("10", HclWriter.number(new java.math.BigDecimal("10")));
        assertEquals("10", HclWriter.number(new java.math.BigDecimal("1E+1")));
        assertEquals("2.5", HclWriter.number(new java.math.BigDecimal("2.50")));
        assertEquals("3", HclWriter.number(new java.math.BigDecimal("3.000")));
    }

    /** A decoder written from the HCL spec: fails on a live template sequence. */
    public static String decode(String quoted) {
        assertTrue(quoted.startsWith("\"") && quoted.endsWith("\"") && quoted.length() >= 2);
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n':
                        out.append('\n');
                        break;
                    case 'r':
                        out.append('\r');
                        break;
                    case 't':
                        out.append('\t');
                        break;
                    case '"':
                        out.append('"');
                        break;
                    case '\\':
                        out.append('\\');
                        break;
                    case 'u':
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                        break;
                    case 'U':
                        out.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                        i += 8;
                        break;
                    default:
                        throw new AssertionError("bad escape \\" + n + " in " + quoted);
                }
            } else if (c == '"') {
                throw new AssertionError("unescaped quote in " + quoted);
            } else if ((c == '$' || c == '%') && s.startsWith(c + "" + c + "{", i)) {
                out.append(c).append('{');
                i += 2;
            } else if ((c == '$' || c == '%') && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                throw new AssertionError("live template sequence in " + quoted);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
