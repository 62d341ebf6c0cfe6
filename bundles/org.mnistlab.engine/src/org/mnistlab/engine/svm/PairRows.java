package org.mnistlab.engine.svm;

import org.mnistlab.engine.Monitor;

import libsvm.svm_node;

/**
 * Precomputed kernel rows that the class-pair sub-problems of a fit reuse one after another: the row arrays with
 * their serial nodes, and the nodes of the values that belong to a single pair. Allocating fresh nodes for every pair
 * (one per kernel value: millions for a few thousand samples) cost more time than computing the values; here each
 * pair only overwrites node values and row entries. libsvm reads a row only up to the serial numbers of its problem,
 * so the rows may be longer than the pair, and entries past it are left from earlier pairs.
 * <p>
 * Not thread-safe: one pair at a time, and its rows are valid until the next pair.
 */
final class PairRows {

    /** {@code m_rows[p]}: node 0 the serial number p + 1, then the kernel values of the current pair. */
    private final svm_node[][] m_rows;

    /** Value nodes owned by the current pair. */
    private final svm_node[] m_nodes;

    /**
     * @param size samples of the largest pair
     * @param nodes value nodes a pair may need
     */
    PairRows(final int size, final int nodes) {
        m_rows = KernelRows.serialRows(size, size + 1);
        m_nodes = new svm_node[nodes];
        for (int n = 0; n < nodes; n++) {
            m_nodes[n] = KernelRows.node(0);
        }
    }

    /**
     * @param size samples of the largest pair
     * @param nodes value nodes a pair may need
     * @return heap bytes of {@code new PairRows(size, nodes)}
     */
    static long bytes(final int size, final long nodes) {
        return KernelRows.serialRowBytes(size) + KernelRows.referenceBytes(1, nodes)
            + nodes * KernelRows.NODE_BYTES;
    }

    /**
     * Rows of a pair assembled from its classes' kernel blocks, computing only the cross block: the pair's samples
     * are those of the first class, then those of the second.
     *
     * @param samples the training samples
     * @param first samples of the first class
     * @param firstBlock their {@link KernelRows#block}
     * @param second samples of the second class
     * @param secondBlock their {@link KernelRows#block}
     * @param threads parallelism of the cross block
     * @return the rows, the first {@code first.length + second.length} of them the pair's; valid until the next pair
     */
    svm_node[][] fromBlocks(final TrainingSamples samples, final int[] first, final svm_node[][] firstBlock,
        final int[] second, final svm_node[][] secondBlock, final int threads) {
        final int a = first.length;
        final int b = second.length;
        for (int p = 0; p < a; p++) {
            System.arraycopy(firstBlock[p], 0, m_rows[p], 1, a);
        }
        for (int q = 0; q < b; q++) {
            System.arraycopy(secondBlock[q], 0, m_rows[a + q], a + 1, b);
        }
        KernelRows.compute(samples.rows(), samples.squaredNorms(), samples.kernel(), first, second, false, threads,
            Monitor.NONE, (firstRow, count, from, values) -> {
                for (int r = 0; r < count; r++) {
                    final int p = firstRow + r;
                    for (int q = 0; q < b; q++) {
                        final svm_node node = m_nodes[p * b + q];
                        node.value = values[q * KernelRows.BLOCK + r];
                        m_rows[p][a + q + 1] = node;
                        m_rows[a + q][p + 1] = node;
                    }
                }
            });
        return m_rows;
    }

    /**
     * Rows of a pair computed whole.
     *
     * @param samples the training samples
     * @param members the pair's samples
     * @param threads parallelism
     * @return the rows, the first {@code members.length} of them the pair's; valid until the next pair
     */
    svm_node[][] of(final TrainingSamples samples, final int[] members, final int threads) {
        final int m = members.length;
        KernelRows.compute(samples.rows(), samples.squaredNorms(), samples.kernel(), members, members, true, threads,
            Monitor.NONE, (first, count, from, values) -> {
                for (int r = 0; r < count; r++) {
                    final int p = first + r;
                    // row p's values q >= p follow those of the rows before it
                    int n = (int)(KernelRows.triangle(m) - KernelRows.triangle(m - p));
                    for (int q = p; q < m; q++) {
                        final svm_node node = m_nodes[n++];
                        node.value = values[(q - from) * KernelRows.BLOCK + r];
                        m_rows[p][q + 1] = node;
                        m_rows[q][p + 1] = node;
                    }
                }
            });
        return m_rows;
    }
}
