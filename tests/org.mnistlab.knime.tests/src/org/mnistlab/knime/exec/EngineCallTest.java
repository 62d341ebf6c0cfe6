package org.mnistlab.knime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.DefaultNodeProgressMonitor;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;

class EngineCallTest {

    @Test
    void run_engineResult_isReturned() throws Exception {
        assertEquals("done", EngineCall.run(Executions.context(), m -> "done"));
    }

    @Test
    void run_illegalArgument_becomesKnimeExceptionWithTheMessage() {
        final IllegalArgumentException cause = new IllegalArgumentException("alpha must be > 0, got -1.0");
        final KNIMEException e = assertThrows(KNIMEException.class, () -> EngineCall.run(Executions.context(), m -> {
            throw cause;
        }));
        assertEquals("alpha must be > 0, got -1.0", e.getKNIMEMessage().getSummary());
        assertSame(cause, e.getCause());
    }

    @Test
    void run_ioException_becomesKnimeExceptionWithTheMessage() {
        final KNIMEException e = assertThrows(KNIMEException.class, () -> EngineCall.run(Executions.context(), m -> {
            throw new IOException("train-images-idx3-ubyte: file not found");
        }));
        assertEquals("train-images-idx3-ubyte: file not found", e.getMessage());
    }

    @Test
    void run_engineCancel_becomesCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class, () -> EngineCall.run(Executions.context(), m -> {
            throw new CanceledException();
        }));
    }

    @Test
    void run_programmingError_propagatesUnchanged() {
        assertThrows(IllegalStateException.class, () -> EngineCall.run(Executions.context(), m -> {
            throw new IllegalStateException("bug");
        }));
    }

    @Test
    void monitor_userCanceled_engineCheckThrows() {
        final KnimeMonitor m = new KnimeMonitor(Executions.context(Executions.canceled()));
        assertThrows(CanceledException.class, m::checkCanceled);
    }

    @Test
    void monitor_engineProgress_movesTheNodeProgress() {
        final DefaultNodeProgressMonitor progress = new DefaultNodeProgressMonitor();
        final ExecutionContext exec = Executions.context(progress);
        final Monitor m = new KnimeMonitor(exec.createSubProgress(0.5));
        m.sub(0.5).progress(1.0, "epoch 3");
        assertEquals(0.25, progress.getProgress(), 1e-12);
        // KNIME keeps a sub-progress' message as a level of its own, shown after the node's: "... - epoch 3"
        assertEquals(List.of("epoch 3"), progress.getMessages());
    }
}
