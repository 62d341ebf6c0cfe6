package org.mnistlab.engine.svm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;

import libsvm.svm_node;

/**
 * The class-pair sub-problems of one fit in libsvm's form, in the fastest {@link Form} whose memory can be reserved
 * when the fit starts. Every form gives libsvm the same kernel values, so the same solution. Memory is reserved
 * before it is allocated and released by {@link #close()}.
 */
final class PairProblems implements AutoCloseable {

    /** How the pair sub-problems reach libsvm, from the fastest to the one needing least memory. */
    enum Form {
        /** Precomputed: picked from the kernel rows of all samples, made once for several fits on them. */
        SHARED_ROWS,
        /**
         * Precomputed: each class's kernel block computed once and shared by its k - 1 pairs, a pair's cross block
         * computed when the pair is solved. Every kernel value is computed once.
         */
        CLASS_BLOCKS,
        /** Precomputed: all kernel values of a pair computed when it is solved; less memory, more computing. */
        PAIR_ROWS,
        /** Sparse features and libsvm's own, slower kernel code: no kernel values held besides libsvm's cache. */
        FEATURES
    }

    /**
     * A sub-problem as libsvm reads it.
     *
     * @param rows one node array per sample; only the first {@code size} belong to the problem
     * @param size the number of samples
     * @param form how it was made
     */
    record Problem(svm_node[][] rows, int size, Form form) {

        /** @return whether the rows are precomputed kernel rows (else sparse features) */
        boolean precomputed() {
            return form != Form.FEATURES;
        }
    }

    private final TrainingSamples m_samples;

    private final Groups m_groups;

    private final Form m_form;

    /** Kernel rows of all samples ({@link Form#SHARED_ROWS}), else {@code null}. */
    private final svm_node[][] m_shared;

    /** Per class its kernel block ({@link Form#CLASS_BLOCKS}), else {@code null}. */
    private final List<svm_node[][]> m_blocks;

    /** Reusable rows not in use by a pair now ({@link Form#CLASS_BLOCKS}, {@link Form#PAIR_ROWS}). */
    private final BlockingQueue<PairRows> m_idle;

    /** Parallelism of computing one pair's kernel values. */
    private final int m_pairThreads;

    private final List<KernelMemory.Reservation> m_reservations;

    private PairProblems(final TrainingSamples samples, final Groups groups, final Form form,
        final svm_node[][] shared, final List<svm_node[][]> blocks, final List<PairRows> workspaces,
        final int threads, final List<KernelMemory.Reservation> reservations) {
        m_samples = samples;
        m_groups = groups;
        m_form = form;
        m_shared = shared;
        m_blocks = blocks;
        m_idle = new ArrayBlockingQueue<>(Math.max(1, workspaces.size()), false, workspaces);
        // A pair's values are computed in parallel only when every pair has rows of its own, so that no pair ever
        // waits for rows: a thread waiting for its fork-join helpers may run other tasks, which must not block on
        // rows it holds. With fewer pairs than threads the pairs share the threads.
        final int pairs = groups.numClasses() * (groups.numClasses() - 1) / 2;
        m_pairThreads = workspaces.size() >= pairs ? Math.max(1, threads / pairs) : 1;
        m_reservations = reservations;
    }

