/**
 * Support vector classification on LIBSVM, fed the way scikit-learn feeds it, with scikit-learn's decision shapes.
 */
package org.mnistlab.engine.svm;
