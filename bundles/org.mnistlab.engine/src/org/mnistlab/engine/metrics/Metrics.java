package org.mnistlab.engine.metrics;

/** What the metrics share beyond the input checks of {@link org.mnistlab.engine.validation.Validation}. */
final class Metrics {

    private Metrics() {
    }

    /**
     * @param total the number of samples a metric divides by
     * @return the total, if there are samples
     * @throws IllegalArgumentException if there are none (the metric is undefined)
     */
    static long checkTotal(final long total) {
        if (total <= 0) {
            throw new IllegalArgumentException("no samples: the metric is undefined");
        }
        return total;
    }
}
