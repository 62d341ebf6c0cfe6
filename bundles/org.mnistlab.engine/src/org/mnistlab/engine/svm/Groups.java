package org.mnistlab.engine.svm;

import java.util.Arrays;

import org.mnistlab.engine.data.Target;

/**
 * Samples grouped by class as libsvm's {@code svm_group_classes} groups them: classes in their sorted order, the
 * samples of a class in their original order (a stable counting sort).
 */
final class Groups {

    /** Original sample index of each position in the grouped order. */
    private final int[] m_sample;

    private final int[] m_start;

    private final int[] m_count;

    private final long m_pairCost;

    private Groups(final int[] sample, final int[] start, final int[] count) {
        m_sample = sample;
        m_start = start;
        m_count = count;
        long cost = 0;
        for (int i = 0; i < count.length; i++) {
            for (int j = i + 1; j < count.length; j++) {
                cost += pairCost(i, j);
            }
        }
        m_pairCost = cost;
    }

    /**
     * @param y the labels, every class present
     * @return the grouping
     */
    static Groups of(final Target y) {
        final int[] count = y.classCounts();
        final int[] start = new int[count.length];
        for (int c = 1; c < count.length; c++) {
            start[c] = start[c - 1] + count[c - 1];
        }
        final int[] next = start.clone();
        final int[] sample = new int[y.size()];
        for (int i = 0; i < y.size(); i++) {
            sample[next[y.code(i)]++] = i;
        }
        return new Groups(sample, start, count);
    }

    int numClasses() {
        return m_count.length;
    }

    /** @return first position of class c */
    int start(final int c) {
        return m_start[c];
    }

    /** @return number of samples of class c */
    int count(final int c) {
        return m_count[c];
    }

    /** @return the original index of the sample at a grouped position */
    int sample(final int position) {
        return m_sample[position];
    }

    /** @return original indices of the samples of class c, in original order */
    int[] members(final int c) {
        return Arrays.copyOfRange(m_sample, m_start[c], m_start[c] + m_count[c]);
    }

    /** @return grouped positions of the samples of classes i then j */
    int[] pairPositions(final int i, final int j) {
        final int[] r = new int[m_count[i] + m_count[j]];
        for (int m = 0; m < m_count[i]; m++) {
            r[m] = m_start[i] + m;
        }
        for (int m = 0; m < m_count[j]; m++) {
            r[m_count[i] + m] = m_start[j] + m;
        }
        return r;
    }

    /** @return original indices of the samples of classes i then j: the sub-problem of pair (i, j) */
    int[] pairMembers(final int i, final int j) {
        final int[] r = pairPositions(i, j);
        for (int m = 0; m < r.length; m++) {
            r[m] = m_sample[r[m]];
        }
        return r;
    }

    /** @return the share of all pairs' work that pair (i, j) is worth, for progress */
    double pairWeight(final int i, final int j) {
        return m_pairCost == 0 ? 0 : (double)pairCost(i, j) / m_pairCost;
    }

    private long pairCost(final int i, final int j) {
        final long l = (long)m_count[i] + m_count[j];
        return l * l;
    }
}
