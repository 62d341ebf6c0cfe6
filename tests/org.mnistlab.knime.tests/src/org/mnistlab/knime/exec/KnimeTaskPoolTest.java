package org.mnistlab.knime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.workflow.NativeNodeContainer;
import org.knime.core.node.workflow.NodeContainer;
import org.knime.core.node.workflow.NodeContext;
import org.knime.core.util.ThreadPool;
import org.knime.node.parameters.NodeParameters;
import org.mnistlab.engine.Parallel;
import org.mnistlab.knime.node.crossvalidation.CrossValidationNodeFactory;
import org.mnistlab.knime.node.crossvalidation.CrossValidationParameters;
import org.mnistlab.knime.testing.Images;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.knime.testing.TestWorkflow;

/**
 * The engine's parallel work runs on KNIME's thread pool: on its workers, with the node's context, within the pool's
 * limit even when the pool is full, and with the same results on one thread or many.
 */
class KnimeTaskPoolTest {

    private static final NodeHarness CV =
        NodeHarness.of(new CrossValidationNodeFactory(), CrossValidationParameters.class);

    /** Folds, each fitting one-vs-rest SVCs (a binary problem per class), each computing kernel blocks. */
    private static NodeParameters nestedParallelCv(final BufferedDataTable in, final int threads) throws Exception {
        final NodeSettings s = Parameters.toSettings(CV.defaultParameters(in.getDataTableSpec()), "model");
        s.addString("target", "MULTICLASS");
        s.addString("learner", "SVM");
        s.getNodeSettings("svm").addString("strategy", "ONE_VS_REST");
        s.addInt("threads", threads);
        return CV.loadParameters(s);
    }

    @Test
    void engineTasks_runOnKnimeWorkersWithTheCallersNodeContext() throws Exception {
        try (TestWorkflow w = TestWorkflow.create()) {
            final NodeContainer node = w.source();
            final Set<String> threads = ConcurrentHashMap.newKeySet();
            final Set<NodeContainer> contexts = ConcurrentHashMap.newKeySet();
            final CountDownLatch together = new CountDownLatch(2);
            NodeContext.pushContext(node);
            try {
                EngineCall.run(new ExecutionMonitor(), m -> Parallel.map(4, 2, i -> {
                    threads.add(Thread.currentThread().getName());
                    contexts.add(NodeContext.getContext().getNodeContainer());
                    if (i < 2) {
                        // the first two tasks meet, so a helper of KNIME's pool took one
                        together.countDown();
                        await(together);
                    }
                    return i;
                }));
            } finally {
                NodeContext.removeLastContext();
            }
            assertTrue(threads.stream().anyMatch(t -> t.startsWith("KNIME-Worker-")), threads.toString());
            assertEquals(Set.of(node), contexts, "log lines of every task name the node");
        }
    }

    @Test
    void nestedParallelWork_onAFullKnimePool_completesOnTheCallersThread() throws Exception {
        // a pool of one thread, taken by the caller: helpers never start, the caller does all, nothing deadlocks
        final ThreadPool pool = new ThreadPool(1);
        final Future<List<Integer>> f = pool.enqueue(() -> EngineCall.run(new ExecutionMonitor(),
            m -> Parallel.map(4, 4, i -> Parallel.map(3, 4, j -> Parallel.map(2, 4, k -> i * 100 + j * 10 + k)
                .stream().mapToInt(Integer::intValue).sum()).stream().mapToInt(Integer::intValue).sum())));
        final List<Integer> r = f.get(60, TimeUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            assertEquals(600 * i + 63, r.get(i));
        }
        pool.shutdown();
    }

    @Test
    void crossValidation_onKnimesPool_givesTheSameResultsOnOneThreadOrMany() throws Exception {
        final BufferedDataTable in = Images.vectors(120);
        final var one = CV.execute(nestedParallelCv(in, 1), in);
        final var four = CV.execute(nestedParallelCv(in, 4), in);
        assertEquals(Tables.column(one.table(0), "Accuracy"), Tables.column(four.table(0), "Accuracy"));
        assertEquals(Tables.contents(one.table(1)), Tables.contents(four.table(1)));
        // and as a workflow executes it, on a worker of KNIME's pool
        try (TestWorkflow w = TestWorkflow.create()) {
            final NativeNodeContainer source = w.source(in);
            final NativeNodeContainer cv = w.add(new CrossValidationNodeFactory());
            w.connect(source, 0, cv, 0);
            w.apply(cv, nestedParallelCv(in, 4));
            assertTrue(w.execute(), cv.getNodeMessage().toString());
            final BufferedDataTable oof = (BufferedDataTable)cv.getOutPort(2).getPortObject();
            assertEquals(Tables.contents(one.table(1)), Tables.contents(oof));
        }
    }

    private static void await(final CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
