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
 * <p>
 * The byte counts here are what the arrays and nodes take on a heap with compressed references (below 32 GB); on
 * larger heaps they take about a third more.
 */
final class KernelRows {

    /** Heap bytes of an {@link svm_node}: object header, int index, double value. */
    static final long NODE_BYTES = 24;

    /** Heap bytes of an array header with its length. */
    private static final long ARRAY_HEADER = 16;

    /** Heap bytes of a compressed reference. */
    private static final long REFERENCE_BYTES = 4;

    /**
     * Samples whose dot products are computed together, as independent accumulation chains: enough to hide the
     * latency of floating-point additions, which otherwise bounds the loop.
     */
    static final int BLOCK = 8;

    /** Parallel tasks per thread, so that the uneven blocks of a triangle spread evenly over the threads. */
    private static final int TASKS_PER_THREAD = 8;

    private KernelRows() {
    }

    /** @return the number of distinct kernel values of m samples, K(a, b) serving K(b, a) too */
    static long triangle(final int m) {
        return (long)m * (m + 1) / 2;
    }

    /** @return heap bytes of m arrays of {@code length} references each */
    static long referenceBytes(final long m, final long length) {
        return m * (ARRAY_HEADER + REFERENCE_BYTES * length);
    }

    /** @return heap bytes of m precomputed kernel rows without their value nodes: references and serial nodes */
    static long serialRowBytes(final int m) {
        return referenceBytes(m, m + 1) + m * NODE_BYTES;
    }

    /** @return heap bytes of the {@link #rows kernel rows} of m samples, value nodes included */
    static long rowBytes(final int m) {
        return serialRowBytes(m) + triangle(m) * NODE_BYTES;
    }

