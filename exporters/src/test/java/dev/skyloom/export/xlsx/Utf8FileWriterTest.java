package dev.skyloom.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8FileWriterTest {
    private static byte[] write(String... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8FileWriter w = new Utf8FileWriter(out)) {
            for (String p : parts) {
                w.write(p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void encodesLikeTheJdkForEveryKindOfCharacter() throws Exception {
        String text = "plain → Zürich 東京 🚀 עברית \u202e <&> \u0000 end";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), write(text));
    }

    @Test
    void joinsASurrogatePairSplitAcrossTwoWrites() throws Exception {
        String rocket = "🚀";
        assertArrayEquals(rocket.getBytes(StandardCharsets.UTF_8), write(rocket.substring(0, 1), rocket.substring(1)));
    }

    @Test
    void replacesUnpairedSurrogatesWithAQuestionMark() throws Exception {
        assertEquals("a?b", new String(write("a\uD800b"), StandardCharsets.UTF_8));
        assertEquals("a?b", new String(write("a\uDC00b"), StandardCharsets.UTF_8));
        assertEquals("a?", new String(write("a\uD83D"), StandardCharsets.UTF_8));
    }

    @Test
    void randomTextLargerThanTheBufferRoundTrips() throws Exception {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"a", "<c r=\"A1\">", "é", "→", "🚀", "漢", "\n", "x".repeat(100)};
        while (sb.length() < 300_000) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = sb.toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Utf8FileWriter w = new Utf8FileWriter(out)) {
            int i = 0;
            while (i < text.length()) {
                int n = Math.min(text.length() - i, 1 + random.nextInt(5000));
                if (random.nextBoolean()) {
                    w.write(text, i, n);
                } else {
                    w.write(text.toCharArray(), i, n);
                }
                i += n;
            }
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