    /**
     * Chooses the form and prepares it: with shared rows those; else class blocks (for more than two classes, when
     * the blocks and one pair's rows can be reserved); else the rows of one pair at a time; else features. Rows for
     * more pairs at once are reserved as far as memory allows, up to {@code concurrent}; pairs wait for free rows.
     *
     * @param samples the training samples
     * @param shared kernel rows of all samples ({@link KernelRows#rows}), or {@code null}
     * @param groups the samples grouped by class
     * @param memory where precomputed kernel values are reserved; held until {@link #close()}
     * @param concurrent how many pairs are solved at once
     * @param threads parallelism of the class blocks, and of a pair's values when there are fewer pairs
     * @param monitor progress and cancel of the class blocks
     * @return the sub-problems; the caller closes them
     */
    static PairProblems of(final TrainingSamples samples, final svm_node[][] shared, final Groups groups,
        final KernelMemory memory, final int concurrent, final int threads, final Monitor monitor) {
        if (shared != null) {
            monitor.progress(1, null);
            return new PairProblems(samples, groups, Form.SHARED_ROWS, shared, null, List.of(), threads,
                List.of());
        }
        final int k = groups.numClasses();
        int largest = 0;
        long cross = 0;
        long blockBytes = 0;
        for (int i = 0; i < k; i++) {
            blockBytes += KernelRows.blockBytes(groups.count(i));
            for (int j = i + 1; j < k; j++) {
                largest = Math.max(largest, groups.count(i) + groups.count(j));
                cross = Math.max(cross, (long)groups.count(i) * groups.count(j));
            }
        }
        final List<KernelMemory.Reservation> reservations = new ArrayList<>();
        try {
            // with two classes the only pair would use its blocks once: no gain over computing its rows whole
            if (k > 2 && cross <= Integer.MAX_VALUE) {
                final long workspace = PairRows.bytes(largest, cross);
                final KernelMemory.Reservation r = memory.tryReserve(blockBytes + workspace);
                if (r != null) {
                    reservations.add(r);
                    final List<svm_node[][]> blocks = Parallel.map(k, threads, c -> KernelRows.block(samples.rows(),
                        samples.squaredNorms(), groups.members(c), samples.kernel(), threads, monitor.sub(1.0 / k)));
                    final List<PairRows> workspaces = workspaces(largest, (int)cross, workspace, memory, concurrent,
                        reservations);
                    monitor.progress(1, null);
                    return new PairProblems(samples, groups, Form.CLASS_BLOCKS, null, blocks, workspaces,
                        threads, reservations);
                }
            }
            final long values = KernelRows.triangle(largest);
            final KernelMemory.Reservation r =
                values <= Integer.MAX_VALUE ? memory.tryReserve(PairRows.bytes(largest, values)) : null;
            monitor.progress(1, null);
            if (r != null) {
                reservations.add(r);
                final List<PairRows> workspaces = workspaces(largest, (int)values, r.bytes(), memory, concurrent,
                    reservations);
                return new PairProblems(samples, groups, Form.PAIR_ROWS, null, null, workspaces, threads,
                    reservations);
            }
            return new PairProblems(samples, groups, Form.FEATURES, null, null, List.of(), threads, List.of());
        } catch (RuntimeException | Error e) {
            reservations.forEach(KernelMemory.Reservation::close);
            throw e;
        }
    }

    /**
     * Reusable rows for up to {@code concurrent} pairs at once: the first already reserved, the others as far as
     * they can be reserved now.
     */
    private static List<PairRows> workspaces(final int size, final int nodes, final long bytes,
        final KernelMemory memory, final int concurrent, final List<KernelMemory.Reservation> reservations) {
        final List<PairRows> workspaces = new ArrayList<>();
        workspaces.add(new PairRows(size, nodes));
        while (workspaces.size() < concurrent) {
            final KernelMemory.Reservation r = memory.tryReserve(bytes);
            if (r == null) {
                break;
            }
            reservations.add(r);
            workspaces.add(new PairRows(size, nodes));
        }
        return workspaces;
    }

    /** @return the form of all sub-problems of this fit */
    Form form() {
        return m_form;
    }

    /**
     * Makes the sub-problem of a class pair and hands it to a solver; with reusable rows it waits until rows are
     * free, and the problem is valid only during the call.
     *
     * @param i the first class
     * @param j the second class
     * @param solver solves the problem: the samples of class i, then those of class j
     * @return the solver's result
     * @throws CanceledException if interrupted while waiting for free rows
     */
    <T> T solve(final int i, final int j, final Function<Problem, T> solver) {
        final int[] members = m_groups.pairMembers(i, j);
        switch (m_form) {
            case SHARED_ROWS: {
                final svm_node[][] picked = new svm_node[members.length][];
                for (int m = 0; m < members.length; m++) {
                    picked[m] = m_shared[members[m]];
                }
                return solver.apply(new Problem(picked, members.length, m_form));
            }
            case FEATURES:
                return solver.apply(
                    new Problem(KernelRows.features(m_samples.rows(), members), members.length, m_form));
            default:
                final PairRows rows = idleRows();
                try {
                    final svm_node[][] r = m_form == Form.CLASS_BLOCKS
                        ? rows.fromBlocks(m_samples, m_groups.members(i), m_blocks.get(i), m_groups.members(j),
                            m_blocks.get(j), m_pairThreads)
                        : rows.of(m_samples, members, m_pairThreads);
                    return solver.apply(new Problem(r, members.length, m_form));
                } finally {
                    m_idle.add(rows);
                }
        }
    }

    private PairRows idleRows() {
        try {
            return m_idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanceledException();
        }
    }

    /** Gives the reserved memory back; the sub-problems must not be used any more. */
    @Override
    public void close() {
        m_reservations.forEach(KernelMemory.Reservation::close);
    }
}
