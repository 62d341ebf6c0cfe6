/** Parameter blocks shared by several nodes: the columns a learner trains on, the thread count;
 * engine parameter errors as KNIME messages naming the dialog option. */
package org.mnistlab.knime.params;
