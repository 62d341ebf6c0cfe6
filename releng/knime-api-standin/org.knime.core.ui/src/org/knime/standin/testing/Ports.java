package org.knime.standin.testing;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** NOT KNIME API. Port rules KNIME applies outside the node API. */
public final class Ports {

    private Ports() {
    }

    /**
     * Whether KNIME lets a connection go from an output of one type to an input of another
     * ({@code WorkflowManager.canAddConnection}): a table only to a table; otherwise one object class must be a
     * super class of the other (a more general output is checked at run time).
     *
     * @param source the output's type
     * @param dest the input's type
     * @return whether the connection is allowed
     */
    public static boolean canConnect(final PortType source, final PortType dest) {
        final Class<? extends PortObject> s = source.getPortObjectClass();
        final Class<? extends PortObject> d = dest.getPortObjectClass();
        if (BufferedDataTable.class.equals(s) != BufferedDataTable.class.equals(d)) {
            return false;
        }
        return d.isAssignableFrom(s) || s.isAssignableFrom(d);
    }
}
