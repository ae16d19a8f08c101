package dev.skyloom.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without locking, for one thread writing a temporary sheet file. {@code
 * BufferedWriter} over {@code OutputStreamWriter} takes a lock on every call, and POI's sheet writer
 * makes several calls per cell. Surrogate pairs are encoded as one four-byte sequence even when split
 * across calls; an unpaired surrogate becomes {@code ?} like the JDK's encoder does.
 */
final class Utf8FileWriter extends Writer {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private char pendingHigh;
    private boolean closed;

    Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                if (pos == buf.length) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(cbuf[i]);
        }
    }

    private void put(char c) throws IOException {
        if (buf.length - pos < 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[pos++] = (byte) (0xF0 | (cp >> 18));
                buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[pos++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[pos++] = '?';
            if (buf.length - pos < 4) {
                drain();
            }
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | (c >> 6));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | (c >> 12));
            buf[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
