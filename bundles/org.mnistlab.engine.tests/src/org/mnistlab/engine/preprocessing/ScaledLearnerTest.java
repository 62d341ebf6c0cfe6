package org.mnistlab.engine.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.random.RandomState;

class ScaledLearnerTest {

    /** Remembers what it was trained on; its model scores each sample by its first scaled feature. */
    private static final class Recording implements Learner {
        final List<double[]> m_seen = new ArrayList<>();

        @Override
        public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
            m_seen.add(DenseMatrix.copyOf(x).toArray());
            return new Classifier() {
                @Override
                public String[] classes() {
                    return y.classes();
                }

                @Override
                public int numFeatures() {
                    return x.cols();
                }

                @Override
                public Scores decisionFunction(final FeatureMatrix t) {
                    final double[] s = new double[t.rows()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = t.get(i, 0);
                    }
                    return new Scores(s.length, 1, s);
                }

                @Override
                public int[] predict(final FeatureMatrix t) {
                    final double[] s = decisionFunction(t).values();
                    final int[] p = new int[s.length];
                    for (int i = 0; i < s.length; i++) {
                        p[i] = s[i] > 0 ? 1 : 0;
                    }
                    return p;
                }
            };
        }
    }

    @Test
    void fit_scalesWithTheTrainingSamplesOnly_andPredictsOnScaledSamples() {
        final RandomState r = new RandomState(8);
        final double[][] rows = new double[20][3];
        final String[] labels = new String[20];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 3; j++) {
                rows[i][j] = 10 * r.randomSample() + j;
            }
            labels[i] = i % 2 == 0 ? "a" : "b";
        }
        final DenseMatrix all = DenseMatrix.of(rows);
        final FeatureMatrix train = all.selectRows(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        final FeatureMatrix test = all.selectRows(new int[] {10, 11, 12, 13, 14});
        final Recording inner = new Recording();
        final Classifier model = new ScaledLearner(inner).fit(train,
            Target.of(Arrays.copyOf(labels, 10), Target.LEXICOGRAPHIC), Monitor.NONE);

        final StandardScaler expected = StandardScaler.fit(train, Monitor.NONE);
        assertArrayEquals(expected.transformDense(train).toArray(), inner.m_seen.get(0));
        final ScaledClassifier scaled = (ScaledClassifier)model;
        assertArrayEquals(expected.mean(), scaled.scaler().mean());
        final DenseMatrix testScaled = expected.transformDense(test);
        for (int i = 0; i < test.rows(); i++) {
            assertEquals(testScaled.get(i, 0), model.decisionFunction(test).get(i, 0));
        }
        assertArrayEquals(scaled.model().predict(testScaled), model.predict(test));
        assertEquals(3, model.numFeatures());
    }
}
