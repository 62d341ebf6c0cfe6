package org.mnistlab.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Gzip;

/**
 * Checks that a folder holds exactly the expected files: each file's content (uncompressed, whether stored raw or as
 * {@code .gz}) must have the expected size and SHA-256. Downloads are checked this way before they enter a cache
 * ({@link VerifiedInstall}); this checks files that are already there, e.g. a folder a user named, before reading.
 */
public final class Checksums {

    private static final int BUFFER = 1 << 16;

    private Checksums() {
    }

    /**
     * @param folder the folder holding the files, each raw ({@code name}) or compressed ({@code name.gz})
     * @param files what they must be
     * @param monitor progress (by bytes) and cancellation
     * @throws IOException if a file is missing or unreadable, or its size or SHA-256 differs: "checksum mismatch:
     *             SHA-256 of train-images-idx3-ubyte is ..., expected ..."
     */
    public static void verify(final Path folder, final List<FileSpec> files, final Monitor monitor)
        throws IOException {
        long total = 0;
        for (final FileSpec f : files) {
            total += f.size();
        }
        for (final FileSpec f : files) {
            verify(folder, f, monitor.sub(total == 0 ? 0 : (double)f.size() / total));
        }
    }

    private static void verify(final Path folder, final FileSpec spec, final Monitor monitor) throws IOException {
        final Path raw = folder.resolve(spec.name());
        final Path file = Files.exists(raw) ? raw : folder.resolve(spec.name() + ".gz");
        if (!Files.exists(file)) {
            throw new IOException(raw + ": file not found (nor " + spec.name() + ".gz)");
        }
        monitor.progress(0, "verifying " + file.getFileName());
        final MessageDigest sha = VerifiedInstall.digest("SHA-256");
        long size = 0;
        try (InputStream in = Gzip.open(file).in()) {
            final byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) >= 0) {
                monitor.checkCanceled();
                sha.update(buf, 0, n);
                size += n;
                monitor.progress(spec.size() == 0 ? 1 : Math.min(1, (double)size / spec.size()), null);
            }
        }
        if (size != spec.size()) {
            throw new IOException(file + ": " + spec.name() + " has " + size + " bytes, expected " + spec.size()
                + " (not the original MNIST file)");
        }
        VerifiedInstall.check(file.toString(), spec.name(), "SHA-256", spec.sha256(), sha);
    }
}
