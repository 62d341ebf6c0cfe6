package org.mnistlab.engine.svm;

/**
 * The one-vs-one bookkeeping of libsvm and scikit-learn: class pairs in libsvm's order, libsvm's vote and
 * scikit-learn's one-vs-rest shaped decision values.
 */
final class OneVsOne {

    private OneVsOne() {
    }

    /**
     * @param k number of classes
     * @return the pairs {i, j}, i < j, in libsvm's order (0,1), (0,2), ..., (0,k-1), (1,2), ..., (k-2,k-1)
     */
    static int[][] pairs(final int k) {
        final int[][] pairs = new int[k * (k - 1) / 2][];
        int p = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs[p++] = new int[] {i, j};
            }
        }
        return pairs;
    }

    /**
     * libsvm's {@code svm_predict_values} vote: a positive decision value votes for the pair's first class,
     * anything else for the second; the class with most votes wins, the lowest index on ties.
     *
     * @param dec pairwise decision values of one sample, libsvm's signs and order
     * @param k number of classes
     * @return the winning class index
     */
    static int vote(final double[] dec, final int k) {
        final int[] votes = new int[k];
        int p = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (dec[p++] > 0) {
                    votes[i]++;
                } else {
                    votes[j]++;
                }
            }
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (votes[c] > votes[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * scikit-learn's {@code _ovr_decision_function(dec < 0, -dec, k)} for one sample: per class, the votes it got
     * (a pair votes for its first class unless the value is negative) plus its summed confidences squashed into
     * (-1/3, 1/3) by {@code s / (3 (|s| + 1))}, so that confidences break vote ties without overturning a vote.
     * Confidences add up in pair order, as numpy's column updates do.
     *
     * @param dec pairwise decision values of one sample, libsvm's signs and order
     * @param k number of classes
     * @param out receives k values
     * @param offset where in {@code out}
     */
    static void toOvr(final double[] dec, final int k, final double[] out, final int offset) {
        final double[] votes = new double[k];
        final double[] confidence = new double[k];
        int p = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                final double c = -dec[p];
                confidence[i] -= c;
                confidence[j] += c;
                if (dec[p] < 0) {
                    votes[j] += 1;
                } else {
                    votes[i] += 1;
                }
                p++;
            }
        }
        for (int c = 0; c < k; c++) {
            final double s = confidence[c];
            out[offset + c] = votes[c] + s / (3 * (Math.abs(s) + 1));
        }
    }
}
