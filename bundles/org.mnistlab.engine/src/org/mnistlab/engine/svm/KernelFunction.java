package org.mnistlab.engine.svm;

/**
 * A kernel with resolved parameters, evaluated with libsvm's exact formulas so that kernel values computed here equal
 * libsvm's bit for bit (given the same {@code exp}/{@code tanh}).
 * <p>
 * libsvm uses two formulas. Training ({@code Kernel.kernel_function}) gets the RBF kernel from cached squared norms,
 * {@code exp(-gamma * (|a|^2 + |b|^2 - 2 <a, b>))}; prediction ({@code Kernel.k_function}) sums squared differences,
 * {@code exp(-gamma * |a - b|^2)}. scikit-learn's dense libsvm does the same, with BLAS sums: for integer-valued
 * features such as pixels every such sum is exact in any order, so the values agree exactly up to the last bit of
 * {@code exp}.
 *
 * @param kernel the kernel
 * @param gamma resolved gamma
 * @param coef0 independent term of poly and sigmoid
 * @param degree degree of poly
 */
record KernelFunction(Kernel kernel, double gamma, double coef0, int degree) {

    /**
     * libsvm's training kernel from an inner product and the two squared norms.
     *
     * @param dot {@code <a, b>} summed as libsvm does
     * @param squaredNormA {@code <a, a>}
     * @param squaredNormB {@code <b, b>}
     * @return K(a, b)
     */
    double fromDot(final double dot, final double squaredNormA, final double squaredNormB) {
        switch (kernel) {
            case LINEAR:
                return dot;
            case POLY:
                return powi(gamma * dot + coef0, degree);
            case RBF:
                return Math.exp(-gamma * (squaredNormA + squaredNormB - 2 * dot));
            default:
                return Math.tanh(gamma * dot + coef0);
        }
    }

    /**
     * libsvm's prediction RBF kernel from a squared distance.
     *
     * @param squaredDistance {@code |a - b|^2} summed as libsvm does
     * @return K(a, b)
     */
    double fromSquaredDistance(final double squaredDistance) {
        return Math.exp(-gamma * squaredDistance);
    }

    /**
     * libsvm's prediction kernel between a sparse sample and row {@code row} of {@code rows}.
     *
     * @param index the sample's non-zero columns, ascending
     * @param value the sample's non-zero values
     * @param nnz number of non-zero entries of the sample
     * @param rows e.g. the support vectors
     * @param row which row
     * @return K(sample, row)
     */
    double between(final int[] index, final double[] value, final int nnz, final SparseRows rows, final int row) {
        final int[] start = rows.starts();
        final int[] bIndex = rows.indices();
        final double[] bValue = rows.values();
        int j = start[row];
        final int jEnd = start[row + 1];
        if (kernel != Kernel.RBF) {
            return fromDot(mergeDot(index, value, nnz, bIndex, bValue, j, jEnd), 0, 0);
        }
        // sum of squared differences over the union of non-zero columns, in ascending column order
        double sum = 0;
        int i = 0;
        while (i < nnz && j < jEnd) {
            final int ci = index[i];
            final int cj = bIndex[j];
            if (ci == cj) {
                final double d = value[i++] - bValue[j++];
                sum += d * d;
            } else if (ci > cj) {
                sum += bValue[j] * bValue[j];
                j++;
            } else {
                sum += value[i] * value[i];
                i++;
            }
        }
        for (; i < nnz; i++) {
            sum += value[i] * value[i];
        }
        for (; j < jEnd; j++) {
            sum += bValue[j] * bValue[j];
        }
        return fromSquaredDistance(sum);
    }

    /** libsvm's sparse dot product: products of common non-zero columns summed from +0 in ascending order. */
    private static double mergeDot(final int[] aIndex, final double[] aValue, final int aEnd, final int[] bIndex,
        final double[] bValue, final int bStart, final int bEnd) {
        double sum = 0;
        int i = 0;
        int j = bStart;
        while (i < aEnd && j < bEnd) {
            final int ci = aIndex[i];
            final int cj = bIndex[j];
            if (ci == cj) {
                sum += aValue[i++] * bValue[j++];
            } else if (ci > cj) {
                j++;
            } else {
                i++;
            }
        }
        return sum;
    }

    /**
     * {@code base^times} by binary exponentiation with libsvm's multiplication order (scikit-learn's libsvm uses the
     * same order), which differs from {@link Math#pow} in the last bits.
     */
    static double powi(final double base, final int times) {
        double square = base;
        double result = 1.0;
        for (int t = times; t > 0; t /= 2) {
            if (t % 2 == 1) {
                result *= square;
            }
            square = square * square;
        }
        return result;
    }
}
