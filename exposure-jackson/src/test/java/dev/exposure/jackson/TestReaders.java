package dev.exposure.jackson;

import java.io.Reader;
import java.util.Arrays;

/** Readers for the tests of the CSV readers: one that hands out a character at a time, one that never ends. */
final class TestReaders {

    private TestReaders() {
    }

    /**
     * Returns a reader that gives one character per {@code read}, so that every CR LF, doubled quote and the
     * byte-order mark straddle two reads.
     *
     * @param text the text
     * @return the reader
     */
    static Reader oneCharacterAtATime(String text) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (pos == text.length()) {
                    return -1;
                }
                buf[off] = text.charAt(pos++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Returns a reader of a prefix followed by one character repeated without end: a file without line ends.
     *
     * @param prefix the text first
     * @param c the character repeated
     * @return the reader
     */
    static Reader endless(String prefix, char c) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos < prefix.length()) {
                    int n = Math.min(len, prefix.length() - pos);
                    prefix.getChars(pos, pos + n, buf, off);
                    pos += n;
                    return n;
                }
                Arrays.fill(buf, off, off + len, c);
                return len;
            }

            @Override
            public void close() {
            }
        };
    }
}
