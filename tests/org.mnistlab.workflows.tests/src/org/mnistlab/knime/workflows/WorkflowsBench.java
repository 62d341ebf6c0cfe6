package org.mnistlab.knime.workflows;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.NodeTimer;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Not a test: {@code bench/knime_bench.sh} runs it (tag {@code bench}, excluded from the test runs) to time the five
 * shipped workflows in KNIME, in one JVM as a KNIME user runs them one after the other: each is opened, executed and
 * closed. It writes per-workflow wall times, per-node execution times (KNIME's own node timer), the CPU time this JVM
 * spent on the five (all its threads: on a shared machine a steadier measure of the work than wall time) and its peak
 * resident memory to the file named by {@code $MNISTLAB_BENCH_OUT}.
 */
@Tag("bench")
class WorkflowsBench {

    @Test
    void runTheFiveWorkflows() throws IOException {
        LabData.requireMnist();
        final JsonArray workflows = new JsonArray();
        final long cpuStart = cpuNanos();
        final long start = System.nanoTime();
        for (final WorkflowDefinition d : LabWorkflows.all()) {
            final long t0 = System.nanoTime();
            try (LoadedWorkflow w = LoadedWorkflow.executed(d.name())) {
                final JsonObject wf = new JsonObject();
                wf.addProperty("name", d.name());
                wf.addProperty("seconds", (System.nanoTime() - t0) / 1e9);
                final JsonArray nodes = new JsonArray();
                final List<NodeContainer> byId = new ArrayList<>(w.manager().getNodeContainers());
                byId.sort(Comparator.comparingInt(nc -> nc.getID().getIndex()));
                for (final NodeContainer nc : byId) {
                    final NodeTimer timer = nc.getNodeTimer();
                    final JsonObject n = new JsonObject();
                    n.addProperty("node", nc.getNameWithID());
                    n.addProperty("label", nc.getNodeAnnotation().getText().replace('\n', ' '));
                    n.addProperty("seconds", timer.getLastExecutionDuration() / 1e3);
                    nodes.add(n);
                }
                wf.add("nodes", nodes);
                workflows.add(wf);
            }
        }
        final JsonObject out = new JsonObject();
        out.addProperty("seconds", (System.nanoTime() - start) / 1e9);
        out.addProperty("cpu_seconds", (cpuNanos() - cpuStart) / 1e9);
        out.addProperty("peak_rss_mb", peakRssMb());
        out.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        out.add("workflows", workflows);
        final String file = System.getenv("MNISTLAB_BENCH_OUT");
        final String json = new GsonBuilder().setPrettyPrinting().create().toJson(out);
        if (file == null) {
            System.out.println(json);
        } else {
            Files.writeString(Path.of(file), json, StandardCharsets.UTF_8);
        }
    }

    /**
     * @return the CPU time of this JVM's threads so far, or 0 where the JVM does not tell (the JDK's own bean, found
     *         through the platform class loader, as OSGi does not delegate {@code com.sun} to it)
     */
    private static long cpuNanos() {
        try {
            final Class<?> bean =
                ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.OperatingSystemMXBean");
            final Object os = ManagementFactory.getOperatingSystemMXBean();
            return bean.isInstance(os) ? (Long)bean.getMethod("getProcessCpuTime").invoke(os) : 0;
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    /** This JVM's peak resident set size (Linux: VmHWM of /proc/self/status), or -1 where unknown. */
    private static double peakRssMb() throws IOException {
        final Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (final String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return -1;
    }
}
