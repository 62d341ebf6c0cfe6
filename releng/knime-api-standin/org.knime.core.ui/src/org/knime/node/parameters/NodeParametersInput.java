package org.knime.node.parameters;

import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Stand-in for KNIME's {@code org.knime.node.parameters.NodeParametersInput} (the 5.7 methods): what a parameters
 * class and its providers know about the node's inputs. Project code must not implement it (KNIME adds methods).
 */
public interface NodeParametersInput {

    /** @return the input port types (without the flow variable port) */
    PortType[] getInPortTypes();

    /** @return the input specs, entries may be null */
    PortObjectSpec[] getInPortSpecs();

    /**
     * @param portIndex a port
     * @return its spec, if known
     */
    Optional<PortObjectSpec> getInPortSpec(int portIndex);

    /** @return the input table specs */
    DataTableSpec[] getInTableSpecs();

    /**
     * @param portIndex a table port
     * @return its spec, if known
     */
    Optional<DataTableSpec> getInTableSpec(int portIndex);

    /** @return the input port objects (null before execution) */
    PortObject[] getInPortObjects();

    /**
     * @param portIndex a port
     * @return its object, if available
     */
    Optional<PortObject> getInPortObject(int portIndex);

    /** @return the input tables */
    BufferedDataTable[] getInTables();

    /**
     * @param portIndex a table port
     * @return its table, if available
     */
    Optional<BufferedDataTable> getInTable(int portIndex);
}
