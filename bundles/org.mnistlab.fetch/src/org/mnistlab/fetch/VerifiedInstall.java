package org.mnistlab.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;

/**
 * Puts a file into a cache folder only once it is proven right: the content streams into a temporary file in the
 * same folder while its digests are computed, and only a file whose size, SHA-256 (and MD5, where known) match is
 * renamed to its final name, atomically where the file system allows. A reader of the cache therefore never sees a
 * partial or wrong file under the final name. A process filling a shared cache holds its {@link CacheLock} meanwhile.
 */
public final class VerifiedInstall {

    private static final int BUFFER = 1 << 16;

    private static final AtomicLong TMP_COUNTER = new AtomicLong();

    private VerifiedInstall() {
    }

    /**
     * @param content the file's uncompressed bytes; read to the end, not closed
     * @param spec what the file must be
     * @param folder the cache folder; created if needed
     * @param source where the bytes come from, for messages (a URL, a package file)
     * @param monitor checked for cancellation while copying
     * @return the installed file
     * @throws IOException if reading or writing fails or the content does not match; nothing is left behind then
     */
    public static Path install(final InputStream content, final FileSpec spec, final Path folder, final String source,
        final Monitor monitor) throws IOException {
        Files.createDirectories(folder);
        // not Files.createTempFile: its owner-only permissions would make a shared cache unreadable to others
        final Path tmp = folder.resolve(
            spec.name() + "." + ProcessHandle.current().pid() + "-" + TMP_COUNTER.incrementAndGet() + ".tmp");
        try {
            final MessageDigest sha = digest("SHA-256");
            final MessageDigest md5 = spec.md5() == null ? null : digest("MD5");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
                final byte[] buf = new byte[BUFFER];
                int n;
                while ((n = content.read(buf)) >= 0) {
                    monitor.checkCanceled();
                    out.write(buf, 0, n);
                    sha.update(buf, 0, n);
                    if (md5 != null) {
                        md5.update(buf, 0, n);
                    }
                    size += n;
                }
            }
            if (size != spec.size()) {
                throw new IOException(source + ": " + spec.name() + " has " + size + " bytes, expected " + spec.size());
            }
            check(source, spec.name(), "SHA-256", spec.sha256(), sha);
            if (md5 != null) {
                check(source, spec.name(), "MD5", spec.md5(), md5);
            }
            final Path target = folder.resolve(spec.name());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param name file name for the message
     * @param algorithm digest name for the message
     * @param expected lower-case hex
     * @param actual the computed digest
     * @throws IOException naming source, file, expected and actual digest when they differ
     */
    static void check(final String source, final String name, final String algorithm, final String expected,
        final MessageDigest actual) throws IOException {
        final String got = HexFormat.of().formatHex(actual.digest());
        if (!got.equals(expected)) {
            throw new IOException(source + ": checksum mismatch: " + algorithm + " of " + name + " is " + got
                + ", expected " + expected);
        }
    }

    /**
     * @param algorithm "SHA-256" or "MD5", which every Java platform provides
     * @return a fresh digest
     */
    static MessageDigest digest(final String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java platform lacks " + algorithm, e);
        }
    }
}
