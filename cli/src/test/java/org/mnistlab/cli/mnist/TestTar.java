package org.mnistlab.cli.mnist;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes small tar archives for tests: plain ustar headers, pax path records or GNU long names. */
final class TestTar {

    /** How a path longer than 100 bytes is stored. */
    enum LongNames {
        PAX, GNU
    }

    private final ByteArrayOutputStream m_out = new ByteArrayOutputStream();

    private final LongNames m_longNames;

    TestTar(final LongNames longNames) {
        m_longNames = longNames;
    }

    TestTar file(final String path, final byte[] content) {
        final byte[] name = path.getBytes(StandardCharsets.UTF_8);
        if (name.length > 100) {
            if (m_longNames == LongNames.PAX) {
                final String rec = record("path=" + path);
                entry("PaxHeader/x", 'x', rec.getBytes(StandardCharsets.UTF_8));
            } else {
                final byte[] withNul = (path + "\0").getBytes(StandardCharsets.UTF_8);
                entry("././@LongLink", 'L', withNul);
            }
            entry(path.substring(path.length() - 90), '0', content);
        } else {
            entry(path, '0', content);
        }
        return this;
    }

    TestTar folder(final String path) {
        entry(path.endsWith("/") ? path : path + "/", '5', new byte[0]);
        return this;
    }

    /** @return the archive with its two closing zero blocks */
    byte[] bytes() {
        final ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(m_out.toByteArray());
        all.writeBytes(new byte[1024]);
        return all.toByteArray();
    }

    /** A pax record "<len> <kv>\n" whose length counts its own digits. */
    private static String record(final String kv) {
        int len = kv.length() + 3;
        while (Integer.toString(len).length() + kv.length() + 2 != len) {
            len++;
        }
        return len + " " + kv + "\n";
    }

    private void entry(final String name, final char type, final byte[] content) {
        final byte[] h = new byte[512];
        put(h, 0, name, 100);
        put(h, 100, "0000644", 8);
        put(h, 108, "0000000", 8);
        put(h, 116, "0000000", 8);
        put(h, 124, String.format("%011o", content.length), 12);
        put(h, 136, "00000000000", 12);
        h[156] = (byte)type;
        put(h, 257, "ustar", 6);
        h[263] = '0';
        h[264] = '0';
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (final byte b : h) {
            sum += b & 0xFF;
        }
        put(h, 148, String.format("%06o", sum), 7);
        m_out.writeBytes(h);
        m_out.writeBytes(content);
        m_out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }

    private static void put(final byte[] h, final int at, final String s, final int max) {
        final byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, Math.min(b.length, max));
    }
}
