package dev.skyloom.export.diagram;

import java.util.Arrays;

/**
 * A uniform grid of buckets over world coordinates. Items are ints (their draw order); a query returns
 * every item whose rectangle meets the query rectangle, once, in ascending order, so culled drawing
 * keeps the painter's order.
 */
public final class SpatialIndex {
    private final double cell;
    /**
     * The buckets by cell, in an open-addressing table of primitive keys: the index is built again after
     * every structural edit, and boxing a key per cell made building it the larger part of the work.
     */
    private long[] keys = new long[64];

    private Bucket[] buckets = new Bucket[64];
    private int used;
    private final Rect[] rects;
    private int[] stamp;
    private int stampValue;
    private int[] scratch = new int[64];

    /**
     * Items spanning more than {@link #MAX_CELLS} cells are kept in one list that every query scans: a
     * legal 10,000,000-unit box would otherwise fill hundreds of millions of buckets.
     */
    private final Bucket large = new Bucket();

    private static final long MAX_CELLS = 4096;

    /** An index for items 0..capacity-1 with the given bucket size in world units. */
    public SpatialIndex(int capacity, double cell) {
        this.cell = cell;
        this.rects = new Rect[capacity];
        this.stamp = new int[capacity];
    }

    public void add(int item, Rect r) {
        rects[item] = r;
        int x0 = (int) Math.floor(r.x() / cell);
        int x1 = (int) Math.floor(r.maxX() / cell);
        int y0 = (int) Math.floor(r.y() / cell);
        int y1 = (int) Math.floor(r.maxY() / cell);
        if (((long) x1 - x0 + 1) * ((long) y1 - y0 + 1) > MAX_CELLS) {
            large.add(item);
            return;
        }
        for (int gx = x0; gx <= x1; gx++) {
            for (int gy = y0; gy <= y1; gy++) {
                bucketAt(key(gx, gy)).add(item);
            }
        }
    }

    /** Items meeting {@code r}, ascending. The returned array is valid until the next query. */
    public int[] query(Rect r, int[] countOut) {
        stampValue++;
        if (stampValue == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            stampValue = 1;
        }
        int count = collect(large.items, large.size, r, 0);
        int x0 = (int) Math.floor(r.x() / cell);
        int x1 = (int) Math.floor(r.maxX() / cell);
        int y0 = (int) Math.floor(r.y() / cell);
        int y1 = (int) Math.floor(r.maxY() / cell);
        long cells = ((long) x1 - x0 + 1) * ((long) y1 - y0 + 1);
        if (cells > used) {
            for (int slot = 0; slot < buckets.length; slot++) {
                Bucket b = buckets[slot];
                if (b == null) {
                    continue;
                }
                int gx = (int) (keys[slot] >> 32);
                int gy = (int) keys[slot];
                if (gx >= x0 && gx <= x1 && gy >= y0 && gy <= y1) {
                    count = collect(b.items, b.size, r, count);
                }
            }
        } else {
            for (int gx = x0; gx <= x1; gx++) {
                for (int gy = y0; gy <= y1; gy++) {
                    Bucket b = bucket(key(gx, gy));
                    if (b != null) {
                        count = collect(b.items, b.size, r, count);
                    }
                }
            }
        }
        Arrays.sort(scratch, 0, count);
        countOut[0] = count;
        return scratch;
    }

    private int collect(int[] arr, int n, Rect r, int count) {
        for (int i = 0; i < n; i++) {
            int item = arr[i];
            if (stamp[item] != stampValue && rects[item].intersects(r)) {
                stamp[item] = stampValue;
                if (count == scratch.length) {
                    scratch = Arrays.copyOf(scratch, count * 2);
                }
                scratch[count++] = item;
            }
        }
        return count;
    }

    /** The items of one grid cell. */
    private static final class Bucket {
        int[] items = new int[4];
        int size;

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }
    }

    /** The bucket of a cell, or null. */
    private Bucket bucket(long key) {
        int mask = buckets.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            Bucket b = buckets[slot];
            if (b == null || keys[slot] == key) {
                return b;
            }
        }
    }

    /** The bucket of a cell, made if it has none (the table stays at most half full). */
    private Bucket bucketAt(long key) {
        int mask = buckets.length - 1;
        int slot = slot(key, mask);
        while (buckets[slot] != null) {
            if (keys[slot] == key) {
                return buckets[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (2 * (used + 1) > buckets.length) {
            grow();
            return bucketAt(key);
        }
        used++;
        keys[slot] = key;
        return buckets[slot] = new Bucket();
    }

    private void grow() {
        long[] oldKeys = keys;
        Bucket[] old = buckets;
        keys = new long[old.length * 2];
        buckets = new Bucket[old.length * 2];
        int mask = buckets.length - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != null) {
                int slot = slot(oldKeys[i], mask);
                while (buckets[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                buckets[slot] = old[i];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long key(int gx, int gy) {
        return ((long) gx << 32) | (gy & 0xffffffffL);
    }
}
