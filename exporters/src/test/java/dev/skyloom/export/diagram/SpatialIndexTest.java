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
}
