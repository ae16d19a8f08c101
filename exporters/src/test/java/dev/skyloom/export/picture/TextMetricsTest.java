package dev.skyloom.export.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
    private final TextMetrics metrics = new TextMetrics();

    @Test
    void keepsTextThatFitsAndCutsTheRestWithAnEllipsis() {
        assertEquals("Lake", metrics.fit("Lake", 200, 13, true));
        String cut = metrics.fit("A rather long pipeline name that cannot fit", 120, 13, true);
        assertTrue(cut.endsWith("…") && cut.length() < 30, cut);
        assertTrue(metrics.width(cut, 13, true) <= 120);
        assertEquals("", metrics.fit("Lake", 2, 13, true));
    }

    @Test
    void wrapsAtSpacesAndShortensOnlyTheLastLine() {
        assertEquals(List.of("Checkpoints"), metrics.wrap("Checkpoints", 200, 12, true, 2));
        List<String> two = metrics.wrap("Customer data lake with history", 110, 12, true, 2);
        assertEquals(2, two.size(), two.toString());
        assertEquals("Customer data", two.get(0));
        assertTrue(two.get(1).startsWith("lake") && two.get(1).endsWith("…"), two.toString());
        List<String> unbroken = metrics.wrap("N".repeat(10_000), 110, 12, true, 2);
        assertEquals(1, unbroken.size(), "a word wider than a line is shortened, never split");
        assertTrue(unbroken.get(0).startsWith("NNN") && unbroken.get(0).endsWith("…"), unbroken.toString());
    }

    @Test
    void makesUserTextOneLine() {
        assertEquals("a b c", TextMetrics.singleLine("  a\n\r\tb\u2028\u0000c "));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String rockets = "\uD83D\uDE80".repeat(200);
        String cut = metrics.fit(rockets, 100, 13, false);
        String body = cut.substring(0, cut.length() - 1);
        assertEquals(0, body.length() % 2, "whole pairs only");
        assertTrue(Character.isLowSurrogate(body.charAt(body.length() - 1)));
    }
}
