/**
 * Random number generators reproducing numpy's legacy RandomState and scikit-learn's our_rand_r bit for bit.
 */
package org.mnistlab.engine.random;
