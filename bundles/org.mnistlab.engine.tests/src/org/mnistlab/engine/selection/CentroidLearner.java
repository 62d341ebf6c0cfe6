package org.mnistlab.engine.selection;

import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;

/**
 * A tiny deterministic learner for testing cross-validation mechanics: nearest class centroid. Scores are minus the
 * squared distance to each centroid; for two classes the single score is (distance to the first) - (distance to the
 * second), positive for the second class, as a binary decision function.
 */
final class CentroidLearner implements Learner {

    @Override
    public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
        monitor.checkCanceled();
        final int k = y.numClasses();
        if (k < 2) {
            throw new IllegalArgumentException("The number of classes has to be greater than one; got 1 class");
        }
        final int d = x.cols();
        final double[][] centroids = new double[k][d];
        final int[] counts = y.classCounts();
        final double[] row = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row);
            for (int j = 0; j < d; j++) {
                centroids[y.code(i)][j] += row[j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centroids[c][j] /= counts[c];
            }
        }
        monitor.progress(1, "centroids");
        return new Model(y.classes(), centroids);
    }

    private record Model(String[] classes, double[][] centroids) implements Classifier {

        @Override
        public int numFeatures() {
            return centroids[0].length;
        }

        @Override
        public Scores decisionFunction(final FeatureMatrix x) {
            final int k = centroids.length;
            final int columns = k == 2 ? 1 : k;
            final double[] s = new double[x.rows() * columns];
            final double[] row = new double[numFeatures()];
            for (int i = 0; i < x.rows(); i++) {
                x.copyRow(i, row);
                if (k == 2) {
                    s[i] = distance(row, 0) - distance(row, 1);
                } else {
                    for (int c = 0; c < k; c++) {
                        s[i * k + c] = -distance(row, c);
                    }
                }
            }
            return new Scores(x.rows(), columns, s);
        }

        @Override
        public int[] predict(final FeatureMatrix x) {
            final Scores s = decisionFunction(x);
            final int[] p = new int[x.rows()];
            for (int i = 0; i < p.length; i++) {
                if (s.columns() == 1) {
                    p[i] = s.get(i, 0) > 0 ? 1 : 0;
                } else {
                    for (int c = 1; c < s.columns(); c++) {
                        if (s.get(i, c) > s.get(i, p[i])) {
                            p[i] = c;
                        }
                    }
                }
            }
            return p;
        }

        private double distance(final double[] row, final int c) {
            double d = 0;
            for (int j = 0; j < row.length; j++) {
                final double t = row[j] - centroids[c][j];
                d += t * t;
            }
            return d;
        }
    }
}