    /** @return heap bytes of the {@link #block kernel block} of m samples */
    static long blockBytes(final int m) {
        return referenceBytes(m, m) + triangle(m) * NODE_BYTES;
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
     * @return m rows of m + 1 nodes ({@link #rowBytes})
     */
    static svm_node[][] rows(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int threads, final Monitor monitor) {
        final int m = samples.length;
        final svm_node[][] rows = serialRows(m, m + 1);
        compute(x, squaredNorms, kernel, samples, samples, true, threads, monitor, (first, count, from, values) -> {
            for (int r = 0; r < count; r++) {
                final int p = first + r;
                for (int q = p; q < m; q++) {
                    final svm_node node = node(values[(q - from) * BLOCK + r]);
                    rows[p][q + 1] = node;
                    rows[q][p + 1] = node;
                }
            }
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
     * @return K(s_p, s_q) at [p][q] ({@link #blockBytes})
     */
    static svm_node[][] block(final SparseRows x, final double[] squaredNorms, final int[] samples,
        final KernelFunction kernel, final int threads, final Monitor monitor) {
        final int m = samples.length;
        final svm_node[][] block = new svm_node[m][m];
        compute(x, squaredNorms, kernel, samples, samples, true, threads, monitor, (first, count, from, values) -> {
            for (int r = 0; r < count; r++) {
                final int p = first + r;
                for (int q = p; q < m; q++) {
                    final svm_node node = node(values[(q - from) * BLOCK + r]);
                    block[p][q] = node;
                    block[q][p] = node;
                }
            }
        });
        return block;
    }

    /**
     * @param m rows
     * @param length nodes per row, at least m + 1
     * @return rows whose node 0 holds the serial number p + 1 of row p, as libsvm's precomputed kernel wants it
     */
    static svm_node[][] serialRows(final int m, final int length) {
        final svm_node[][] rows = new svm_node[m][length];
        for (int p = 0; p < m; p++) {
            final svm_node serial = node(p + 1);
            serial.index = 0;
            rows[p][0] = serial;
        }
        return rows;
    }

    /** @return a new node of index 0 */
    static svm_node node(final double value) {
        final svm_node node = new svm_node();
        node.value = value;
        return node;
    }

    /**
     * Receives the kernel values of up to {@link #BLOCK} consecutive rows at once (so that the loop computing them
     * calls it rarely and stays the same code for every receiver): K(a_p, b_q) for p in [first, first + count) and
     * q in [from, b.length) at {@code values[(q - from) * BLOCK + p - first]}. For a triangle, {@code from} is
     * {@code first} and only the values with q >= p are meant.
     */
    @FunctionalInterface
    interface Sink {
        void put(int first, int count, int from, double[] values);
    }

    /**
     * Computes K(a_p, b_q) for all p, q (for q >= p only if {@code triangle}, when a and b are the same samples), in
     * parallel blocks of rows, each entry once, whatever the thread count.
     *
     * @param x all training samples
     * @param squaredNorms {@code <x_i, x_i>} of every training sample
     * @param kernel the kernel
     * @param a samples of the rows
     * @param b samples of the columns
     * @param triangle whether only q >= p is wanted
     * @param threads parallelism
     * @param monitor checked for cancel; gets progress
     * @param sink receives the values, from any thread, distinct rows concurrently
     */
    static void compute(final SparseRows x, final double[] squaredNorms, final KernelFunction kernel, final int[] a,
        final int[] b, final boolean triangle, final int threads, final Monitor monitor, final Sink sink) {
        final int blocks = (a.length + BLOCK - 1) / BLOCK;
        final int tasks = threads == 1 ? 1 : Math.min(blocks, threads * TASKS_PER_THREAD);
        final AtomicInteger done = new AtomicInteger();
        Parallel.map(tasks, threads, t -> {
            // per task: the block's rows as dense columns of BLOCK values (cleared after each block at the few
            // entries it set), and the block's kernel values
            final double[] dense = new double[x.cols() * BLOCK];
            final double[] values = new double[b.length * BLOCK];
            for (int block = t; block < blocks; block += tasks) {
                monitor.checkCanceled();
                final int first = block * BLOCK;
                final int from = triangle ? first : 0;
                computeBlock(x, squaredNorms, kernel, a, b, first, from, dense, values);
                sink.put(first, Math.min(BLOCK, a.length - first), from, values);
                monitor.progress((double)done.incrementAndGet() / blocks, null);
            }
            return null;
        });
    }

    /**
     * K(a_p, b_q) for p in [first, first + BLOCK) and q in [from, b.length) into {@code values}, laid out as
     * {@link Sink} reads them. Each dot product is accumulated from +0 over the non-zero columns of b_q in ascending
     * order, multiplying by a_p's value in a dense copy: terms where a_p is zero add an exact zero, so every sum
     * equals libsvm's sparse merge, while the BLOCK independent sums keep the floating-point units busy.
     */
    private static void computeBlock(final SparseRows x, final double[] squaredNorms, final KernelFunction kernel,
        final int[] a, final int[] b, final int first, final int from, final double[] dense, final double[] values) {
        final int count = Math.min(BLOCK, a.length - first);
        final int[] start = x.starts();
        final int[] index = x.indices();
        final double[] value = x.values();
        for (int r = 0; r < count; r++) {
            final int i = a[first + r];
            for (int k = start[i]; k < start[i + 1]; k++) {
                dense[index[k] * BLOCK + r] = value[k];
            }
        }
        for (int q = from; q < b.length; q++) {
            final int sq = b[q];
            final int offset = (q - from) * BLOCK;
            dots(index, value, start[sq], start[sq + 1], dense, values, offset);
            for (int r = 0; r < count; r++) {
                values[offset + r] = kernel.fromDot(values[offset + r], squaredNorms[a[first + r]], squaredNorms[sq]);
            }
        }
        for (int r = 0; r < count; r++) {
            final int i = a[first + r];
            for (int k = start[i]; k < start[i + 1]; k++) {
                dense[index[k] * BLOCK + r] = 0;
            }
        }
    }

    /**
     * The {@link #BLOCK} dot products of one sparse row with the dense block rows, into {@code out[offset..]}. A
     * small method of its own so that the JIT compiler optimizes it early in a fit.
     */
    private static void dots(final int[] index, final double[] value, final int from, final int to,
        final double[] dense, final double[] out, final int offset) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int k = from; k < to; k++) {
            final int c = index[k] * BLOCK;
            final double v = value[k];
            s0 += dense[c] * v;
            s1 += dense[c + 1] * v;
            s2 += dense[c + 2] * v;
            s3 += dense[c + 3] * v;
            s4 += dense[c + 4] * v;
            s5 += dense[c + 5] * v;
            s6 += dense[c + 6] * v;
            s7 += dense[c + 7] * v;
        }
        out[offset] = s0;
        out[offset + 1] = s1;
        out[offset + 2] = s2;
        out[offset + 3] = s3;
        out[offset + 4] = s4;
        out[offset + 5] = s5;
        out[offset + 6] = s6;
        out[offset + 7] = s7;
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
