package org.mnistlab.knime.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.KNIMEException;
import org.knime.core.node.NodeFactory.NodeType;
import org.knime.node.DefaultNode;
import org.knime.node.DefaultNodeFactory;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.standin.testing.NodeHarness;
import org.knime.standin.testing.NodeHarness.Executed;
import org.knime.standin.testing.Parameters;
import org.knime.standin.testing.Tables;
import org.knime.standin.ui.NodeDescriptions;

/**
 * What KNIME's framework enforces around a {@code DefaultNode}, as the stand-in reproduces it for our tests: the
 * description is built (and must be well-formed XHTML) when the factory is created, port names are unique, outputs
 * must be set, views get their initial data from what execute kept.
 */
class NodeHarnessRulesTest {

    static final class CountParameters implements NodeParameters {
        @Widget(title = "Offset", description = "Added to the row count.")
        int m_offset;

        @Override
        public void validate() throws InvalidSettingsException {
            if (m_offset < 0) {
                throw new InvalidSettingsException("Offset must not be negative.");
            }
        }
    }

    /**
     * A node that counts rows, keeps the table for its view and forgets its output when the offset is 13. The view's
     * page API is x-internal in KNIME (as in the stand-in), hence "restriction".
     */
    @SuppressWarnings("restriction")
    static final class CountNodeFactory extends DefaultNodeFactory {
        CountNodeFactory(final String description) {
            super(DefaultNode.create().name("Count").icon("./none.png").shortDescription("Counts.")
                .fullDescription(description).sinceVersion(5, 7, 0)
                .ports(p -> p.addInputTable("Rows", "Rows to count.").addOutputTable("Count", "One row."))
                .model(m -> m.parametersClass(CountParameters.class).configure((in, out) -> {
                    out.setOutSpec(0, in.getInTableSpec(0));
                    out.setWarningMessage("configured");
                }).execute((in, out) -> {
                    final CountParameters p = in.getParameters();
                    if (p.m_offset != 13) {
                        out.setOutData(0, in.getInTable(0));
                    }
                    out.setInternalData(in.getInTable(0));
                }))
                .addView(v -> v.withoutParameters().description("Shows the count.")
                    .page(page -> page.fromString(() -> "<html></html>").relativePath("count.html"))
                    .initialData(d -> d.data(vi -> vi.getInternalTables()[0].size() + 0))));
        }
    }

    private static final String VALID = "<p>Counts rows &amp; more.</p>";

    private static BufferedDataTable rows() {
        return Tables.builder().column("a", IntCell.TYPE).row(1).row(2).build();
    }

    @Test
    void factory_malformedDescription_failsAsKnimeDoes() {
        final IllegalStateException e =
            assertThrows(IllegalStateException.class, () -> new CountNodeFactory("<p>Counts rows & more.</p>"));
        assertEquals("Problem creating node description", e.getMessage());
        assertThrows(IllegalStateException.class, () -> new CountNodeFactory("<p>unclosed"));
    }

    @Test
    void factory_duplicatePortNames_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DefaultNodeFactory(DefaultNode.create().name("Twice")
            .icon("./x.png").shortDescription("s").fullDescription("f").sinceVersion(5, 7, 0)
            .ports(p -> p.addInputTable("Data", "in").addOutputTable("Data", "out"))
            .model(m -> m.withoutParameters().configure((in, out) -> {
            }).execute((in, out) -> {
            }))) {
        });
    }

    @Test
    void description_listsOptionsPortsAndDerivedType() {
        final NodeHarness node = NodeHarness.of(new CountNodeFactory(VALID));
        assertEquals(List.of("Offset"), NodeDescriptions.optionNames(node.declaration().description()));
        assertEquals(NodeType.Manipulator, node.declaration().nodeType());
        assertTrue(node.icon().isEmpty(), "a missing icon is reported, not fatal");
    }

    @Test
    void configure_specsAndWarning_areReturned() throws Exception {
        final NodeHarness node = NodeHarness.of(new CountNodeFactory(VALID));
        final DataTableSpec spec = rows().getDataTableSpec();
        final var c = node.configure(node.defaultParameters(spec), spec);
        assertEquals(List.of(spec), c.outSpecs());
        assertEquals("configured", c.warning().orElseThrow());
    }

    @Test
    void loadParameters_validates() {
        final CountParameters p = new CountParameters();
        p.m_offset = -1;
        final NodeHarness node = NodeHarness.of(new CountNodeFactory(VALID));
        final InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
            () -> node.loadParameters(Parameters.toSettings(p, "model")));
        assertEquals("Offset must not be negative.", e.getMessage());
    }

    @Test
    void execute_unsetOutput_isAnError() {
        final CountParameters p = new CountParameters();
        p.m_offset = 13;
        final IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> NodeHarness.of(new CountNodeFactory(VALID)).execute(p, rows()));
        assertEquals("Output at port 0 is null", e.getMessage());
    }

    @Test
    void view_initialData_readsWhatExecuteKept() throws InvalidSettingsException, KNIMEException,
        org.knime.core.node.CanceledExecutionException {
        final NodeHarness node = NodeHarness.of(new CountNodeFactory(VALID));
        final Executed e = node.execute(new CountParameters(), rows());
        assertEquals(2L, node.initialViewData(null, e));
        assertEquals("count.html", node.declaration().view().orElseThrow().page().relativePath());
    }
}
