package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed workflows are exactly what the generator writes from {@link LabWorkflows} (so a hand edit, or a node
 * whose settings changed, fails here), they pass the runner's checks, and the build exported each as a {@code .knwf}
 * that unzips to exactly its folder.
 */
class ShippedWorkflowsTest {

    private static WorkflowWriter s_writer;

    private static Extension s_extension;

    @BeforeAll
    static void writer() throws IOException {
        s_extension = Extension.current();
        s_writer = new WorkflowWriter(s_extension, LabWorkflows.AUTHORED);
    }

    static Stream<WorkflowDefinition> definitions() {
        return LabWorkflows.all().stream();
    }

    static Stream<String> names() {
        return LabWorkflows.all().stream().map(WorkflowDefinition::name);
    }

    @Test
    void workflowsFolder_holdsTheDefinedWorkflowsAndNothingElse() throws IOException {
        final Set<String> expected = new TreeSet<>(Set.of("README.md", "pom.xml", "regenerate.sh"));
        names().forEach(expected::add);
        names().forEach(Regeneration::workflow);
        final Set<String> actual = new TreeSet<>();
        try (Stream<Path> children = Files.list(Repository.workflows())) {
            children.map(p -> p.getFileName().toString()).filter(f -> !f.equals("target")).forEach(actual::add);
        }
        assertEquals(expected, actual, "workflows/ holds the generated workflows, the build and this documentation");
    }

    @ParameterizedTest
    @MethodSource("definitions")
    void committedFiles_areWhatTheGeneratorWrites(final WorkflowDefinition w) throws IOException {
        final SortedMap<String, byte[]> generated = s_writer.write(w);
        final Path dir = Regeneration.workflow(w.name());
        assertTrue(Files.isDirectory(dir), dir + " is missing; run workflows/regenerate.sh");
        final SortedMap<String, byte[]> committed = WorkflowFiles.read(dir);
        assertEquals(generated.keySet(), committed.keySet(), w.name() + ": files");
        for (final Map.Entry<String, byte[]> f : generated.entrySet()) {
            if (!Arrays.equals(f.getValue(), committed.get(f.getKey()))) {
                fail(w.name() + "/" + f.getKey() + " differs from what the generator writes ("
                    + firstDifference(f.getValue(), committed.get(f.getKey()))
                    + "); run workflows/regenerate.sh if the change is intended");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void shipped_passesTheRunnersChecks(final String name) {
        final WorkflowRunner r = WorkflowRunner.check(Regeneration.workflow(name), s_extension);
        assertEquals(KnimeFormat.CONFIGURED, r.workflow().nodes().get(0).state(), "the Reader configures at once");
    }

    @ParameterizedTest
    @MethodSource("names")
    void knwf_unzipsToExactlyTheWorkflowFolder(final String name) throws IOException {
        assumeFalse(Regeneration.enabled(), "the archives are rebuilt from the regenerated folders by the next build");
        final Path knwf = Repository.knwfFolder().resolve(name + ".knwf");
        assertTrue(Files.isRegularFile(knwf), knwf + " is missing: the build of workflows/ (./mvnw package) "
            + "exports it before the tests run");
        final SortedMap<String, byte[]> unzipped = new TreeMap<>();
        try (InputStream in = Files.newInputStream(knwf); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertFalse(e.isDirectory(), "no empty folders in a workflow: " + e.getName());
                assertTrue(e.getName().startsWith(name + "/"), e.getName() + " is not below the folder " + name);
                assertTrue(unzipped.put(e.getName().substring(name.length() + 1), zip.readAllBytes()) == null,
                    "duplicate entry " + e.getName());
            }
        }
        final SortedMap<String, byte[]> folder = WorkflowFiles.read(Regeneration.workflow(name));
        assertEquals(folder.keySet(), unzipped.keySet());
        folder.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, unzipped.get(path)),
            name + ".knwf: " + path + " differs from the folder; rebuild workflows/"));
    }

    private static String firstDifference(final byte[] generated, final byte[] committed) {
        final String[] a = new String(generated, StandardCharsets.UTF_8).split("\n", -1);
        final String[] b = new String(committed, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            final String x = i < a.length ? a[i] : "<end>";
            final String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": generated \"" + x.strip() + "\", committed \"" + y.strip() + "\"";
            }
        }
        return "line endings";
    }
}
