package org.mnistlab.knime.node.orderedsplit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.mnistlab.knime.testing.ConfigTrees;
import org.mnistlab.knime.testing.Executions;
import org.mnistlab.knime.testing.NodeHarness;
import org.mnistlab.knime.testing.NodeHarness.Executed;
import org.mnistlab.knime.testing.Parameters;
import org.mnistlab.knime.testing.Tables;
import org.mnistlab.engine.data.Target;
import org.mnistlab.engine.selection.Split;
import org.mnistlab.engine.selection.SplitSize;
import org.mnistlab.engine.selection.TrainTestSplit;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters.Mode;
import org.mnistlab.knime.node.orderedsplit.OrderedSplitParameters.SizeKind;

class OrderedSplitNodeTest {

    private static final NodeHarness NODE = NodeHarness.of(new OrderedSplitNodeFactory(), OrderedSplitParameters.class);

    private static final String[] LABELS = {"a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "b", "a"};

    private static BufferedDataTable data() {
        final Tables.Builder b = Tables.builder().column("label", StringCell.TYPE).column("x", DoubleCell.TYPE);
        for (int i = 0; i < LABELS.length; i++) {
            b.row(LABELS[i], i * 0.5);
        }
        return b.build();
    }

    private static List<String> keys(final BufferedDataTable t) {
        return Tables.rows(t).stream().map(DataRow::getKey).map(Object::toString).toList();
    }

    private static List<String> keys(final int[] indices) {
        return Arrays.stream(indices).mapToObj(i -> "Row" + i).toList();
    }

    private static void assertSplit(final Split expected, final Executed executed) {
        assertEquals(keys(expected.train()), keys(executed.table(0)));
        assertEquals(keys(expected.test()), keys(executed.table(1)));
    }

    private static OrderedSplitParameters params(final Mode mode, final int trainRows) {
        final OrderedSplitParameters p = new OrderedSplitParameters();
        p.m_mode = mode;
        p.m_trainRows = trainRows;
        p.m_classColumn = "label";
        return p;
    }

    @Test
    void defaults_areTheLabsFirst60000Rows() throws Exception {
        final OrderedSplitParameters p = (OrderedSplitParameters)NODE.defaultParameters(data().getDataTableSpec());
        assertEquals(Mode.ORDERED, p.m_mode);
        assertEquals(SizeKind.COUNT, p.m_sizeKind);
        assertEquals(60_000, p.m_trainRows);
        assertEquals(42, p.m_seed);
        assertEquals("label", p.m_classColumn);
        p.validate();
    }

    @Test
    void defaults_persistAsKnimeWritesThem() {
        ConfigTrees.assertSameTree(ConfigTrees.settings("model").add("mode", "ORDERED").add("sizeKind", "COUNT")
            .add("trainRows", 60_000).add("trainFraction", 0.8).add("seed", 42L).add("classColumn", "").build(),
            Parameters.written(new OrderedSplitParameters()));
    }

    @Test
    void settings_roundTripThroughXml() throws Exception {
        final OrderedSplitParameters p = params(Mode.STRATIFIED, 7);
        p.m_sizeKind = SizeKind.FRACTION;
        p.m_trainFraction = 0.3;
        p.m_seed = 4_294_967_295L;
        final OrderedSplitParameters q = Parameters.roundTrip(p);
        assertEquals(List.of(Mode.STRATIFIED, SizeKind.FRACTION, 7, 0.3, 4_294_967_295L, "label"),
            List.of(q.m_mode, q.m_sizeKind, q.m_trainRows, q.m_trainFraction, q.m_seed, q.m_classColumn));
    }

    @Test
    void load_invalidValues_messagesNameTheOption() {
        final OrderedSplitParameters rows = params(Mode.ORDERED, 0);
        assertMessage("Training rows must be at least 1, got 0.", rows);
        final OrderedSplitParameters fraction = params(Mode.ORDERED, 1);
        fraction.m_sizeKind = SizeKind.FRACTION;
        fraction.m_trainFraction = 1.0;
        assertMessage("Training fraction must lie strictly between 0 and 1, got 1.0.", fraction);
        final OrderedSplitParameters seed = params(Mode.SHUFFLED, 1);
        seed.m_seed = -1;
        assertMessage("Random seed must lie in 0..4294967295, got -1.", seed);
    }

    private static void assertMessage(final String expected, final OrderedSplitParameters p) {
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void configure_bothOutputs_haveTheInputSpec() throws Exception {
        final DataTableSpec spec = data().getDataTableSpec();
        final var configured = NODE.configure(new OrderedSplitParameters(), spec);
        assertEquals(List.of(spec, spec), configured.outSpecs());
    }

    @Test
    void configure_stratifiedWithoutClassColumn_asksForIt() throws Exception {
        final OrderedSplitParameters p = params(Mode.STRATIFIED, 6);
        p.m_classColumn = "";
        // a new node has no class column until a table is connected: its settings load, configure asks
        assertEquals("", ((OrderedSplitParameters)NODE.loadParameters(Parameters.toSettings(p, "model"))).m_classColumn);
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, data().getDataTableSpec()));
        assertEquals("Class column: select the column whose classes to stratify by.", e.getMessage());
    }

    @Test
    void configure_stratifiedByAbsentColumn_messageNamesTheOption() {
        final OrderedSplitParameters p = params(Mode.STRATIFIED, 6);
        p.m_classColumn = "class";
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> NODE.configure(p, data().getDataTableSpec()));
        assertEquals("Class column: the input table has no column \"class\".", e.getMessage());
    }

    @Test
    void execute_ordered_firstRowsTrainTheRestTest() throws Exception {
        final Executed e = NODE.execute(params(Mode.ORDERED, 7), data());
        assertSplit(TrainTestSplit.head(12, 7), e);
        assertEquals(data().getDataTableSpec(), e.table(0).getDataTableSpec());
    }

    @Test
    void execute_fraction_roundsTheTrainingSizeDownAsScikitLearn() throws Exception {
        final OrderedSplitParameters p = params(Mode.ORDERED, 1);
        p.m_sizeKind = SizeKind.FRACTION;
        p.m_trainFraction = 0.75;
        final Executed e = NODE.execute(p, data());
        assertSplit(TrainTestSplit.ordered(12, null, SplitSize.fraction(0.75)), e);
        assertEquals(9, e.table(0).size());
    }

    @Test
    void execute_shuffled_givesTheEnginesRowsInDrawnOrder() throws Exception {
        final OrderedSplitParameters p = params(Mode.SHUFFLED, 8);
        p.m_seed = 7;
        assertSplit(TrainTestSplit.shuffled(12, null, SplitSize.count(8), 7), NODE.execute(p, data()));
    }

    @Test
    void execute_stratified_givesTheEnginesRows() throws Exception {
        final OrderedSplitParameters p = params(Mode.STRATIFIED, 8);
        final Split expected = TrainTestSplit.stratified(Target.of(LABELS, Target.LEXICOGRAPHIC), null,
            SplitSize.count(8), 42);
        assertSplit(expected, NODE.execute(p, data()));
    }

    @Test
    void execute_trainingSizeNotBelowRowCount_givesScikitLearnsMessage() {
        final KNIMEException e =
            assertThrows(KNIMEException.class, () -> NODE.execute(new OrderedSplitParameters(), data()));
        assertTrue(e.getMessage().startsWith("train_size=60000 should be"), e.getMessage());
    }

    @Test
    void execute_canceled_throwsCanceledExecutionException() {
        assertThrows(CanceledExecutionException.class,
            () -> NODE.execute(params(Mode.ORDERED, 7), Executions.canceled(), data()));
    }
}
