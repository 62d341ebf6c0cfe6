/** Applying fitted classifiers to tables: what the SGD and SVC Predictors share. */
package org.mnistlab.knime.predict;
