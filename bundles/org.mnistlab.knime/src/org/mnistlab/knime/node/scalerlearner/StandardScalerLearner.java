package org.mnistlab.knime.node.scalerlearner;

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
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.preprocessing.ScalerParams;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.ScaledColumns;
import org.mnistlab.knime.table.TableData;

/** Configure and execute of the Standard Scaler Learner. */
final class StandardScalerLearner {

    private StandardScalerLearner() {
    }

    static MnistLabModelPortObjectSpec modelSpec(final StandardScalerLearnerParameters p, final DataTableSpec spec,
        final int[] columns) {
        final ScalerParams params = p.toEngine();
        final Map<String, String> hyper = new LinkedHashMap<>();
        hyper.put("with_mean", Boolean.toString(params.withMean()));
        hyper.put("with_std", Boolean.toString(params.withStd()));
        // a scaler has no label column and no classes
        return new MnistLabModelPortObjectSpec(ModelTypes.STANDARD_SCALER, "", List.of(),
            Columns.names(spec, columns), hyper);
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final StandardScalerLearnerParameters p = in.getParameters();
        final DataTableSpec spec = in.getInTableSpec(0);
        final int[] columns = p.m_columns.resolve(spec, List.of());
        out.setOutSpecs(modelSpec(p, spec, columns), ScaledColumns.spec(spec, columns));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final StandardScalerLearnerParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final BufferedDataTable table = in.getInTable(0);
        final int[] columns;
        try {
            columns = p.m_columns.resolve(table.getDataTableSpec(), List.of());
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        if (table.size() == 0) {
            throw new KNIMEException("The input table is empty: there is nothing to learn from.");
        }
        final FeatureMatrix x = TableData.features(table, columns, exec.createSubProgress(0.3));
        final StandardScaler scaler =
            EngineCall.run(exec.createSubProgress(0.2), m -> StandardScaler.fit(x, p.toEngine(), m));
        final MnistLabModelPortObjectSpec spec = modelSpec(p, table.getDataTableSpec(), columns)
            .withFit(List.of(), Map.of("n_samples_seen_", Long.toString(scaler.nSamplesSeen())));
        out.setOutData(new MnistLabModelPortObject(spec, scaler),
            ScaledColumns.apply(table, columns, scaler, exec.createSubExecutionContext(0.5)));
    }
}
