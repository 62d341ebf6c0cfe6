/** The MNIST Lab model port type: engine models with their spec on KNIME connections. */
package org.mnistlab.knime.port;
