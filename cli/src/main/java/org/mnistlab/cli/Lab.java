package org.mnistlab.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.mnistlab.cli.LabResults.BinarySgd;
import org.mnistlab.cli.LabResults.Loaded;
import org.mnistlab.cli.LabResults.Multiclass;
import org.mnistlab.cli.LabResults.Roc;
import org.mnistlab.cli.LabResults.Split;
import org.mnistlab.cli.LabResults.SvcErrors;
import org.mnistlab.cli.LabResults.ThresholdResults;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;

/**
 * Runs the lab: each step of {@link LabSteps} in the notebook's order, under its own progress bar and timing, its
 * result printed ({@link ConsolePrinter}) and its charts drawn ({@link LabCharts}) as soon as it is done.
 */
final class Lab {

    private final LabOptions m_opt;

    private final ConsoleProgress m_progress;

    private final ConsolePrinter m_print;

    private final LabSteps m_steps;

    private final LabCharts m_charts = new LabCharts();

    private final Map<String, Double> m_timing = new LinkedHashMap<>();

    Lab(final LabOptions opt, final ConsoleProgress progress, final ConsolePrinter print) {
        m_opt = opt;
        m_progress = progress;
        m_print = print;
        m_steps = new LabSteps(opt);
    }

    /** @return the charts, by file name stem, in lab order */
    Map<String, Chart> charts() {
        return m_charts.charts();
    }

    /**
     * Runs every step.
     *
     * @return the results
     * @throws IOException if MNIST cannot be obtained
     */
    LabResults run() throws IOException {
        final long start = System.nanoTime();
        final BinaryPart binary = binarySteps();
        final LabSteps.Heads heads = binary.heads();
        final SvcErrors ovo = timed("svc", "SVC", m -> m_steps.svc(heads.train(), m));
        m_print.svc(ovo);
        final SvcErrors ovr = timed("svc_ovr", "one-vs-rest SVC", m -> m_steps.svcOneVsRest(heads.train(), m));
        m_print.svcOneVsRest(ovr);
        final Multiclass multi = timed("multiclass", "multiclass SGD",
            m -> m_steps.multiclass(heads.train(), heads.test(), m));
        m_print.multiclass(multi);
        m_charts.multiclass(multi);
        m_timing.put("total", (System.nanoTime() - start) / 1e9);
        return new LabResults(binary.loaded(), binary.split(), binary.result(), ovo, ovr, multi, m_timing);
    }

    /**
     * What steps 1 to 5 leave: their results, and copies of the rows the later steps use.
     *
     * @param loaded step 1
     * @param split step 2
     * @param result steps 3 to 5
     * @param heads the rows later steps use, in storage of their own
     */
    private record BinaryPart(Loaded loaded, Split split, BinarySgd result, LabSteps.Heads heads) {
    }

    /** Steps 1 to 5, on all 70,000 digits, which can be released when this returns. */
    private BinaryPart binarySteps() throws IOException {
        final ConsoleProgress.StepMonitor loading = m_progress.step("load MNIST");
        final Dataset all = MnistInput.load(m_opt.data(), loading, m_progress::log);
        done("load", loading);
        final Loaded loaded = LabSteps.describe(all);
        m_charts.digits(all.x(), loaded.gridDigits());
        m_print.loaded(loaded);

        final LabSteps.Sets sets = m_steps.split(all);
        m_print.split(sets.split());
        final LabSteps.Fitted fitted = timed("binary_fit", "binary SGD fit", m -> m_steps.binaryFit(sets, m));
        m_print.binaryFit(fitted.result());
        m_charts.trainingLoss(fitted.result().log());
        final LabSteps.CrossValidated cv = timed("binary_cv", "binary SGD cross-validation",
            m -> m_steps.binaryCv(sets, m));
        m_print.binaryCv(cv.result());
        m_charts.binaryCv(m_opt.positive(), cv.result());
        final double[] decisionFirst12 = LabSteps.decisionFirst12(fitted.model(), sets.train());
        m_print.decisionFirst12(decisionFirst12);
        final ThresholdResults thresholds = timed("thresholds", "thresholds", m -> m_steps.thresholds(cv.cv()));
        m_print.thresholds(thresholds);
        m_charts.thresholds(thresholds);
        final Roc roc = timed("roc", "ROC curve", m -> LabSteps.roc(cv.cv(), thresholds));
        m_charts.roc(roc);
        final BinarySgd result = new BinarySgd(fitted.result(), cv.result(), decisionFirst12, thresholds, roc);
        return new BinaryPart(loaded, sets.split(), result, m_steps.heads(sets));
    }

    /** Runs one step under its own progress bar and records its time under {@code key}. */
    private <T> T timed(final String key, final String label, final Function<Monitor, T> step) {
        final ConsoleProgress.StepMonitor monitor = m_progress.step(label);
        final T result = step.apply(monitor);
        done(key, monitor);
        return result;
    }

    private void done(final String key, final ConsoleProgress.StepMonitor step) {
        step.progress(1, null);
        m_timing.put(key, step.seconds());
        step.finish();
    }
}
