package org.knime.node.parameters.persistence;

/** Stand-in for KNIME's {@code org.knime.node.parameters.persistence.Persistable}: a persisted settings class. */
public interface Persistable {
}
