/** Running engine code inside a node's execute: progress, cancel and error translation. */
package org.mnistlab.knime.exec;
