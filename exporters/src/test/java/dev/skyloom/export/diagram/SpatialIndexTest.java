package dev.skyloom.export.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {
    private static int[] query(SpatialIndex index, Rect r) {
        int[] n = new int[1];
        int[] found = index.query(r, n);
        return Arrays.copyOf(found, n[0]);
    }

    @Test
    void findsHugeItemsWithoutAGridCellPerUnitOfTheirArea() {
        SpatialIndex index = new SpatialIndex(3, 400);
        index.add(0, new Rect(0, 0, 200, 80));
        // 25,000 x 25,000 cells of 400 units: kept in the list of large items instead
        index.add(1, new Rect(0, 0, 10_000_000, 10_000_000));
        index.add(2, new Rect(1e9, 0, 300, 180));
        assertArrayEquals(new int[] {0, 1}, query(index, new Rect(10, 10, 5, 5)));
        assertArrayEquals(new int[] {1}, query(index, new Rect(5_000_000, 5_000_000, 1, 1)));
        assertArrayEquals(new int[] {2}, query(index, new Rect(1e9 + 10, 10, 1, 1)));
        assertArrayEquals(new int[] {}, query(index, new Rect(-500, -500, 10, 10)));
    }

    @Test
    void findsExactlyWhatAScanOfEveryItemFindsInAscendingOrder() {
        java.util.Random rnd = new java.util.Random(3);
        int n = 3_000;
        Rect[] rects = new Rect[n];
        SpatialIndex index = new SpatialIndex(n, 120);
        for (int i = 0; i < n; i++) {
            // negative and positive cells, points, long lines and boxes over many cells (the table grows)
            double x = rnd.nextInt(40_000) - 20_000;
            double y = rnd.nextInt(40_000) - 20_000;
            double w =
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> rnd.nextInt(5_000);
                        default -> rnd.nextInt(300);
                    };
            double h = i % 4 == 1 ? 0 : rnd.nextInt(300);
            rects[i] = new Rect(x, y, w, h);
            index.add(i, rects[i]);
        }
        for (int q = 0; q < 400; q++) {
            // small queries look cells up one by one; the largest scan every cell the index has
            double size = q % 10 == 0 ? 50_000 : rnd.nextInt(2_000);
            Rect r = new Rect(rnd.nextInt(40_000) - 20_000 - size / 2, rnd.nextInt(40_000) - 20_000, size, size / 2);
            int[] expected = java.util.stream.IntStream.range(0, n)
                    .filter(i -> rects[i].intersects(r))
                    .toArray();
            assertArrayEquals(expected, query(index, r), r.toString());
        }
    }
}
