/**
 * Input and parameter checks with scikit-learn's messages, in one place: the counterpart of scikit-learn's
 * {@code sklearn/utils/validation.py} (and of its {@code InvalidParameterError}). Models, metrics and
 * cross-validation call these instead of spelling the messages themselves.
 */
package org.mnistlab.engine.validation;
