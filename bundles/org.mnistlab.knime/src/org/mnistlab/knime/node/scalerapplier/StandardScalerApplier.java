package org.mnistlab.knime.node.scalerapplier;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.engine.preprocessing.StandardScaler;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.port.MnistLabModelPortObject;
import org.mnistlab.knime.port.MnistLabModelPortObjectSpec;
import org.mnistlab.knime.port.ModelTypes;
import org.mnistlab.knime.table.Columns;
import org.mnistlab.knime.table.ScaledColumns;

/** Configure and execute of the Standard Scaler Applier. */
final class StandardScalerApplier {

    private static final String OWNER = "the scaler";

    private StandardScalerApplier() {
    }

    private static int[] columns(final MnistLabModelPortObjectSpec scaler, final DataTableSpec spec)
        throws InvalidSettingsException {
        if (scaler == null) {
            throw new InvalidSettingsException(
                "No scaler at the model input yet: execute the Standard Scaler Learner (scikit-learn) first.");
        }
        if (!ModelTypes.STANDARD_SCALER.equals(scaler.getModelType())) {
            throw new InvalidSettingsException("The model input holds a " + scaler.getModelType()
                + " model; the Standard Scaler Applier (scikit-learn) applies models of the Standard Scaler Learner "
                + "(scikit-learn).");
        }
        return Columns.requireFeatures(spec, scaler.getFeatureColumns(), OWNER);
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final DataTableSpec spec = in.getInTableSpec(1);
        out.setOutSpec(0, ScaledColumns.spec(spec, columns(in.getInPortSpec(0), spec)));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final MnistLabModelPortObject model = in.getInPortObject(0);
        final BufferedDataTable table = in.getInTable(1);
        final int[] columns;
        try {
            columns = columns(model.getSpec(), table.getDataTableSpec());
        } catch (InvalidSettingsException e) {
            throw new KNIMEException(e.getMessage(), e);
        }
        final StandardScaler scaler = EngineCall.run(in.getExecutionContext(),
            m -> model.getModel(StandardScaler.class));
        out.setOutData(0, ScaledColumns.apply(table, columns, scaler, in.getExecutionContext()));
    }
}
