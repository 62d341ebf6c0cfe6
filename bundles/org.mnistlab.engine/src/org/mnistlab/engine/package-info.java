/**
 * The engine of the MNIST Lab: pure Java, no KNIME and no UI. Models are fitted by static {@code fit} functions
 * that return immutable {@link org.mnistlab.engine.Classifier}s; long work reports to a {@link org.mnistlab.engine.Monitor}.
 */
package org.mnistlab.engine;
