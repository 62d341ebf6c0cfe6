package org.mnistlab.engine.svm;

import java.util.concurrent.atomic.AtomicInteger;

import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Parallel;

import libsvm.svm_node;

/**
 * Training samples in the forms libsvm's solver reads: kernel rows for its precomputed kernel, or sparse feature
 * rows for its own kernel code.
 * <p>
 * libsvm evaluates its own kernels by merging two sparse index lists node by node, about ten times slower than
 * scikit-learn's dense BLAS kernels. Precomputing kernel values here, with a branch-free inner loop that still sums
 * each dot product in libsvm's order, gives libsvm the very same kernel values (so the same solution) much faster,
 * at the price of memory: a kernel row holds one {@link svm_node} per value. A node of K(a, b) also serves K(b, a).
 * libsvm's precomputed kernel reads only the serial number in node 0 of each row and the values, so kernel nodes can
 * be shared by the rows of several sub-problems.
 */
final class KernelRows {

    /** Samples whose dot products are computed together, as independent accumulation chains. */
    private static final int BLOCK = 4;

    private KernelRows() {
    }

    /**
     * Approximate heap bytes of the kernel rows of m samples: a reference per entry plus one shared node (16 bytes of
     * header and index, 8 of value) per symmetric pair.
     */
    static long nodeBytes(final int m) {
        return (long)m * (m + 1) * 4 + (long)m * (m + 1) / 2 * 24 + (long)m * 24;
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
     * @return m rows of m + 1 nodes
     */
    static svm_node[][] rows(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int threads, final Monitor monitor) {
        final svm_node[][] rows = serialRows(samples.length);
        compute(x, squaredNorms, kernel, samples, samples, true, threads, monitor, (p, q, value) -> {
            final svm_node node = node(value);
            rows[p][q + 1] = node;
            rows[q][p + 1] = node;
        });
        return rows;
    }

    /**
     * The kernel matrix of some samples as nodes, without serial numbers: the diagonal block of a class in its pair
     * sub-problems.
     *
     * @param x all training samples
     * @param squaredNorms {@code <x_i, x_i>} of every training sample
     * @param samples which samples
     * @param kernel the kernel
     * @param threads parallelism
     * @param monitor checked for cancel; gets progress
     * @return K(s_p, s_q) at [p][q]
     */
    static svm_node[][] block(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int threads, final Monitor monitor) {
        final svm_node[][] block = new svm_node[samples.length][samples.length];
        compute(x, squaredNorms, kernel, samples, samples, true, threads, monitor, (p, q, value) -> {
            final svm_node node = node(value);
            block[p][q] = node;
            block[q][p] = node;
        });
        return block;
    }

    /**
     * Kernel rows of a class pair's sub-problem, the samples of the first class then those of the second: the two
     * classes' diagonal blocks are shared, only the cross block is computed.
     *
     * @param x all training samples
     * @param squaredNorms {@code <x_i, x_i>} of every training sample
     * @param kernel the kernel
     * @param first samples of the first class
     * @param firstBlock their {@link #block}
     * @param second samples of the second class
     * @param secondBlock their {@link #block}
     * @return the rows, as {@link #rows} of the concatenated samples
     */
    static svm_node[][] pairRows(final SparseRows x, final double[] squaredNorms, final KernelFunction kernel,
        final int[] first, final svm_node[][] firstBlock, final int[] second, final svm_node[][] secondBlock) {
        final int a = first.length;
        final int b = second.length;
        final svm_node[][] rows = serialRows(a + b);
        for (int p = 0; p < a; p++) {
            System.arraycopy(firstBlock[p], 0, rows[p], 1, a);
        }
        for (int q = 0; q < b; q++) {
            System.arraycopy(secondBlock[q], 0, rows[a + q], a + 1, b);
        }
        compute(x, squaredNorms, kernel, first, second, false, 1, Monitor.NONE, (p, q, value) -> {
            final svm_node node = node(value);
            rows[p][a + q + 1] = node;
            rows[a + q][p + 1] = node;
        });
        return rows;
    }

    private static svm_node[][] serialRows(final int m) {
        final svm_node[][] rows = new svm_node[m][m + 1];
        for (int p = 0; p < m; p++) {
            final svm_node serial = node(p + 1);
            serial.index = 0;
            rows[p][0] = serial;
        }
        return rows;
    }

    private static svm_node node(final double value) {
        final svm_node node = new svm_node();
        node.value = value;
        return node;
    }

    /** Receives K(a_p, b_q). */
    @FunctionalInterface
    private interface Sink {
        void put(int p, int q, double value);
    }

    /**
     * Computes K(a_p, b_q) for all p, q (for q >= p only if {@code triangle}, when a and b are the same samples), in
     * parallel blocks of rows, each entry once.
     */
    private static void compute(final SparseRows x, final double[] squaredNorms, final KernelFunction kernel,
        final int[] a, final int[] b, final boolean triangle, final int threads, final Monitor monitor,
        final Sink sink) {
        final int blocks = (a.length + BLOCK - 1) / BLOCK;
        final AtomicInteger done = new AtomicInteger();
        Parallel.map(blocks, threads, block -> {
            monitor.checkCanceled();
            computeBlock(x, squaredNorms, kernel, a, b, triangle, block * BLOCK, sink);
            monitor.progress((double)done.incrementAndGet() / blocks, null);
            return null;
        });
    }

    /**
     * K(a_p, b_q) for p in [first, first + BLOCK). Each dot product is accumulated from +0 over the non-zero columns
     * of b_q in ascending order, multiplying by a_p's value in a dense copy: terms where a_p is zero add an exact
     * zero, so every sum equals libsvm's sparse merge, while the BLOCK independent sums keep the floating-point units
     * busy.
     */
    private static void computeBlock(final SparseRows x, final double[] squaredNorms, final KernelFunction kernel,
        final int[] a, final int[] b, final boolean triangle, final int first, final Sink sink) {
        final int d = x.cols();
        final int count = Math.min(BLOCK, a.length - first);
        final double[] d0 = new double[d];
        final double[] d1 = new double[d];
        final double[] d2 = new double[d];
        final double[] d3 = new double[d];
        final double[][] dense = {d0, d1, d2, d3};
        for (int r = 0; r < count; r++) {
            x.copyRow(a[first + r], dense[r]);
        }
        final int[] start = x.starts();
        final int[] index = x.indices();
        final double[] value = x.values();
        final double[] dots = new double[BLOCK];
        for (int q = triangle ? first : 0; q < b.length; q++) {
            final int sq = b[q];
            dots(index, value, start[sq], start[sq + 1], d0, d1, d2, d3, dots);
            for (int r = 0; r < count && (!triangle || first + r <= q); r++) {
                final int p = first + r;
                sink.put(p, q, kernel.fromDot(dots[r], squaredNorms[a[p]], squaredNorms[sq]));
            }
        }
    }

    /**
     * The four dot products of one sparse row with four dense rows. A small method of its own so that the JIT
     * compiler optimizes it early in a fit.
     */
    private static void dots(final int[] index, final double[] value, final int from, final int to,
        final double[] d0, final double[] d1, final double[] d2, final double[] d3, final double[] dots) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int k = from; k < to; k++) {
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
                final svm_node node = node(value[start[i] + k]);
                node.index = index[start[i] + k];
                row[k] = node;
            }
            rows[m] = row;
        }
        return rows;
    }
}
