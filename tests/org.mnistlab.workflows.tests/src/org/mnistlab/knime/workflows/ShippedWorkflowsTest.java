package org.mnistlab.knime.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knime.core.node.workflow.WorkflowManager;

/**
 * The committed workflows open cleanly in KNIME and are the workflows their definitions describe, as KNIME builds them
 * (so a hand edit, or a node whose settings changed, fails here); the build exported each as a {@code .knwf} that
 * unzips to exactly its folder and opens the same way.
 */
class ShippedWorkflowsTest {

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
    void committed_opensCleanlyAndIsItsDefinition(final WorkflowDefinition w) throws IOException {
        final WorkflowManager built = KnimeWorkflows.build(w, LabWorkflows.AUTHORED);
        try (LoadedWorkflow committed = LoadedWorkflow.load(Regeneration.workflow(w.name()))) {
            assertEquals(List.of(), committed.problems(), w.name() + " opens with problems");
            assertEquals(KnimeWorkflows.nodes(built), KnimeWorkflows.nodes(committed.manager()),
                w.name() + ": nodes differ from the definition; run workflows/regenerate.sh if that is intended");
            assertEquals(KnimeWorkflows.layout(built), KnimeWorkflows.layout(committed.manager()),
                w.name() + ": connections, annotations or metadata differ from the definition");
        } finally {
            KnimeWorkflows.close(built);
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void committed_hasTheMetadataServersRead(final String name) throws IOException {
        final Path dir = Regeneration.workflow(name);
        for (final String file : List.of("workflow.knime", "workflow-metadata.xml", "workflowset.meta")) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), name + ": " + file + " is missing");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void knwf_unzipsToExactlyTheWorkflowFolderAndOpensCleanly(final String name) throws IOException {
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
        // what KNIME's import does with the archive: unpack it into the workspace and open the folder
        final Path imported = Files.createTempDirectory("mnistlab-import-").resolve(name);
        for (final var f : unzipped.entrySet()) {
            final Path p = imported.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        try (LoadedWorkflow w = LoadedWorkflow.load(imported)) {
            assertEquals(List.of(), w.problems(), name + ".knwf opens with problems");
        }
    }
}
