/**
 * Feature transforms: scikit-learn's StandardScaler.
 */
package org.mnistlab.engine.preprocessing;
