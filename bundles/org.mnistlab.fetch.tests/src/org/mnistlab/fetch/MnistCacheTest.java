package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mnistlab.engine.io.FileSpec;
import org.mnistlab.testdata.TinyMnist;

class MnistCacheTest {

    @TempDir
    Path m_dir;

    @Test
    void ownVariable_namesTheCache() {
        final Map<String, String> env = Map.of("MNIST_LAB_CACHE", "/data/mnist-cache");
        assertEquals(Path.of("/data/mnist-cache"), MnistCache.defaultFolder(env::get, "/home/u"));
    }

    @Test
    void otherwise_theUserFolder_whichXdgCacheHomeDoesNotMove() {
        // the MNIST Reader reads no environment: its default is the user folder, so the runner's must be too
        final Map<String, String> env = Map.of("XDG_CACHE_HOME", "/xdg", "MNIST_LAB_CACHE", "");
        assertEquals(Path.of("/home/u/.cache/mnistlab/mnist"), MnistCache.defaultFolder(env::get, "/home/u"));
        assertEquals(MnistCache.userFolder("/home/u"), MnistCache.defaultFolder(env::get, "/home/u"));
    }

    @Test
    void missing_namesTheFirstMissingOrWrongSizedFile() throws IOException {
        final List<FileSpec> specs = new TinyMnist(1).specs();
        assertEquals(m_dir.resolve(specs.get(0).name()) + " is missing", MnistCache.missing(m_dir, specs));
        for (final FileSpec f : specs) {
            Files.write(m_dir.resolve(f.name()), new byte[(int)f.size()]);
        }
        assertNull(MnistCache.missing(m_dir, specs));
        Files.write(m_dir.resolve(specs.get(2).name()), new byte[3]);
        assertEquals(m_dir.resolve(specs.get(2).name()) + " has 3 bytes, expected " + specs.get(2).size(),
            MnistCache.missing(m_dir, specs));
        assertFalse(MnistCache.isComplete(m_dir));
    }
}
