package org.mnistlab.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.mnistlab.engine.io.FileSpec;

/**
 * A web location that serves the MNIST files.
 *
 * @param template the URL of one file, with {@code {name}} standing for the file's original name, e.g.
 *            {@code https://example.org/mnist/{name}.gz}; served files may be gzip or raw, recognized by content
 * @param originalGzip whether the mirror serves the original {@code .gz} files byte for byte, so that their
 *            published MD5 ({@link FileSpec#gzipMd5()}) is checked too; the SHA-256 of the uncompressed content is
 *            checked for every mirror
 */
public record Mirror(String template, boolean originalGzip) {

    /** Where the file name goes in a template. */
    public static final String NAME = "{name}";

    /**
     * The well-known MNIST mirrors, tried in this order: PyTorch's S3 copy, Google's CVDF copy, Yann LeCun's
     * original site (plain HTTP, often unavailable; the checksums protect the content).
     */
    public static final List<Mirror> DEFAULTS = List.of(
        new Mirror("https://ossci-datasets.s3.amazonaws.com/mnist/{name}.gz", true),
        new Mirror("https://storage.googleapis.com/cvdf-datasets/mnist/{name}.gz", true),
        new Mirror("http://yann.lecun.com/exdb/mnist/{name}.gz", true));

    /** Checks that the template is an absolute http(s) URL naming the file. */
    public Mirror {
        if (template == null || !template.contains(NAME)) {
            throw new IllegalArgumentException("mirror template must contain " + NAME + ", got '" + template + "'");
        }
        final String scheme = scheme(template);
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("mirror must be an http or https URL, got '" + template + "'");
        }
    }

    private static String scheme(final String template) {
        try {
            return new URI(template.replace(NAME, "x")).getScheme();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("mirror template is not a URL: '" + template + "'", e);
        }
    }

    /**
     * @param file the file
     * @return its URL on this mirror
     */
    public URI url(final FileSpec file) {
        return URI.create(template.replace(NAME, file.name()));
    }

    /**
     * Reads a user-given mirror: a template with {@code {name}}, or a folder URL under which the {@code .gz} files
     * lie ({@code https://example.org/mnist/} means {@code https://example.org/mnist/{name}.gz}). Such mirrors are
     * verified by the SHA-256 of the uncompressed content.
     *
     * @param text the mirror as written
     * @return the mirror
     */
    public static Mirror parse(final String text) {
        final String t = text.trim();
        if (t.contains(NAME)) {
            return new Mirror(t, false);
        }
        return new Mirror(t + (t.endsWith("/") ? "" : "/") + NAME + ".gz", false);
    }

    /**
     * @param text mirrors separated by commas or white space
     * @return them, in order
     */
    public static List<Mirror> parseList(final String text) {
        final List<Mirror> mirrors = new ArrayList<>();
        for (final String part : text.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                mirrors.add(parse(part));
            }
        }
        return mirrors;
    }
}
