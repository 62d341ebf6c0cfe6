package org.knime.standin.testing;

import java.util.Arrays;
import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParametersInput;

/**
 * NOT KNIME API. A {@link NodeParametersInput} from port types and specs (and optionally port objects), as KNIME
 * builds it for a node: specs may contain {@code null} for unconnected or unconfigured ports; table accessors return
 * empty for non-table ports.
 *
 * @param types the input port types
 * @param specs the input specs
 * @param objects the input objects, or null before execution
 */
public record Inputs(PortType[] types, PortObjectSpec[] specs, PortObject[] objects) implements NodeParametersInput {

    /**
     * @param types the input port types
     * @param specs the input specs
     * @return the inputs, without port objects
     */
    public static Inputs of(final PortType[] types, final PortObjectSpec... specs) {
        return new Inputs(types, specs, null);
    }

    @Override
    public PortType[] getInPortTypes() {
        return types.clone();
    }

    @Override
    public PortObjectSpec[] getInPortSpecs() {
        return specs.clone();
    }

    @Override
    public Optional<PortObjectSpec> getInPortSpec(final int portIndex) {
        return portIndex < 0 || portIndex >= specs.length ? Optional.empty() : Optional.ofNullable(specs[portIndex]);
    }

    @Override
    public DataTableSpec[] getInTableSpecs() {
        return Arrays.stream(specs).map(s -> s instanceof DataTableSpec t ? t : null).toArray(DataTableSpec[]::new);
    }

    @Override
    public Optional<DataTableSpec> getInTableSpec(final int portIndex) {
        return getInPortSpec(portIndex).filter(DataTableSpec.class::isInstance).map(DataTableSpec.class::cast);
    }

    @Override
    public PortObject[] getInPortObjects() {
        return objects == null ? new PortObject[specs.length] : objects.clone();
    }

    @Override
    public Optional<PortObject> getInPortObject(final int portIndex) {
        return objects == null || portIndex < 0 || portIndex >= objects.length ? Optional.empty()
            : Optional.ofNullable(objects[portIndex]);
    }

    @Override
    public BufferedDataTable[] getInTables() {
        return Arrays.stream(getInPortObjects()).map(o -> o instanceof BufferedDataTable t ? t : null)
            .toArray(BufferedDataTable[]::new);
    }

    @Override
    public Optional<BufferedDataTable> getInTable(final int portIndex) {
        return getInPortObject(portIndex).filter(BufferedDataTable.class::isInstance)
            .map(BufferedDataTable.class::cast);
    }
}
