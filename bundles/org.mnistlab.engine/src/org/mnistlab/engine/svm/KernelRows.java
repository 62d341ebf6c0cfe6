package org.mnistlab.engine.svm;

import java.util.concurrent.atomic.AtomicInteger;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;

import libsvm.svm_node;

/**
 * Training samples in the two forms libsvm's solver reads: kernel rows for its precomputed kernel, or sparse feature
 * rows for its own kernel code.
 * <p>
 * libsvm evaluates its own kernels by merging two sparse index lists node by node, about ten times slower than
 * scikit-learn's dense BLAS kernels. Precomputing the kernel matrix here, with a branch-free inner loop that still
 * sums each dot product in libsvm's order, gives libsvm the very same kernel values (so the same solution) much
 * faster, at the price of memory: one {@link svm_node} per value.
 */
final class KernelRows {

    /** Samples whose dot products one task computes together, as independent accumulation chains. */
    private static final int BLOCK = 4;

    /**
     * Approximate heap bytes of a precomputed kernel matrix of m samples: a reference per entry plus one shared node
     * (16 bytes of header and index, 8 of value) per symmetric pair.
     */
    static long precomputedBytes(final int m) {
        return (long)m * (m + 1) * 4 + (long)m * (m + 1) / 2 * 24 + (long)m * 24;
    }

    private KernelRows() {
    }

    /**
     * Kernel rows for libsvm's precomputed kernel: row p is {@code [serial p + 1, K(s_p, s_0), ..., K(s_p, s_m-1)]}
     * where {@code s_p = samples[p]}. libsvm finds the kernel value of rows p and q at position {@code serial(q)} of
     * row p, so any subset of these rows, in any order, is itself a valid precomputed problem.
     *
     * @param x all training samples
     * @param squaredNorms {@code <x_i, x_i>} of every training sample
     * @param samples which samples, m of them
     * @param kernel the kernel
     * @param threads parallelism
     * @param monitor checked for cancel; gets progress
     * @return m rows of m + 1 nodes; symmetric entries share one node
     */
    static svm_node[][] precomputed(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int threads, final Monitor monitor) {
        final int m = samples.length;
        final svm_node[][] rows = new svm_node[m][m + 1];
        for (int p = 0; p < m; p++) {
            final svm_node serial = new svm_node();
            serial.index = 0;
            serial.value = p + 1;
            rows[p][0] = serial;
        }
        final int blocks = (m + BLOCK - 1) / BLOCK;
        final AtomicInteger done = new AtomicInteger();
        Parallel.map(blocks, threads, b -> {
            monitor.checkCanceled();
            fillBlock(x, squaredNorms, samples, kernel, b * BLOCK, rows);
            monitor.progress((double)done.incrementAndGet() / blocks, null);
            return null;
        });
        return rows;
    }

    /**
     * Fills K(s_p, s_q) for p in [first, first + BLOCK) and q >= p, and the mirrored entries. Each dot product is
     * accumulated from +0 over the non-zero columns of s_q in ascending order, multiplying by s_p's value in a dense
     * copy: terms where s_p is zero add an exact zero, so every sum equals libsvm's sparse merge, while the BLOCK
     * independent sums keep the floating-point units busy.
     */
    private static void fillBlock(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int first, final svm_node[][] rows) {
        final int m = samples.length;
        final int d = x.cols();
        final int count = Math.min(BLOCK, m - first);
        final double[] d0 = new double[d];
        final double[] d1 = new double[d];
        final double[] d2 = new double[d];
        final double[] d3 = new double[d];
        final double[][] dense = {d0, d1, d2, d3};
        for (int r = 0; r < count; r++) {
            x.copyRow(samples[first + r], dense[r]);
        }
        final int[] start = x.starts();
        final int[] index = x.indices();
        final double[] value = x.values();
        final double[] dots = new double[BLOCK];
        for (int q = first; q < m; q++) {
            final int sq = samples[q];
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = start[sq], end = start[sq + 1]; k < end; k++) {
                final int c = index[k];
                final double v = value[k];
                s0 += d0[c] * v;
                s1 += d1[c] * v;
                s2 += d2[c] * v;
                s3 += d3[c] * v;
            }
            dots[0] = s0;
            dots[1] = s1;
            dots[2] = s2;
            dots[3] = s3;
            for (int r = 0; r < count && first + r <= q; r++) {
                final int p = first + r;
                final svm_node node = new svm_node();
                node.index = q + 1;
                node.value = kernel.fromDot(dots[r], squaredNorms[samples[p]], squaredNorms[sq]);
                rows[p][q + 1] = node;
                rows[q][p + 1] = node;
            }
        }
    }

    /**
     * Sparse feature rows for libsvm's own kernel code: the non-zero entries of some samples, by ascending column.
     *
     * @param x all training samples
     * @param samples which samples
     * @return one node array per sample
     */
    static svm_node[][] features(final SparseRows x, final int[] samples) {
        final int[] start = x.starts();
        final int[] index = x.indices();
        final double[] value = x.values();
        final svm_node[][] rows = new svm_node[samples.length][];
        for (int m = 0; m < rows.length; m++) {
            final int i = samples[m];
            final svm_node[] row = new svm_node[start[i + 1] - start[i]];
            for (int k = 0; k < row.length; k++) {
                final svm_node node = new svm_node();
                node.index = index[start[i] + k];
                node.value = value[start[i] + k];
                row[k] = node;
            }
            rows[m] = row;
        }
        return rows;
    }
}
