package org.mnistlab.knime.node.svmlearner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.engine.Classifier;
import org.mnistlab.engine.Persistable;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.multiclass.OneVsRestClassifier;
import org.mnistlab.engine.svm.SVC;
import org.mnistlab.engine.svm.SVCParams;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.params.Threads;
import org.mnistlab.knime.params.TrainingColumnsParameters.Resolved;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.TrainingData;

/** Configure and execute of the SVC Learner. */
final class SVMLearner {

    private SVMLearner() {
    }

    static MnistLabModelPortObjectSpec modelSpec(final SVMLearnerParameters p, final DataTableSpec spec,
        final Resolved columns) throws InvalidSettingsException {
        final SVCParams params = p.toEngine();
        return new MnistLabModelPortObjectSpec(p.oneVsRest() ? ModelTypes.ONE_VS_REST_SVC : ModelTypes.SVC,
            spec.getColumnSpec(columns.label()).getName(), List.of(), Columns.names(spec, columns.features()),
            params.toProperties());
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final SVMLearnerParameters p = in.getParameters();
        final DataTableSpec spec = in.getInTableSpec(0);
        out.setOutSpec(0, modelSpec(p, spec, p.m_columns.resolve(spec)));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final SVMLearnerParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final Resolved columns;
        final MnistLabModelPortObjectSpec spec;
        final SVCParams params;
        try {
            columns = p.m_columns.resolve(table.getDataTableSpec());
            spec = modelSpec(p, table.getDataTableSpec(), columns);
            params = p.toEngine();
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final TrainingData data =
            TrainingData.read(table, columns.label(), columns.features(), exec.createSubProgress(0.2));
        final Target y = data.target();
        final int threads = Threads.resolve(p.m_threads);
        final Map<String, String> fit = new LinkedHashMap<>();
        if (p.oneVsRest()) {
            // each binary SVC has a single class pair: the classes are what runs in parallel
            final OneVsRestClassifier ovr = EngineCall.run(exec.createSubProgress(0.8),
                m -> OneVsRestClassifier.fit(data.x(), y, SVC.learner(params, 1), threads, m));
            // the estimators are SVCs (SVC.learner), all fitted on the same samples, so with the same gamma
            fit.put("estimators_", Integer.toString(ovr.estimators().size()));
            fit.put("_gamma", Double.toString(((SVC)ovr.estimators().get(0)).gamma()));
            fit.put("support vectors per estimator", Arrays.toString(ovr.estimators().stream()
                .mapToInt(e -> Arrays.stream(((SVC)e).nSupport()).sum()).toArray()));
            out.setOutData(0, port(spec, fit, ovr));
        } else {
            final SVC svc = EngineCall.run(exec.createSubProgress(0.8), m -> SVC.fit(data.x(), y, params, threads, m));
            fit.put("_gamma", Double.toString(svc.gamma()));
            fit.put("n_support_", Arrays.toString(svc.nSupport()));
            out.setOutData(0, port(spec, fit, svc));
        }
    }

    private static <M extends Classifier & Persistable> MnistLabModelPortObject port(
        final MnistLabModelPortObjectSpec spec, final Map<String, String> fit, final M model) {
        return new MnistLabModelPortObject(spec.withFit(List.of(model.classes()), fit), model);
    }
}
