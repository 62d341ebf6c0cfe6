package org.mnistlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.mnistlab.testdata.Repository;

/**
 * The engine's packages depend on each other without cycles, so each can be understood (and moved) on its own.
 * The dependencies are those of the compiled classes, as the JDK's jdeps reports them.
 */
class PackageCyclesTest {

    private static final String ENGINE = "org.mnistlab.engine";

    @Test
    void engine_hasNoPackageCycle() {
        final Map<String, Set<String>> deps = packageDependencies(Repository.classes("bundles/" + ENGINE));
        // the graph must be the real one, not empty because jdeps printed something else
        assertTrue(deps.getOrDefault(ENGINE + ".linear", Set.of()).contains(ENGINE + ".data"), deps.toString());
        assertEquals(List.of(), cycles(deps), "packages that depend on each other");
    }

    @Test
    void cycles_areTheGroupsOfMutuallyDependentPackages() {
        final Map<String, Set<String>> deps = Map.of("a", Set.of("b"), "b", Set.of("c", "d"), "c", Set.of("a"),
            "d", Set.of("e"), "e", Set.of("f"), "f", Set.of("e"), "g", Set.of("a"));
        assertEquals(List.of(Set.of("a", "b", "c"), Set.of("e", "f")), cycles(deps));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of("c"))));
    }

    /** package → the other engine packages its classes use, from {@code jdeps -verbose:package}. */
    private static Map<String, Set<String>> packageDependencies(final Path classes) {
        assertTrue(Files.isDirectory(classes), classes + " is missing; the engine must be built first");
        final ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(
            () -> new AssertionError("this JDK has no jdeps"));
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-e",
            ENGINE.replace(".", "\\.") + "(\\..*)?", classes.toString());
        assertEquals(0, status, err.toString());
        final Map<String, Set<String>> deps = new TreeMap<>();
        for (final String line : out.toString().split("\\R")) {
            // "   org.mnistlab.engine.io    -> org.mnistlab.engine.data    classes"
            final String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[1].equals("->") && f[0].startsWith(ENGINE) && f[2].startsWith(ENGINE)
                && !f[0].equals(f[2])) {
                deps.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[2]);
            }
        }
        return deps;
    }

    /** The strongly connected components of more than one node (Tarjan), each sorted, in order of first node. */
    static List<Set<String>> cycles(final Map<String, Set<String>> deps) {
        final Map<String, Integer> index = new HashMap<>();
        final Map<String, Integer> low = new HashMap<>();
        final Deque<String> stack = new ArrayDeque<>();
        final Set<String> onStack = new TreeSet<>();
        final List<Set<String>> found = new ArrayList<>();
        for (final String node : new TreeSet<>(deps.keySet())) {
            if (!index.containsKey(node)) {
                connect(node, deps, index, low, stack, onStack, found);
            }
        }
        found.sort((x, y) -> x.iterator().next().compareTo(y.iterator().next()));
        return found;
    }

    private static void connect(final String v, final Map<String, Set<String>> deps, final Map<String, Integer> index,
        final Map<String, Integer> low, final Deque<String> stack, final Set<String> onStack,
        final List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (final String w : new TreeSet<>(deps.getOrDefault(v, Set.of()))) {
            if (!index.containsKey(w)) {
                connect(w, deps, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            final Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
