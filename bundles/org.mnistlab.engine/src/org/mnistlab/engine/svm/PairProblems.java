package org.mnistlab.engine.svm;

import java.util.List;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;

import libsvm.svm_node;

/**
 * The class-pair sub-problems of one fit in libsvm's form. Preferably as precomputed kernel rows: either picked from
 * the kernel rows of all samples, or assembled per pair from the kernel blocks of each class (computed once, shared by
 * the class's k - 1 pairs) and the pair's cross block (computed when the pair is solved and dropped after it). So
 * every kernel value is computed once, and only the class blocks live for the whole fit. Sub-problems too large for
 * the cache size get sparse feature rows and libsvm's own kernel.
 */
final class PairProblems {

    /**
     * A sub-problem as libsvm reads it.
     *
     * @param rows one node array per sample
     * @param precomputed whether they are precomputed kernel rows (else sparse features)
     */
    record Problem(svm_node[][] rows, boolean precomputed) {
    }

    private final TrainingSamples m_samples;

    private final Groups m_groups;

    /** Per class its kernel block, or {@code null}. */
    private final List<svm_node[][]> m_blocks;

    private final long m_pairBudget;

    private PairProblems(final TrainingSamples samples, final Groups groups, final List<svm_node[][]> blocks,
        final long pairBudget) {
        m_samples = samples;
        m_groups = groups;
        m_blocks = blocks;
        m_pairBudget = pairBudget;
    }

    /**
     * @param samples the training samples
     * @param groups their grouping by class
     * @param concurrent how many pairs are solved at once (they share the cache size)
     * @param threads parallelism of the class blocks
     * @param monitor progress and cancel of the class blocks
     * @return the sub-problems
     */
    static PairProblems of(final TrainingSamples samples, final Groups groups, final int concurrent,
        final int threads, final Monitor monitor) {
        final int k = groups.numClasses();
        long blockBytes = 0;
        for (int c = 0; c < k; c++) {
            blockBytes += KernelRows.nodeBytes(groups.count(c));
        }
        List<svm_node[][]> blocks = null;
        if (samples.kernelRows() == null && blockBytes <= samples.budget()) {
            blocks = Parallel.map(k, threads, c -> KernelRows.block(samples.rows(), samples.squaredNorms(),
                groups.members(c), samples.kernel(), threads, monitor.sub(1.0 / k)));
        }
        monitor.progress(1, null);
        return new PairProblems(samples, groups, blocks, samples.budget() / concurrent);
    }

    /**
     * @param i the first class
     * @param j the second class
     * @return the sub-problem: the samples of class i, then those of class j
     */
    Problem problem(final int i, final int j) {
        final int[] members = m_groups.pairMembers(i, j);
        if (m_samples.kernelRows() != null) {
            final svm_node[][] all = m_samples.kernelRows();
            final svm_node[][] picked = new svm_node[members.length][];
            for (int m = 0; m < members.length; m++) {
                picked[m] = all[members[m]];
            }
            return new Problem(picked, true);
        }
        if (m_blocks != null && KernelRows.nodeBytes(members.length) <= m_pairBudget) {
            return new Problem(KernelRows.pairRows(m_samples.rows(), m_samples.squaredNorms(), m_samples.kernel(),
                m_groups.members(i), m_blocks.get(i), m_groups.members(j), m_blocks.get(j)), true);
        }
        return new Problem(KernelRows.features(m_samples.rows(), members), false);
    }
}
