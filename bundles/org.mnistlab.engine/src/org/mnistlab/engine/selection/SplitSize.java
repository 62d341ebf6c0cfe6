package org.mnistlab.engine.selection;

/**
 * The size of one side of a train/test split as scikit-learn takes it: an absolute number of samples (a Python
 * {@code int}) or a fraction of all samples (a Python {@code float} in (0, 1)). Whether the size fits the data is
 * checked when splitting, with scikit-learn's messages.
 *
 * @param isFraction whether {@link #value()} is a fraction rather than a count
 * @param value the count or the fraction
 */
public record SplitSize(boolean isFraction, double value) {

    /** Rejects values that are no count or no finite fraction. */
    public SplitSize {
        if (!Double.isFinite(value) || !isFraction && value != Math.rint(value)) {
            throw new IllegalArgumentException("a split size must be a whole count or a finite fraction, got " + value);
        }
    }

    /**
     * @param n number of samples
     * @return an absolute size ({@code test_size=n})
     */
    public static SplitSize count(final int n) {
        return new SplitSize(false, n);
    }

    /**
     * @param f share of all samples
     * @return a relative size ({@code test_size=f})
     */
    public static SplitSize fraction(final double f) {
        return new SplitSize(true, f);
    }

    /** @return the value as Python prints it ({@code 60000}, {@code 0.25}), as in scikit-learn's messages */
    @Override
    public String toString() {
        return isFraction ? Double.toString(value) : Long.toString((long)value);
    }
}
