package org.mnistlab.testdata;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web server on 127.0.0.1 (ephemeral port) that plays a mirror: it serves files well or badly (truncated,
 * stalled, ignoring ranges, 404) and records the requests. Tests never reach the internet.
 */
public final class TestServer implements AutoCloseable {

    /** How the server answers a path. */
    public enum Behavior {
        /** full file, honours Range requests */
        GOOD,
        /** full file, answers Range requests with the whole file (200) */
        IGNORES_RANGE,
        /** announces the full length, sends the first {@link TestServer#m_cutAt} bytes, closes */
        TRUNCATED,
        /** waits longer than any client read timeout before answering */
        SLOW_HEADERS,
        /** sends the first {@link TestServer#m_cutAt} bytes, then stalls */
        STALLS,
        /** 404 */
        MISSING
    }

    /**
     * One request as the server saw it.
     *
     * @param path the URL path
     * @param range the Range header, or {@code null}
     */
    public record Request(String path, String range) {
    }

    /** Longer than any client read timeout of the tests. */
    private static final long STALL_MILLIS = 10_000;

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer m_server;

    private final ExecutorService m_pool = Executors.newCachedThreadPool();

    private final Map<String, byte[]> m_files = new ConcurrentHashMap<>();

    private final Map<String, Behavior> m_behavior = new ConcurrentHashMap<>();

    private final List<Request> m_requests = new CopyOnWriteArrayList<>();

    private final CountDownLatch m_closing = new CountDownLatch(1);

    private volatile int m_cutAt = 100;

    private volatile long m_latencyMillis;

    /**
     * Starts the server.
     *
     * @throws IOException if no port can be bound
     */
    public TestServer() throws IOException {
        m_server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        m_server.createContext("/", this::handle);
        m_server.setExecutor(m_pool);
        m_server.start();
    }

    /**
     * Serves {@code content} at {@code /<dir>/<name>}.
     *
     * @param dir the folder in the URL
     * @param name the file name in the URL
     * @param content the body
     * @param behavior how to answer
     * @return this server
     */
    public TestServer serve(final String dir, final String name, final byte[] content, final Behavior behavior) {
        m_files.put("/" + dir + "/" + name, content);
        m_behavior.put("/" + dir + "/" + name, behavior);
        return this;
    }

    /**
     * Serves the same behaviour for every file of a folder.
     *
     * @param dir the folder in the URL
     * @param files name → body
     * @param behavior how to answer
     * @return this server
     */
    public TestServer serveAll(final String dir, final Map<String, byte[]> files, final Behavior behavior) {
        files.forEach((name, content) -> serve(dir, name, content, behavior));
        return this;
    }

    /**
     * @param bytes where {@link Behavior#TRUNCATED} and {@link Behavior#STALLS} answers stop
     * @return this server
     */
    public TestServer cutAt(final int bytes) {
        m_cutAt = bytes;
        return this;
    }

    /**
     * @param millis how long every answer waits before it starts, as a slow mirror would
     * @return this server
     */
    public TestServer latency(final long millis) {
        m_latencyMillis = millis;
        return this;
    }

    /**
     * @param dir the folder in the URL
     * @param suffix what follows the file name ({@code ".gz"} or nothing)
     * @return a mirror template for a folder of this server
     */
    public String template(final String dir, final String suffix) {
        return "http://127.0.0.1:" + m_server.getAddress().getPort() + "/" + dir + "/{name}" + suffix;
    }

    /** @return the requests so far, in order */
    public List<Request> requests() {
        return List.copyOf(m_requests);
    }

    private void handle(final HttpExchange ex) throws IOException {
        final String path = ex.getRequestURI().getPath();
        final String range = ex.getRequestHeaders().getFirst("Range");
        m_requests.add(new Request(path, range));
        final byte[] body = m_files.get(path);
        final Behavior b = m_behavior.getOrDefault(path, Behavior.MISSING);
        try {
            pause(m_latencyMillis);
            if (body == null || b == Behavior.MISSING) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            switch (b) {
                case SLOW_HEADERS -> {
                    pause(STALL_MILLIS);
                    send(ex, 200, body, 0, body.length, body.length);
                }
                case TRUNCATED -> send(ex, 200, body, 0, Math.min(m_cutAt, body.length), body.length);
                case STALLS -> {
                    ex.sendResponseHeaders(200, body.length);
                    final OutputStream out = ex.getResponseBody();
                    out.write(body, 0, Math.min(m_cutAt, body.length));
                    out.flush();
                    pause(STALL_MILLIS);
                }
                case IGNORES_RANGE -> send(ex, 200, body, 0, body.length, body.length);
                default -> {
                    final Matcher m = range == null ? null : RANGE.matcher(range);
                    if (m != null && m.matches()) {
                        final int from = Integer.parseInt(m.group(1));
                        if (from >= body.length) {
                            ex.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
                            ex.sendResponseHeaders(416, -1);
                            return;
                        }
                        ex.getResponseHeaders().set("Content-Range",
                            "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
                        send(ex, 206, body, from, body.length - from, body.length - from);
                    } else {
                        send(ex, 200, body, 0, body.length, body.length);
                    }
                }
            }
        } finally {
            ex.close();
        }
    }

    private static void send(final HttpExchange ex, final int code, final byte[] body, final int from, final int len,
        final long announced) throws IOException {
        ex.sendResponseHeaders(code, announced);
        final OutputStream out = ex.getResponseBody();
        out.write(body, from, len);
        out.flush();
    }

    private void pause(final long millis) {
        try {
            m_closing.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        m_closing.countDown();
        m_server.stop(0);
        m_pool.shutdownNow();
    }
}
