/**
 * Samples as learners see them: feature matrices (compact bytes or doubles), labels, datasets.
 */
package org.mnistlab.engine.data;
