package org.mnistlab.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.io.Mnist;

class MirrorTest {

    @Test
    void defaults_serveTheOriginalGzipFiles() {
        assertEquals(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz"),
            Mirror.DEFAULTS.get(0).url(Mnist.FILES.get(0)));
        assertTrue(Mirror.DEFAULTS.stream().allMatch(Mirror::originalGzip));
    }

    @Test
    void parse_acceptsFolderUrlsAndTemplates() {
        final List<Mirror> m = Mirror.parseList(" https://a.example/mnist, http://b.example/x/{name}\nhttps://c/ ");
        assertEquals(List.of(new Mirror("https://a.example/mnist/{name}.gz", false),
            new Mirror("http://b.example/x/{name}", false), new Mirror("https://c/{name}.gz", false)), m);
        assertFalse(m.get(0).originalGzip());
    }

    @Test
    void badTemplates_throw() {
        assertEquals("mirror template must contain {name}, got 'http://x/'",
            assertThrows(IllegalArgumentException.class, () -> new Mirror("http://x/", false)).getMessage());
        assertEquals("mirror must be an http or https URL, got 'file:///tmp/{name}'",
            assertThrows(IllegalArgumentException.class, () -> new Mirror("file:///tmp/{name}", false)).getMessage());
        assertEquals("mirror template is not a URL: 'http://x y/{name}'",
            assertThrows(IllegalArgumentException.class, () -> new Mirror("http://x y/{name}", false)).getMessage());
    }
}
