package org.mnistlab.engine.preprocessing;

/**
 * Options of scikit-learn's {@code StandardScaler}.
 *
 * @param withMean subtract each feature's mean (default true)
 * @param withStd divide by each feature's standard deviation (default true)
 */
public record ScalerParams(boolean withMean, boolean withStd) {

    /** scikit-learn's defaults: center and scale. */
    public ScalerParams() {
        this(true, true);
    }

    /**
     * @param center whether to subtract the mean
     * @return a copy with that option
     */
    public ScalerParams withMean(final boolean center) {
        return new ScalerParams(center, withStd);
    }

    /**
     * @param scale whether to divide by the standard deviation
     * @return a copy with that option
     */
    public ScalerParams withStd(final boolean scale) {
        return new ScalerParams(withMean, scale);
    }
}
