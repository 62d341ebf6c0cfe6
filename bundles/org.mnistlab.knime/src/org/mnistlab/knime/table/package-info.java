/** Tables to engine data and column checks shared by the nodes. */
package org.mnistlab.knime.table;
