package org.mnistlab.knime.node.mnistreader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeLogger;
import org.knime.node.DefaultModel.ConfigureInput;
import org.knime.node.DefaultModel.ConfigureOutput;
import org.knime.node.DefaultModel.ExecuteInput;
import org.knime.node.DefaultModel.ExecuteOutput;
import org.mnistlab.engine.Monitor;
import org.mnistlab.engine.data.Dataset;
import org.mnistlab.engine.data.FeatureMatrix;
import org.mnistlab.engine.io.Mnist;
import org.mnistlab.fetch.Checksums;
import org.mnistlab.fetch.MnistLocator;
import org.mnistlab.knime.exec.EngineCall;
import org.mnistlab.knime.image.PngImages;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters.Source;
import org.mnistlab.knime.node.mnistreader.MnistReaderParameters.Subset;

/** Configure and execute of the MNIST Reader. */
final class MnistReader {

    private static final NodeLogger LOGGER = NodeLogger.getLogger(MnistReader.class);

    /** Column names. */
    static final String LABEL = "label";

    static final String IMAGE = "image";

    /** MNIST images are 28 x 28. */
    static final int SIDE = 28;

    static final int PIXELS = SIDE * SIDE;

    /** Cells are immutable, so one cell per pixel value serves all 55 million pixels. */
    private static final IntCell[] PIXEL_CELLS = new IntCell[256];

    static {
        for (int v = 0; v < PIXEL_CELLS.length; v++) {
            PIXEL_CELLS[v] = new IntCell(v);
        }
    }

    private static final int CHECK_EVERY = 1000;

    private MnistReader() {
    }

    static DataTableSpec outputSpec(final boolean withImages) {
        final List<DataColumnSpec> columns = new ArrayList<>(PIXELS + 2);
        columns.add(new DataColumnSpecCreator(LABEL, StringCell.TYPE).createSpec());
        for (final String name : Mnist.pixelNames(PIXELS)) {
            columns.add(new DataColumnSpecCreator(name, IntCell.TYPE).createSpec());
        }
        if (withImages) {
            columns.add(new DataColumnSpecCreator(IMAGE, PNGImageCellFactory.TYPE).createSpec());
        }
        return new DataTableSpec(columns.toArray(DataColumnSpec[]::new));
    }

    static void configure(final ConfigureInput in, final ConfigureOutput out) throws InvalidSettingsException {
        final MnistReaderParameters p = in.getParameters();
        p.validate();
        locator(p);
        out.setOutSpec(0, outputSpec(p.m_appendImages));
    }

    static void execute(final ExecuteInput in, final ExecuteOutput out)
        throws CanceledExecutionException, KNIMEException {
        final MnistReaderParameters p = in.getParameters();
        final ExecutionContext exec = in.getExecutionContext();
        final MnistLocator locator;
        try {
            locator = locator(p);
        } catch (InvalidSettingsException e) { // configure checked them already
            throw new KNIMEException(e.getMessage(), e);
        }
        final Dataset all = EngineCall.run(exec.createSubProgress(0.4), m -> load(locator, p.m_verifyChecksums, m));
        if (all.x().cols() != PIXELS) {
            throw new KNIMEException("The images have " + all.x().cols() + " pixels; MNIST images have " + PIXELS
                + " (" + SIDE + " x " + SIDE + ").");
        }
        final int[] range = range(p.m_subset, all.size());
        final int count = p.m_rowLimit > 0 ? Math.min(p.m_rowLimit, range[1] - range[0]) : range[1] - range[0];
        final ExecutionContext write = exec.createSubExecutionContext(0.6);
        final BufferedDataContainer c = write.createDataContainer(outputSpec(p.m_appendImages));
        try {
            writeRows(all, range[0], count, p.m_appendImages, c, write);
        } finally {
            c.close();
        }
        out.setOutData(0, c.getTable());
    }

    /**
     * The Source section's settings as a locator: the local folder, or the cache with downloads from the mirrors.
     * Nothing else is consulted (no environment variable, no external process).
     */
    private static MnistLocator locator(final MnistReaderParameters p) throws InvalidSettingsException {
        return p.m_source == Source.FOLDER ? MnistLocator.folder(p.folder()) : MnistLocator.cached(p.fetchOptions());
    }

    /** Finds (or downloads) the files, verifies their checksums if asked to, and reads them. */
    private static Dataset load(final MnistLocator locator, final boolean verify, final Monitor m)
        throws IOException {
        final Path folder = locator.locate(m.sub(verify ? 0.6 : 0.8), LOGGER::info);
        if (verify) {
            Checksums.verify(folder, Mnist.FILES, m.sub(0.2));
        }
        return Mnist.load(folder, m.sub(0.2));
    }

    /** @return first and one-past-last index of the subset in mnist_784 order */
    private static int[] range(final Subset subset, final int n) throws KNIMEException {
        if (subset == Subset.ALL) {
            return new int[]{0, n};
        }
        if (n != Mnist.TRAIN_SIZE + Mnist.TEST_SIZE) {
            throw new KNIMEException("The files hold " + n + " images, not MNIST's " + Mnist.TRAIN_SIZE
                + " training and " + Mnist.TEST_SIZE + " test images; read \"Train and test\" instead.");
        }
        return subset == Subset.TRAIN ? new int[]{0, Mnist.TRAIN_SIZE} : new int[]{Mnist.TRAIN_SIZE, n};
    }

    private static void writeRows(final Dataset all, final int first, final int count, final boolean images,
        final BufferedDataContainer c, final ExecutionMonitor exec) throws CanceledExecutionException {
        final FeatureMatrix x = all.x();
        final double[] pixels = new double[PIXELS];
        final Map<String, DataCell> labels = new HashMap<>();
        final DataCell[] cells = new DataCell[1 + PIXELS + (images ? 1 : 0)];
        for (int k = 0; k < count; k++) {
            final int i = first + k;
            if (k % CHECK_EVERY == 0) {
                exec.checkCanceled();
                final int done = k;
                exec.setProgress(done / (double)count, () -> "Writing image " + done + " of " + count);
            }
            x.copyRow(i, pixels);
            cells[0] = labels.computeIfAbsent(all.label(i), StringCell::new);
            for (int j = 0; j < PIXELS; j++) {
                cells[1 + j] = PIXEL_CELLS[(int)pixels[j]];
            }
            if (images) {
                cells[1 + PIXELS] = PngImages.digitCell(pixels, SIDE);
            }
            c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), cells));
        }
        exec.setProgress(1.0, () -> "Wrote " + count + " images");
    }
}
