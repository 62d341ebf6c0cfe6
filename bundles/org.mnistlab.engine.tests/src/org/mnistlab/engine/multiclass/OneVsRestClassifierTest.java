package org.mnistlab.engine.multiclass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.mnistlab.engine.CanceledException;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Learner;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.ProgressMonitor;
import org.mnistlab.engine.Scores;
import org.mnistlab.engine.data.DenseMatrix;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.models.Models;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.engine.testing.SvmCases;
import org.mnistlab.testdata.Fixtures;

import com.google.gson.JsonObject;

/** Behaviour of {@link OneVsRestClassifier} with any binary learner. */
class OneVsRestClassifierTest {

    /**
     * A test-only binary learner: score = squared distance to the negative centroid minus that to the positive one,
     * so the score is positive nearer the second class.
     */
    private static final Learner CENTROIDS = (x, y, monitor) -> {
        final int d = x.cols();
        final double[][] sum = new double[2][d];
        final int[] count = new int[2];
        final double[] row = new double[d];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row);
            count[y.code(i)]++;
            for (int j = 0; j < d; j++) {
                sum[y.code(i)][j] += row[j];
            }
        }
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < d; j++) {
                sum[c][j] /= count[c];
            }
        }
        return new Classifier() {
            @Override
            public String[] classes() {
                return y.classes();
            }

            @Override
            public int numFeatures() {
                return d;
            }

            @Override
            public Scores decisionFunction(final FeatureMatrix z) {
                final double[] s = new double[z.rows()];
                final double[] r = new double[d];
                for (int i = 0; i < s.length; i++) {
                    z.copyRow(i, r);
                    for (int j = 0; j < d; j++) {
                        s[i] += (r[j] - sum[0][j]) * (r[j] - sum[0][j]) - (r[j] - sum[1][j]) * (r[j] - sum[1][j]);
                    }
                }
                return new Scores(s.length, 1, s);
            }

            @Override
            public int[] predict(final FeatureMatrix z) {
                final double[] s = decisionFunction(z).values();
                final int[] p = new int[s.length];
                for (int i = 0; i < s.length; i++) {
                    p[i] = s[i] > 0 ? 1 : 0;
                }
                return p;
            }
        };
    };

    private static JsonObject data(final String name) {
        return Fixtures.load("svm_synthetic.json").getAsJsonObject("data").getAsJsonObject(name);
    }

    @Test
    void decision_isEachBinaryModelsScore_andPredictTheArgmax() {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final Target y = SvmCases.y(data("float"));
        final OneVsRestClassifier model = OneVsRestClassifier.fit(x, y, CENTROIDS, 2, Monitor.NONE);
        assertArrayEquals(y.classes(), model.classes());
        assertEquals(y.numClasses(), model.estimators().size());
        final Scores s = model.decisionFunction(x);
        final String[] labels = Fixtures.strings(data("float").get("y"));
        for (int k = 0; k < y.numClasses(); k++) {
            final Classifier direct = CENTROIDS.fit(x, Target.binary(labels, y.className(k)), Monitor.NONE);
            assertArrayEquals(direct.decisionFunction(x).values(), s.column(k), "class " + k);
        }
        final int[] predicted = model.predict(x);
        for (int r = 0; r < x.rows(); r++) {
            int best = 0;
            for (int k = 1; k < s.columns(); k++) {
                if (s.get(r, k) > s.get(r, best)) {
                    best = k;
                }
            }
            assertEquals(best, predicted[r], "row " + r);
        }
    }

    @Test
    void predict_equalScores_goToTheLastClass() {
        // scikit-learn's predict sets the argmax wherever a score equals the running maximum: ties go to the later
        final Learner constant = (x, y, monitor) -> new Classifier() {
            @Override
            public String[] classes() {
                return y.classes();
            }

            @Override
            public int numFeatures() {
                return x.cols();
            }

            @Override
            public Scores decisionFunction(final FeatureMatrix z) {
                final double[] s = new double[z.rows()];
                java.util.Arrays.fill(s, 0.5);
                return new Scores(s.length, 1, s);
            }

            @Override
            public int[] predict(final FeatureMatrix z) {
                return new int[z.rows()];
            }
        };
        final FeatureMatrix x = SvmCases.x(data("float"));
        final OneVsRestClassifier model =
            OneVsRestClassifier.fit(x, SvmCases.y(data("float")), constant, 1, Monitor.NONE);
        for (final int p : model.predict(x)) {
            assertEquals(3, p);
        }
    }

    @Test
    void twoClasses_fitOneModelForTheSecondClass() {
        final FeatureMatrix x = SvmCases.x(data("int"));
        final String[] labels = Fixtures.strings(data("int").get("y"));
        final String[] two = new String[labels.length];
        for (int i = 0; i < two.length; i++) {
            two[i] = labels[i].equals("c") ? "c" : "not c";
        }
        final Target y = Target.of(two, Target.LEXICOGRAPHIC);
        final OneVsRestClassifier model = OneVsRestClassifier.fit(x, y, CENTROIDS, 2, Monitor.NONE);
        assertEquals(1, model.estimators().size());
        final Scores s = model.decisionFunction(x);
        assertEquals(1, s.columns());
        assertArrayEquals(CENTROIDS.fit(x, Target.binary(two, "not c"), Monitor.NONE).decisionFunction(x).values(),
            s.values());
        final int[] p = model.predict(x);
        for (int r = 0; r < p.length; r++) {
            assertEquals(s.get(r, 0) > 0 ? 1 : 0, p[r]);
        }
    }

    @Test
    void svc_anyThreadCount_givesIdenticalModels_andEqualsFittingEachClass() {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final Target y = SvmCases.y(data("float"));
        final Learner svc = SVC.learner(SVCParams.DEFAULTS, 1);
        final OneVsRestClassifier one = OneVsRestClassifier.fit(x, y, svc, 1, Monitor.NONE);
        final OneVsRestClassifier four = OneVsRestClassifier.fit(x, y, svc, 4, Monitor.NONE);
        assertEquals(one.decisionFunction(x), four.decisionFunction(x));
        assertArrayEquals(one.predict(x), four.predict(x));
        final String[] labels = Fixtures.strings(data("float").get("y"));
        for (int k = 0; k < y.numClasses(); k++) {
            final SVC direct = SVC.fit(x, Target.binary(labels, y.className(k)), SVCParams.DEFAULTS, 1, Monitor.NONE);
            assertEquals(direct.decisionFunction(x), one.estimators().get(k).decisionFunction(x), "class " + k);
        }
    }

    @Test
    void saveAndLoad_givesIdenticalDecisions() throws IOException {
        final FeatureMatrix x = SvmCases.x(data("int"));
        final OneVsRestClassifier model = OneVsRestClassifier.fit(x, SvmCases.y(data("int")),
            SVC.learner(SVCParams.DEFAULTS, 1), 2, Monitor.NONE);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        Models.write(model, out);
        final OneVsRestClassifier loaded = (OneVsRestClassifier)Models.read(new ByteArrayInputStream(out.toByteArray()));
        assertArrayEquals(model.classes(), loaded.classes());
        assertEquals(model.decisionFunction(x), loaded.decisionFunction(x));
        assertArrayEquals(model.predict(x), loaded.predict(x));
        final ByteArrayOutputStream again = new ByteArrayOutputStream();
        Models.write(loaded, again);
        assertArrayEquals(out.toByteArray(), again.toByteArray());
    }

    @Test
    void save_binaryModelsThatCannotBeSaved_throws() {
        final OneVsRestClassifier model =
            OneVsRestClassifier.fit(SvmCases.x(data("int")), SvmCases.y(data("int")), CENTROIDS, 1, Monitor.NONE);
        assertThrows(IOException.class, () -> Models.write(model, new ByteArrayOutputStream()));
    }

    @Test
    void fit_badInput_throwsClearMessages() {
        final FeatureMatrix x = DenseMatrix.of(new double[][] {{0, 1}, {1, 0}, {2, 2}});
        assertEquals("OneVsRestClassifier needs at least two classes; got 1 class",
            assertThrows(IllegalArgumentException.class, () -> OneVsRestClassifier.fit(x,
                Target.of(new String[] {"a", "a", "a"}, Target.LEXICOGRAPHIC), CENTROIDS, 1, Monitor.NONE))
                .getMessage());
        assertEquals("Found input variables with inconsistent numbers of samples: [3, 2]",
            assertThrows(IllegalArgumentException.class, () -> OneVsRestClassifier.fit(x,
                Target.of(new String[] {"a", "b"}, Target.LEXICOGRAPHIC), CENTROIDS, 1, Monitor.NONE)).getMessage());
        assertEquals("Input X contains NaN.", assertThrows(IllegalArgumentException.class,
            () -> OneVsRestClassifier.fit(DenseMatrix.of(new double[][] {{0, Double.NaN}, {1, 0}, {2, 2}}),
                Target.of(new String[] {"a", "b", "c"}, Target.LEXICOGRAPHIC), SVC.learner(SVCParams.DEFAULTS, 1), 1,
                Monitor.NONE)).getMessage());
    }

    /** A learner counting its preparations and their closing, whose prepared fits fail if asked to. */
    private static final class Preparing implements Learner {

        final AtomicInteger m_prepared = new AtomicInteger();

        final AtomicInteger m_closed = new AtomicInteger();

        private final boolean m_fail;

        Preparing(final boolean fail) {
            m_fail = fail;
        }

        @Override
        public Classifier fit(final FeatureMatrix x, final Target y, final Monitor monitor) {
            return CENTROIDS.fit(x, y, monitor);
        }

        @Override
        public Prepared forSamples(final FeatureMatrix x, final Monitor monitor) {
            m_prepared.incrementAndGet();
            return new Prepared() {
                @Override
                public Classifier fit(final FeatureMatrix z, final Target y, final Monitor m) {
                    if (m_fail) {
                        throw new IllegalArgumentException("cannot fit");
                    }
                    return Preparing.this.fit(z, y, m);
                }

                @Override
                public void close() {
                    m_closed.incrementAndGet();
                }
            };
        }
    }

    @Test
    void fit_preparesTheLearnerOnce_andClosesItAfterTheFits_evenWhenAFitFails() {
        final FeatureMatrix x = SvmCases.x(data("float"));
        final Target y = SvmCases.y(data("float"));
        final Preparing ok = new Preparing(false);
        OneVsRestClassifier.fit(x, y, ok, 2, Monitor.NONE);
        assertEquals(1, ok.m_prepared.get());
        assertEquals(1, ok.m_closed.get());
        final Preparing failing = new Preparing(true);
        assertThrows(IllegalArgumentException.class, () -> OneVsRestClassifier.fit(x, y, failing, 2, Monitor.NONE));
        assertEquals(1, failing.m_closed.get());
    }

    @Test
    void fit_canceled_throws() {
        final AtomicInteger checks = new AtomicInteger();
        final ProgressMonitor canceled = new ProgressMonitor() {
            @Override
            protected void report(final double fraction, final String message) {
                // not needed
            }

            @Override
            protected boolean isCanceled() {
                return checks.incrementAndGet() > 1;
            }
        };
        assertThrows(CanceledException.class, () -> OneVsRestClassifier.fit(SvmCases.x(data("int")),
            SvmCases.y(data("int")), CENTROIDS, 1, canceled));
    }
}
