package org.mnistlab.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mnistlab.engine.Monitor;

/**
 * Downloads one URL into a {@code .part} file, resuming a previous partial download with an HTTP Range request.
 * A server that ignores the range (answers 200) or cannot serve it (416) gets a fresh download; a response that
 * stops early or stalls longer than the read timeout leaves the bytes received so far in the {@code .part} file for
 * the next attempt. The caller verifies the result.
 */
final class HttpFetch {

    private static final int MAX_REDIRECTS = 5;

    private static final int BUFFER = 1 << 16;

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final Duration m_connectTimeout;

    private final Duration m_readTimeout;

    /**
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for the response or for the next bytes of it
     */
    HttpFetch(final Duration connectTimeout, final Duration readTimeout) {
        m_connectTimeout = connectTimeout;
        m_readTimeout = readTimeout;
    }

    /**
     * Brings {@code part} to the complete response body of {@code url}.
     *
     * @param url what to download
     * @param part the partial file, extended if it exists and the server supports ranges, else (re)written
     * @param monitor progress by bytes; canceling stops the transfer and keeps the partial file
     * @param log receives one-line notes (resuming, starting over)
     * @throws IOException if the server fails, times out or closes the connection early; the message names the URL
     */
    void fetch(final URI url, final Path part, final Monitor monitor, final Consumer<String> log) throws IOException {
        final long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpURLConnection c = connect(url, have);
        try {
            int code = status(c, url);
            boolean append = false;
            if (have > 0 && code == HttpURLConnection.HTTP_PARTIAL) {
                append = rangeStartsAt(c.getHeaderField("Content-Range"), have);
                if (!append) {
                    throw new IOException(url + ": the server answered the resume request with the wrong range ("
                        + c.getHeaderField("Content-Range") + ")");
                }
                log.accept(url + ": resuming after " + have + " bytes");
            } else if (have > 0 && code == 416) {
                log.accept(url + ": the server cannot resume after " + have + " bytes; starting over");
                c.disconnect();
                c = connect(url, 0);
                code = status(c, url);
            } else if (have > 0 && code == HttpURLConnection.HTTP_OK) {
                log.accept(url + ": the server ignores resume requests; starting over");
            }
            if (code != HttpURLConnection.HTTP_OK && !append) {
                throw new IOException(url + ": HTTP " + code + " " + nullToEmpty(c.getResponseMessage()));
            }
            transfer(c, url, part, append ? have : 0, monitor);
        } finally {
            c.disconnect();
        }
    }

    private void transfer(final HttpURLConnection c, final URI url, final Path part, final long offset,
        final Monitor monitor) throws IOException {
        final long length = c.getContentLengthLong();
        final long total = length < 0 ? -1 : offset + length;
        long received = 0;
        final StandardOpenOption mode = offset > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = c.getInputStream();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    mode)) {
            final byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                received += n;
                monitor.checkCanceled();
                if (total > 0) {
                    monitor.progress((double)(offset + received) / total, null);
                }
            }
        } catch (SocketTimeoutException e) {
            throw new IOException(url + ": no data for " + seconds(m_readTimeout) + " s after " + (offset + received)
                + " bytes (read timeout)", e);
        } catch (IOException e) {
            throw new IOException(url + ": the download broke off after " + (offset + received) + " bytes ("
                + e.getMessage() + ")", e);
        }
        if (length >= 0 && received != length) {
            throw new IOException(url + ": the connection closed after " + (offset + received) + " of " + total
                + " bytes");
        }
    }

    /** Opens a connection, following redirects ourselves so that http to https hops work too. */
    private HttpURLConnection connect(final URI url, final long from) throws IOException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            final URLConnection uc = current.toURL().openConnection();
            if (!(uc instanceof HttpURLConnection)) {
                throw new IOException(current + ": not an http(s) URL");
            }
            final HttpURLConnection c = (HttpURLConnection)uc;
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(millis(m_connectTimeout));
            c.setReadTimeout(millis(m_readTimeout));
            c.setRequestProperty("User-Agent", "mnistlab");
            c.setRequestProperty("Accept-Encoding", "identity");
            if (from > 0) {
                c.setRequestProperty("Range", "bytes=" + from + "-");
            }
            final int code = status(c, current);
            if (code < 300 || code > 399 || code == HttpURLConnection.HTTP_NOT_MODIFIED) {
                return c;
            }
            final String location = c.getHeaderField("Location");
            c.disconnect();
            if (location == null) {
                throw new IOException(current + ": HTTP " + code + " redirect without a Location");
            }
            current = current.resolve(location);
        }
        throw new IOException(url + ": more than " + MAX_REDIRECTS + " redirects");
    }

    private int status(final HttpURLConnection c, final URI url) throws IOException {
        try {
            return c.getResponseCode();
        } catch (SocketTimeoutException e) {
            final String why = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            final boolean connecting = why.contains("connect");
            throw new IOException(url + (connecting ? ": no connection within " + seconds(m_connectTimeout)
                + " s (connect timeout)" : ": no response within " + seconds(m_readTimeout) + " s (read timeout)"), e);
        } catch (IOException e) {
            throw new IOException(url + ": " + e.getClass().getSimpleName() + " " + nullToEmpty(e.getMessage()), e);
        }
    }

    private static boolean rangeStartsAt(final String contentRange, final long from) {
        if (contentRange == null) {
            return false;
        }
        final Matcher m = CONTENT_RANGE.matcher(contentRange.trim());
        return m.matches() && Long.parseLong(m.group(1)) == from;
    }

    private static int millis(final Duration d) {
        return (int)Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
    }

    private static String seconds(final Duration d) {
        final double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? Long.toString((long)s) : Double.toString(s);
    }

    private static String nullToEmpty(final String s) {
        return s == null ? "" : s;
    }
}
