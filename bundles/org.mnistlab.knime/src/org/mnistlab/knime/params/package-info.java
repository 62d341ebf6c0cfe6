/** Parameter blocks shared by several nodes: the columns a learner trains on, the thread count. */
package org.mnistlab.knime.params;
