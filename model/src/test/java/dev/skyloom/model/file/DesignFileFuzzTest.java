package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random damage to valid files (truncation, flipped bits, inserted, deleted and duplicated bytes): the
 * reader may only return a design that survives its own round trip or throw {@link DesignFormatException};
 * any other throwable, or an "internal error" problem, is a bug.
 */
class DesignFileFuzzTest {
    private static final int ROUNDS = 3000;

    @Test
    void damagedFilesGiveOnlyDesignsOrFormatExceptions() {
        byte[][] seeds = {
            DesignFile.toJson(TestDesigns.euTraining()).getBytes(StandardCharsets.UTF_8),
            DesignFile.toJson(TestDesigns.unicode()).getBytes(StandardCharsets.UTF_8),
            BadInputs.validBase()
        };
        Random random = new Random(20261122L);
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            byte[] seed = seeds[round % seeds.length];
            byte[] damaged = damage(seed, random);
            try {
                Design d = DesignFile.parse(damaged, "fuzz.json");
                assertEquals(d, DesignFile.parse(DesignFile.toJson(d), "again.json"), "round " + round);
            } catch (DesignFormatException e) {
                refused++;
                assertFalse(e.getMessage().contains("internal error"), "round " + round + ": " + e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            } catch (Throwable t) {
                fail("round " + round + " threw " + t + " for: " + new String(damaged, StandardCharsets.UTF_8), t);
            }
        }
        // Most damage must be caught; a few flips land in names and stay valid.
        assertFalse(refused < ROUNDS / 2, "only " + refused + " of " + ROUNDS + " damaged files were refused");
    }

    private static byte[] damage(byte[] seed, Random random) {
        int kind = random.nextInt(5);
        int at = random.nextInt(seed.length);
        switch (kind) {
            case 0 -> {
                return Arrays.copyOf(seed, at);
            }
            case 1 -> {
                byte[] b = seed.clone();
                b[at] ^= (byte) (1 << random.nextInt(8));
                return b;
            }
            case 2 -> {
                byte[] b = new byte[seed.length + 1];
                System.arraycopy(seed, 0, b, 0, at);
                b[at] = (byte) random.nextInt(256);
                System.arraycopy(seed, at, b, at + 1, seed.length - at);
                return b;
            }
            case 3 -> {
                int len = Math.min(seed.length - at, 1 + random.nextInt(40));
                byte[] b = new byte[seed.length - len];
                System.arraycopy(seed, 0, b, 0, at);
                System.arraycopy(seed, at + len, b, at, seed.length - at - len);
                return b;
            }
            default -> {
                int len = Math.min(seed.length - at, 1 + random.nextInt(80));
                byte[] b = new byte[seed.length + len];
                System.arraycopy(seed, 0, b, 0, at + len);
                System.arraycopy(seed, at, b, at + len, seed.length - at);
                return b;
            }
        }
    }
}
