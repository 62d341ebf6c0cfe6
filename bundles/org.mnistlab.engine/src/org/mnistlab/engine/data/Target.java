package org.mnistlab.engine.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.TreeMap;

/**
 * Class labels of a classification problem, encoded the way scikit-learn encodes them: the distinct labels sorted
 * ascending ({@code np.unique}), each sample's label replaced by its index in that list. For two classes the second
 * one is the positive class.
 */
public final class Target {

    /** Python's {@code str} order: by Unicode code point. */
    public static final Comparator<String> LEXICOGRAPHIC = Target::compareCodePoints;

    /** Order of labels that are numbers ("2" before "10"); labels that do not parse sort after, by code point. */
    public static final Comparator<String> NUMERIC = Target::compareNumbers;

    /** Class names of a binary target built by {@link #binary}; numpy prints booleans this way. */
    public static final String FALSE = "False";

    /** @see #FALSE */
    public static final String TRUE = "True";

    private final String[] m_classes;

    private final int[] m_codes;

    private Target(final String[] classes, final int[] codes) {
        m_classes = classes;
        m_codes = codes;
    }

    /**
     * Encodes labels, sorting the distinct ones with {@code order}.
     *
     * @param labels one label per sample, none {@code null}
     * @param order how labels sort
     * @return the target
     */
    public static Target of(final String[] labels, final Comparator<String> order) {
        final TreeMap<String, Integer> distinct = new TreeMap<>(order);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("label of row " + i + " is missing");
            }
            distinct.put(labels[i], 0);
        }
        final String[] classes = distinct.keySet().toArray(new String[0]);
        int k = 0;
        for (final String c : classes) {
            distinct.put(c, k++);
        }
        final int[] codes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = distinct.get(labels[i]);
        }
        return new Target(classes, codes);
    }

    /**
     * A "label == positive" target, as the lab's {@code y_train == '5'}: classes {@link #FALSE}, {@link #TRUE}.
     *
     * @param labels one label per sample
     * @param positive the label that maps to {@link #TRUE}
     * @return the target; it has only the classes that occur
     */
    public static Target binary(final String[] labels, final String positive) {
        final String[] bools = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("label of row " + i + " is missing");
            }
            bools[i] = labels[i].equals(positive) ? TRUE : FALSE;
        }
        return of(bools, LEXICOGRAPHIC);
    }

    /**
     * A target with given classes and codes, e.g. one read back from a model.
     *
     * @param classes class names in their sorted order; copied
     * @param codes per-sample indices into {@code classes}; copied
     * @return the target
     */
    public static Target ofCodes(final String[] classes, final int[] codes) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0 || codes[i] >= classes.length) {
                throw new IllegalArgumentException(
                    "code " + codes[i] + " of row " + i + " is outside 0.." + (classes.length - 1));
            }
        }
        return new Target(classes.clone(), codes.clone());
    }

    /** @return number of samples */
    public int size() {
        return m_codes.length;
    }

    /** @return number of classes */
    public int numClasses() {
        return m_classes.length;
    }

    /** @return the sorted class names (a copy) */
    public String[] classes() {
        return m_classes.clone();
    }

    /**
     * @param k class index
     * @return the name of class k
     */
    public String className(final int k) {
        return m_classes[k];
    }

    /**
     * @param i sample index
     * @return the class index of sample i
     */
    public int code(final int i) {
        return m_codes[i];
    }

    /** @return class index per sample (a copy) */
    public int[] codes() {
        return m_codes.clone();
    }

    /**
     * @param i sample index
     * @return the label of sample i
     */
    public String label(final int i) {
        return m_classes[m_codes[i]];
    }

    /** @return number of samples per class */
    public int[] classCounts() {
        final int[] counts = new int[m_classes.length];
        for (final int c : m_codes) {
            counts[c]++;
        }
        return counts;
    }

    /**
     * The labels of some samples, re-encoded as fitting on them would ({@code np.unique} of the subset): classes
     * absent from the subset disappear.
     *
     * @param rows sample indices
     * @return the subset's target
     */
    public Target select(final int[] rows) {
        final boolean[] present = new boolean[m_classes.length];
        for (final int r : rows) {
            present[m_codes[r]] = true;
        }
        final int[] newCode = new int[m_classes.length];
        int k = 0;
        for (int c = 0; c < m_classes.length; c++) {
            newCode[c] = present[c] ? k++ : -1;
        }
        final String[] classes = new String[k];
        for (int c = 0; c < m_classes.length; c++) {
            if (present[c]) {
                classes[newCode[c]] = m_classes[c];
            }
        }
        final int[] codes = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            codes[i] = newCode[m_codes[rows[i]]];
        }
        return new Target(classes, codes);
    }

    @Override
    public String toString() {
        return "Target[" + m_codes.length + " samples, classes " + Arrays.toString(m_classes) + "]";
    }

    private static int compareCodePoints(final String a, final String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            final int ca = a.codePointAt(i);
            final int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareNumbers(final String a, final String b) {
        final Double x = parse(a);
        final Double y = parse(b);
        if (x != null && y != null) {
            final int c = Double.compare(x, y);
            return c != 0 ? c : compareCodePoints(a, b);
        }
        if (x != null) {
            return -1;
        }
        if (y != null) {
            return 1;
        }
        return compareCodePoints(a, b);
    }

    private static Double parse(final String s) {
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
