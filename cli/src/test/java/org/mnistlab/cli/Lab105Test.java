package org.mnistlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the runner: one clear message, a non-zero status, nothing left behind. */
class Lab105Test {

    @TempDir
    Path m_dir;

    private final ByteArrayOutputStream m_out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream m_err = new ByteArrayOutputStream();

    private int run(final String... args) {
        final PrintStream err = new PrintStream(m_err, true, StandardCharsets.UTF_8);
        return Lab105.run(args, new ConsoleProgress(err, false), new PrintStream(m_out, true, StandardCharsets.UTF_8),
            err);
    }

    private String err() {
        return m_err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void badOption_exits2WithOneLine() {
        assertEquals(2, run("--folds", "one"));
        assertEquals("lab105: --folds must be a whole number, got 'one'\n", err());
    }

    @Test
    void missingDataFolder_exits1_andLeavesNoOutput() throws IOException {
        final Path out = m_dir.resolve("out");
        assertEquals(1, run("--data", m_dir.resolve("nowhere").toString(), "--out", out.toString()));
        assertTrue(err().contains("nowhere"), err());
        assertTrue(err().lines().anyMatch(l -> l.startsWith("lab105: ")), err());
        assertFalse(Files.exists(out));
        assertNothingButOut(out);
    }

    @Test
    void corruptData_exits1_andKeepsThePreviousOutput() throws IOException {
        final Path data = Files.createDirectories(m_dir.resolve("data"));
        for (final String f : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.write(data.resolve(f), new byte[] {0, 0, 8, 1, 0, 0});
        }
        final Path out = Files.createDirectories(m_dir.resolve("out"));
        Files.writeString(out.resolve("results.json"), "{\"previous\": true}");
        assertEquals(1, run("--data", data.toString(), "--out", out.toString()));
        assertTrue(err().contains("idx"), err());
        assertEquals("{\"previous\": true}", Files.readString(out.resolve("results.json")));
        assertNothingButOut(out);
    }

    @Test
    void unwritableOutput_exits1BeforeAnyWork() throws IOException {
        final Path file = Files.writeString(m_dir.resolve("a-file"), "x");
        assertEquals(1, run("--data", m_dir.toString(), "--out", file.resolve("out").toString()));
        assertTrue(err().startsWith("lab105: cannot write the output folder"), err());
    }

    @Test
    void help_printsUsage() {
        assertEquals(0, run("--help"));
        assertTrue(m_out.toString(StandardCharsets.UTF_8).startsWith("usage: bin/lab105"));
    }

    /** No staging folder survives a failed run. */
    private void assertNothingButOut(final Path out) throws IOException {
        try (Stream<Path> s = Files.list(m_dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().contains(".partial-")).count());
        }
    }
}
