package org.mnistlab.engine.io;

import java.util.Locale;

/**
 * What a data file must be, to verify a copy obtained from a cache, a mirror or a package.
 *
 * @param name the file's name, uncompressed (mirrors add ".gz")
 * @param size its length in bytes, uncompressed
 * @param sha256 SHA-256 of the uncompressed bytes, lower-case hex; authoritative for every source
 * @param md5 MD5 of the uncompressed bytes, lower-case hex, or {@code null} if not known
 * @param gzipMd5 MD5 of the original {@code .gz} file the well-known mirrors serve, or {@code null}
 */
public record FileSpec(String name, long size, String sha256, String md5, String gzipMd5) {

    /** Validates and normalizes the hex digests. */
    public FileSpec {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("name must be a plain file name, got '" + name + "'");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + size);
        }
        sha256 = hex("sha256", sha256, 64);
        md5 = md5 == null ? null : hex("md5", md5, 32);
        gzipMd5 = gzipMd5 == null ? null : hex("gzipMd5", gzipMd5, 32);
    }

    private static String hex(final String what, final String value, final int length) {
        if (value == null || value.length() != length || !value.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException(what + " must be " + length + " hex digits, got '" + value + "'");
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
